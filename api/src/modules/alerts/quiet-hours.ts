const CHINA_OFFSET_MINUTES = 8 * 60;
const DAY = 24 * 60;

/** "HH:mm" → minutes after midnight. */
export function toMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
}

/** Minutes after midnight → "HH:mm". */
export function toClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes after midnight in China time (UTC+8, no daylight saving). */
export function chinaMinutes(at: Date): number {
  return (at.getUTCHours() * 60 + at.getUTCMinutes() + CHINA_OFFSET_MINUTES) % DAY;
}

/** Whether `at` falls in the quiet window [start, end), which may cross midnight (22:00–07:00); none when null. */
export function inQuietHours(window: { quietStart: number | null; quietEnd: number | null }, at: Date): boolean {
  const { quietStart: start, quietEnd: end } = window;
  if (start === null || end === null || start === end) return false;
  const now = chinaMinutes(at);
  return start < end ? now >= start && now < end : now >= start || now < end;
}
