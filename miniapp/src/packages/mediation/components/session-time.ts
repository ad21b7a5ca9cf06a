import { chinaDay } from '@/utils/format-date';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The instant of a China wall-clock date and time, as ISO; null when either is not filled in. */
export function chinaInstant(date: string, time: string): string | null {
  if (!DATE.test(date) || !TIME.test(time)) return null;
  const at = new Date(`${date}T${time}:00+08:00`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** What a new session's picker starts at: tomorrow, 09:00 China time. */
export function defaultSessionTime(now: number = Date.now()): { date: string; time: string } {
  return { date: chinaDay(now + 86_400_000), time: '09:00' };
}

/** Why the picked time cannot be a new session's (null when it can). */
export function sessionTimeError(date: string, time: string, now: number = Date.now()): string | null {
  const at = chinaInstant(date, time);
  if (!at) return '请选择调解的日期和时间';
  return new Date(at).getTime() < now ? '这个时间已经过去了，请选择之后的时间' : null;
}
