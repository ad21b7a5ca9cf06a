import { FigurePeriodKind, type FiguresQuery, MAX_CUSTOM_PERIOD_DAYS } from '@tongxin/types';

export type CalendarKind = Exclude<FigurePeriodKind, 'custom'>;

/** What the period picker holds: the kind, a day inside a calendar period, and a custom period's first and last day. */
export interface PeriodChoice {
  kind: FigurePeriodKind;
  /** `YYYY-MM-DD`, any day of the calendar period shown. */
  date: string;
  from: string;
  to: string;
}

export const PERIOD_KIND_LABEL: Record<FigurePeriodKind, string> = {
  week: '本周',
  month: '本月',
  quarter: '本季度',
  year: '本年',
  custom: '自定义',
};

const DAY_MS = 86_400_000;

/** Days are `YYYY-MM-DD` strings; arithmetic runs on UTC midnights, so the phone's time zone never shifts a day. */
function parts(day: string): { y: number; m: number; d: number } {
  const [y, m, d] = day.split('-').map(Number);
  return { y, m, d };
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utc(day: string): number {
  const { y, m, d } = parts(day);
  return Date.UTC(y, m - 1, d);
}

/** First and last day of the calendar period holding `date`; weeks start on Monday, as the API counts them. */
export function periodRange(kind: CalendarKind, date: string): { from: string; to: string } {
  const { y, m } = parts(date);
  switch (kind) {
    case FigurePeriodKind.Week: {
      const start = utc(date) - ((new Date(utc(date)).getUTCDay() + 6) % 7) * DAY_MS;
      return { from: dayOf(start), to: dayOf(start + 6 * DAY_MS) };
    }
    case FigurePeriodKind.Month:
      return { from: dayOf(Date.UTC(y, m - 1, 1)), to: dayOf(Date.UTC(y, m, 0)) };
    case FigurePeriodKind.Quarter: {
      const first = Math.floor((m - 1) / 3) * 3;
      return { from: dayOf(Date.UTC(y, first, 1)), to: dayOf(Date.UTC(y, first + 3, 0)) };
    }
    case FigurePeriodKind.Year:
      return { from: `${y}-01-01`, to: `${y}-12-31` };
  }
}

/** The first day of the period `step` periods after (or, negative, before) the one holding `date`. */
export function shiftPeriod(kind: CalendarKind, date: string, step: number): string {
  const { from } = periodRange(kind, date);
  const { y, m } = parts(from);
  switch (kind) {
    case FigurePeriodKind.Week:
      return dayOf(utc(from) + step * 7 * DAY_MS);
    case FigurePeriodKind.Month:
      return dayOf(Date.UTC(y, m - 1 + step, 1));
    case FigurePeriodKind.Quarter:
      return dayOf(Date.UTC(y, m - 1 + 3 * step, 1));
    case FigurePeriodKind.Year:
      return dayOf(Date.UTC(y + step, 0, 1));
  }
}

/** Only periods that have begun by `today` have figures: no arrow into the future. */
export function hasNextPeriod(kind: CalendarKind, date: string, today: string): boolean {
  return shiftPeriod(kind, date, 1) <= today;
}

/** The label the API gives the same period: 2026年12月, 2026年第4季度, 2026年, 2026-11-30 至 2026-12-06. */
export function periodLabel(choice: PeriodChoice): string {
  if (choice.kind === FigurePeriodKind.Custom) return `${choice.from} 至 ${choice.to}`;
  const { from, to } = periodRange(choice.kind, choice.date);
  const { y, m } = parts(from);
  switch (choice.kind) {
    case FigurePeriodKind.Week:
      return `${from} 至 ${to}`;
    case FigurePeriodKind.Month:
      return `${y}年${m}月`;
    case FigurePeriodKind.Quarter:
      return `${y}年第${Math.floor((m - 1) / 3) + 1}季度`;
    case FigurePeriodKind.Year:
      return `${y}年`;
  }
}

/** Why a custom period cannot be asked for (the API would answer PERIOD_INVALID), or null. */
export function customPeriodProblem(from: string, to: string): string | null {
  if (!from || !to) return '请选择开始和结束日期';
  if (to < from) return '结束日期不能早于开始日期';
  if ((utc(to) - utc(from)) / DAY_MS + 1 > MAX_CUSTOM_PERIOD_DAYS) return `自定义时段最长 ${MAX_CUSTOM_PERIOD_DAYS} 天`;
  return null;
}

/** This month, with a custom period ready from the month's first day to today. */
export function initialPeriod(today: string): PeriodChoice {
  return {
    kind: FigurePeriodKind.Month,
    date: today,
    from: periodRange(FigurePeriodKind.Month, today).from,
    to: today,
  };
}

/** A tap on a kind's chip: that kind's current period (a custom period keeps the days it had). */
export function chooseKind(choice: PeriodChoice, kind: FigurePeriodKind, today: string): PeriodChoice {
  return { ...choice, kind, date: kind === FigurePeriodKind.Custom ? choice.date : today };
}

/** The API's query: calendar periods by a day inside them, custom ones by their days. */
export function figuresQueryOf(placeId: string, choice: PeriodChoice): FiguresQuery {
  if (choice.kind === FigurePeriodKind.Custom) {
    return { placeId, period: choice.kind, from: choice.from, to: choice.to };
  }
  return { placeId, period: choice.kind, date: choice.date };
}

const KINDS: readonly string[] = Object.values(FigurePeriodKind);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The period a link carries (网格考评 opened from the dashboard), or `fallback` for what it lacks. */
export function periodFromParams(params: Record<string, string | undefined>, fallback: PeriodChoice): PeriodChoice {
  const day = (value: string | undefined, otherwise: string) => (value && DAY.test(value) ? value : otherwise);
  const kind = params.period && KINDS.includes(params.period) ? (params.period as FigurePeriodKind) : fallback.kind;
  return {
    kind,
    date: day(params.date, fallback.date),
    from: day(params.from, fallback.from),
    to: day(params.to, fallback.to),
  };
}
