import type { ResultsMonth } from '@tongxin/types';

// Weeks and months are China's (today from utils' chinaDay), whatever the phone's clock zone; weeks start on Monday.
const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` → milliseconds at that day's UTC midnight (arithmetic on whole days only). */
function dayMs(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const ms = dayMs(day);
  const sinceMonday = (new Date(ms).getUTCDay() + 6) % 7;
  return dayOf(ms - sinceMonday * DAY_MS);
}

/** The Monday of the week `weeks` weeks before (negative) or after the week holding `day`. */
export function shiftWeek(day: string, weeks: number): string {
  return dayOf(dayMs(mondayOf(day)) + weeks * 7 * DAY_MS);
}

/** Whether the week holding `day` is the week holding `today` or later (no 下一周 from there). */
export function isCurrentWeekOrLater(day: string, today: string): boolean {
  return mondayOf(day) >= mondayOf(today);
}

/** "5月" for a `YYYY-MM` month, with its year apart ("2025") only when it is not `currentYear`. */
export function monthLabel(month: string, currentYear: number): { label: string; year: string | null } {
  const [year, number] = month.split('-').map(Number);
  return { label: `${number}月`, year: year === currentYear ? null : String(year) };
}

export interface MonthBar {
  month: string;
  label: string;
  year: string | null;
  /** 办实事 of the month: problems fixed and needs served. */
  done: number;
  /** Bar height, 0–100, against the busiest month shown. */
  percent: number;
}

/** The board's months (newest first) as bars, oldest on the left. */
export function monthBars(months: ResultsMonth[], today: string): MonthBar[] {
  const currentYear = Number(today.slice(0, 4));
  const done = (m: ResultsMonth) => m.problemsFixed + m.needsServed;
  const most = Math.max(0, ...months.map(done));
  return [...months]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => ({
      month: m.month,
      ...monthLabel(m.month, currentYear),
      done: done(m),
      percent: most === 0 ? 0 : Math.round((done(m) / most) * 100),
    }));
}

/** "2026年11月30日—12月6日" for the share card, which travels without the app's context (the year spelled out). */
export function weekRangeText(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return `${fy}年${fm}月${fd}日—${ty === fy ? '' : `${ty}年`}${tm}月${td}日`;
}
