// Events happen in China (UTC+8, no daylight saving), whatever the phone's clock zone.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

interface ChinaDate {
  year: number;
  month: number;
  day: number;
  weekday: string;
  time: string;
}

function toChinaDate(iso: string): ChinaDate {
  const shifted = new Date(new Date(iso).getTime() + CHINA_OFFSET_MS);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: `周${WEEKDAYS[shifted.getUTCDay()]}`,
    time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`,
  };
}

/** "11月28日 周六 14:00–16:00", or "11月28日 14:00 至 11月29日 16:00" across days. */
export function formatEventTime(startsAt: string, endsAt: string): string {
  const start = toChinaDate(startsAt);
  const end = toChinaDate(endsAt);
  const startDay = `${start.month}月${start.day}日`;
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  if (sameDay) return `${startDay} ${start.weekday} ${start.time}–${end.time}`;
  return `${startDay} ${start.time} 至 ${end.month}月${end.day}日 ${end.time}`;
}

/** "2026年11月28日 14:00", in China time. */
export function formatDateTime(iso: string): string {
  const date = toChinaDate(iso);
  return `${date.year}年${date.month}月${date.day}日 ${date.time}`;
}

/** "14:02", in China time. */
export function formatTime(iso: string): string {
  return toChinaDate(iso).time;
}

/** "周二、周四" for ISO weekdays [2, 4] (1 = 周一 … 7 = 周日). */
export function formatWeekdays(days: number[]): string {
  return [...days]
    .sort((a, b) => a - b)
    .map((day) => `周${WEEKDAYS[day % 7]}`)
    .join('、');
}

/** The China calendar day (`YYYY-MM-DD`) of an instant, e.g. today's: the API reads days as China days. */
export function chinaDay(at: number = Date.now()): string {
  return new Date(at + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** "2026年11月28日", in China time. */
export function formatDate(iso: string): string {
  const date = toChinaDate(iso);
  return `${date.year}年${date.month}月${date.day}日`;
}
