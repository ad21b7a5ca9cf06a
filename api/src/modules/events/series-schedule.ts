import { CHINA_OFFSET_MS } from '../../infra/time/china-time';

const DAY_MS = 24 * 3600_000;

/** One session's times. */
export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
}

export interface WeeklyRule {
  /** The first session as written: its day (in China time) is where the series begins, its time of day and length
   *  are every session's. */
  startsAt: Date;
  endsAt: Date;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  count?: number;
  /** `2026-12-29`: the last China-time day a session may fall on. */
  until?: string;
  /** No more sessions than this; a rule that would make more is refused. */
  max: number;
}

export type WeeklyPlan = { sessions: SessionTimes[] } | { error: 'empty' | 'too_many' };

/** The China-time day number (days since 1970-01-01 in UTC+8) of an instant. */
export function chinaDay(at: Date): number {
  return Math.floor((at.getTime() + CHINA_OFFSET_MS) / DAY_MS);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a China-time day number; day 0 was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The sessions of a weekly rule. China keeps UTC+8 all year (no daylight saving), so a session is its day's
 * midnight in China plus the first session's time of day: plain arithmetic, whatever the server's zone.
 */
export function planWeekly(rule: WeeklyRule): WeeklyPlan {
  const duration = rule.endsAt.getTime() - rule.startsAt.getTime();
  const firstDay = chinaDay(rule.startsAt);
  const timeOfDay = rule.startsAt.getTime() + CHINA_OFFSET_MS - firstDay * DAY_MS;
  const lastDay = rule.until === undefined ? Infinity : Date.parse(`${rule.until}T00:00:00Z`) / DAY_MS;
  const wanted = Math.min(rule.count ?? Infinity, rule.max + 1);
  const weekdays = new Set(rule.weekdays);
  const sessions: SessionTimes[] = [];
  for (
    let day = firstDay;
    sessions.length < wanted && day <= lastDay && day < firstDay + 7 * (rule.max + 1);
    day += 1
  ) {
    if (!weekdays.has(isoWeekday(day))) continue;
    const starts = day * DAY_MS + timeOfDay - CHINA_OFFSET_MS;
    sessions.push({ startsAt: new Date(starts), endsAt: new Date(starts + duration) });
  }
  if (sessions.length === 0) return { error: 'empty' };
  if (sessions.length > rule.max) return { error: 'too_many' };
  return { sessions };
}
