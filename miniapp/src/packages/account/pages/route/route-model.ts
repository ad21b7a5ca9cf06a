import type { FreeWindow, Weekday } from '@tongxin/types';

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'];
const WORKDAYS: Weekday[] = [1, 2, 3, 4, 5];
const WEEKEND: Weekday[] = [6, 7];

/** Which days a new window is on. */
export const DAY_OPTIONS: { value: string; label: string; weekdays: Weekday[] }[] = [
  { value: 'every', label: '每天', weekdays: [] },
  { value: 'workdays', label: '工作日', weekdays: WORKDAYS },
  { value: 'weekend', label: '周末', weekdays: WEEKEND },
];

/** Free times riders usually have between the meal rushes (China time); a window may cross midnight. */
export const WINDOW_PRESETS: { value: string; label: string }[] = [
  { value: '07:00-09:00', label: '早上 07:00–09:00' },
  { value: '09:30-11:00', label: '上午 09:30–11:00' },
  { value: '14:00-16:00', label: '午后 14:00–16:00' },
  { value: '16:00-17:30', label: '傍晚 16:00–17:30' },
  { value: '19:30-21:00', label: '晚上 19:30–21:00' },
  { value: '21:00-23:00', label: '夜里 21:00–23:00' },
  { value: '22:00-01:00', label: '跨夜 22:00–01:00' },
];

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** "每天", "工作日", "周末" or "周一、周三". */
export function daysLabel(weekdays: Weekday[]): string {
  const days = [...weekdays].sort((a, b) => a - b);
  if (days.length === 0 || days.length === 7) return '每天';
  if (same(days, WORKDAYS)) return '工作日';
  if (same(days, WEEKEND)) return '周末';
  return days.map((d) => `周${WEEKDAY_NAMES[d - 1]}`).join('、');
}

/** "14:00–16:00 · 每天", "22:00–次日01:00 · 周末". */
export function windowLabel(window: FreeWindow): string {
  const crosses = window.end <= window.start;
  return `${window.start}–${crosses ? '次日' : ''}${window.end} · ${daysLabel(window.weekdays)}`;
}

/** A preset on the chosen days; null when the same window is already there. */
export function newWindow(existing: FreeWindow[], preset: string, days: string): FreeWindow | null {
  const [start, end] = preset.split('-');
  const weekdays = DAY_OPTIONS.find((d) => d.value === days)?.weekdays ?? [];
  const window = { start, end, weekdays };
  const key = windowLabel(window);
  return existing.some((w) => windowLabel(w) === key) ? null : window;
}
