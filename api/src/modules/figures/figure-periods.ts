import { ErrorCode, type FigurePeriod, FigurePeriodKind, MAX_CUSTOM_PERIOD_DAYS } from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';
import { chinaDate } from '../../infra/time/china-time';

/** Calendar days as `YYYY-MM-DD` strings (China time), and the arithmetic the figures need on them. */
const DAY_MS = 86_400_000;

/** The China calendar day of `at` (the one definition is infra's `chinaDate`). */
export const chinaDay = chinaDate;

/** The UTC instant a China day starts at. */
export function dayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00+08:00`));
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/** Every day from `from` to `to`, inclusive. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push(day);
  return out;
}

/** Monday of the week holding `day`. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

export function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function quarterStart(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

export function yearStart(day: string): string {
  return `${day.slice(0, 4)}-01-01`;
}

function addMonths(monthFirst: string, months: number): string {
  const year = Number(monthFirst.slice(0, 4));
  const month = Number(monthFirst.slice(5, 7)) - 1 + months;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The last day of the month starting at `monthFirst`. */
export function monthEnd(monthFirst: string): string {
  return addDays(addMonths(monthFirst, 1), -1);
}

/** Calendar periods whose unique counts are kept: each kind's start for a day. */
export const UNIQUE_GRAINS = {
  week: weekStart,
  month: monthStart,
  quarter: quarterStart,
  year: yearStart,
} as const;
export type UniqueGrain = keyof typeof UNIQUE_GRAINS;

/** The last day of the calendar period of `grain` starting at `start`. */
export function periodEnd(grain: UniqueGrain, start: string): string {
  if (grain === 'week') return addDays(start, 6);
  if (grain === 'month') return monthEnd(start);
  if (grain === 'quarter') return addDays(addMonths(start, 3), -1);
  return `${start.slice(0, 4)}-12-31`;
}

const invalid = (message: string) => new DomainException(ErrorCode.PeriodInvalid, message);

/** Reads a dashboard's period: a calendar one around `date` (today by default), or a custom span of days. */
export function resolvePeriod(
  query: { period: FigurePeriodKind; date?: string; from?: string; to?: string },
  now: Date,
): FigurePeriod {
  if (query.period === FigurePeriodKind.Custom) {
    if (!query.from || !query.to) throw invalid('自定义时段需要开始和结束日期');
    if (!isDay(query.from) || !isDay(query.to)) throw invalid('日期格式应为 YYYY-MM-DD');
    if (query.to < query.from) throw invalid('结束日期不能早于开始日期');
    if (daysBetween(query.from, query.to) + 1 > MAX_CUSTOM_PERIOD_DAYS) {
      throw invalid(`自定义时段最长 ${MAX_CUSTOM_PERIOD_DAYS} 天`);
    }
    return { kind: query.period, from: query.from, to: query.to, label: `${query.from} 至 ${query.to}` };
  }
  const day = query.date ?? chinaDay(now);
  if (!isDay(day)) throw invalid('日期格式应为 YYYY-MM-DD');
  const grain = query.period as UniqueGrain;
  const from = UNIQUE_GRAINS[grain](day);
  const to = periodEnd(grain, from);
  return { kind: query.period, from, to, label: periodLabel(grain, from, to) };
}

function periodLabel(grain: UniqueGrain, from: string, to: string): string {
  const year = from.slice(0, 4);
  if (grain === 'year') return `${year}年`;
  if (grain === 'quarter') return `${year}年第${Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1}季度`;
  if (grain === 'month') return `${year}年${Number(from.slice(5, 7))}月`;
  return `${from} 至 ${to}`;
}

/**
 * How a span is read from the rollups: whole months from month rows, the days at either end from day rows (a year
 * is 12 rows per metric, not 365).
 */
export function splitSpan(from: string, to: string): { months: string[]; days: string[] } {
  const months: string[] = [];
  const days: string[] = [];
  let day = from;
  while (day <= to) {
    const first = monthStart(day);
    const last = monthEnd(first);
    if (day === first && last <= to) {
      months.push(first);
      day = addDays(last, 1);
    } else {
      const stop = last < to ? last : to;
      days.push(...daysOf(day, stop));
      day = addDays(stop, 1);
    }
  }
  return { months, days };
}

/** A trend's buckets: days up to two months, weeks up to a quarter, months beyond. */
export function trendBuckets(
  from: string,
  to: string,
): { starts: string[]; labels: string[]; of: (day: string) => string } {
  const span = daysBetween(from, to) + 1;
  if (span <= 62) {
    const starts = daysOf(from, to);
    return { starts, labels: starts.map((d) => d.slice(5)), of: (d) => d };
  }
  if (span <= 92) {
    const starts: string[] = [];
    for (let d = weekStart(from); d <= to; d = addDays(d, 7)) starts.push(d < from ? from : d);
    const of = (d: string) => {
      const monday = weekStart(d);
      return monday < from ? from : monday;
    };
    return { starts, labels: starts.map((d) => `${d.slice(5)}周`), of };
  }
  const starts: string[] = [];
  for (let m = monthStart(from); m <= to; m = addMonths(m, 1)) starts.push(m);
  return { starts, labels: starts.map((m) => m.slice(0, 7)), of: monthStart };
}
