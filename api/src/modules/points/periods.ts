/** Calendar periods in China time (UTC+8), which is where members live. */
function chinaDate(at: Date): Date {
  return new Date(at.getTime() + 8 * 3600_000);
}

export const dayKey = (at: Date) => `D${chinaDate(at).toISOString().slice(0, 10)}`;
export const monthKey = (at: Date) => `M${chinaDate(at).toISOString().slice(0, 7)}`;
export const ALL_TIME = 'all';
