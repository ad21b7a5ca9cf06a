/** Members live in China time (UTC+8, no daylight saving): calendar keys and times written in text use it. */
export const CHINA_OFFSET_MS = 8 * 3600_000;

/** `at` moved so that its UTC fields read as the wall clock in China. */
export function chinaWallClock(at: Date): Date {
  return new Date(at.getTime() + CHINA_OFFSET_MS);
}

/** 2026-11-25 14:00, China time. */
export function chinaMinute(at: Date): string {
  return chinaWallClock(at).toISOString().slice(0, 16).replace('T', ' ');
}

/** The China calendar day of `at`, `YYYY-MM-DD`. */
export function chinaDate(at: Date): string {
  return chinaWallClock(at).toISOString().slice(0, 10);
}
