import { chinaWallClock } from '../../infra/time/china-time';

/** Calendar periods in China time (UTC+8), which is where members live. */
export const dayKey = (at: Date) => `D${chinaWallClock(at).toISOString().slice(0, 10)}`;
export const monthKey = (at: Date) => `M${chinaWallClock(at).toISOString().slice(0, 7)}`;
export const ALL_TIME = 'all';
