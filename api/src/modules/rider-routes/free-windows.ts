import type { Weekday } from '@tongxin/types';

import { CHINA_OFFSET_MS } from '../../infra/time/china-time';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A free window as stored: minutes after midnight (China time) and the days it starts on (bit d-1; 0: every day). */
export interface FreeWindowRule {
  startMinute: number;
  endMinute: number;
  weekdays: number;
}

export interface FreeInterval {
  start: Date;
  end: Date;
}

/** "HH:mm" → minutes after midnight. */
export function clockMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
}

/** Minutes after midnight → "HH:mm". */
export function minutesClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Weekdays → bit mask (Monday is bit 0); none or all seven → 0, "every day". */
export function toWeekdayMask(days: readonly Weekday[]): number {
  const mask = days.reduce((bits, day) => bits | (1 << (day - 1)), 0);
  return mask === 0b1111111 ? 0 : mask;
}

export function fromWeekdayMask(mask: number): Weekday[] {
  return ([1, 2, 3, 4, 5, 6, 7] as const).filter((day) => (mask & (1 << (day - 1))) !== 0);
}

/** The China calendar day `offset` days from `now`'s: its midnight (as an instant) and ISO weekday. */
function chinaDay(now: Date, offset: number): { midnight: number; weekday: Weekday } {
  const wall = new Date(now.getTime() + CHINA_OFFSET_MS);
  const midnightWall = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() + offset);
  const weekday = (((new Date(midnightWall).getUTCDay() + 6) % 7) + 1) as Weekday;
  return { midnight: midnightWall - CHINA_OFFSET_MS, weekday };
}

/**
 * The free intervals still to come (or under way, clipped to start at `now`) over the next `days` days, soonest
 * first. A window crossing midnight belongs to the day it starts on, so yesterday's late window may still be open.
 */
export function upcomingFree(rules: readonly FreeWindowRule[], now: Date, days = 8): FreeInterval[] {
  const intervals: FreeInterval[] = [];
  for (let offset = -1; offset <= days; offset += 1) {
    const { midnight, weekday } = chinaDay(now, offset);
    for (const rule of rules) {
      if (rule.weekdays !== 0 && (rule.weekdays & (1 << (weekday - 1))) === 0) continue;
      const start = midnight + rule.startMinute * MINUTE;
      const end = midnight + rule.endMinute * MINUTE + (rule.endMinute <= rule.startMinute ? DAY : 0);
      if (end <= now.getTime()) continue;
      intervals.push({ start: new Date(Math.max(start, now.getTime())), end: new Date(end) });
    }
  }
  return intervals.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * The earliest moment by which the rider has had `minutes` of free time (or a whole window shorter than that):
 * an order whose deadline is at or after it fits their free time. A window under way with less than that left
 * does not count. Null without windows.
 */
export function usableFrom(rules: readonly FreeWindowRule[], now: Date, minutes: number): Date | null {
  let best: number | null = null;
  for (const rule of rules) {
    const length = (rule.endMinute - rule.startMinute + 24 * 60) % (24 * 60) || 24 * 60;
    const need = Math.min(minutes, length) * MINUTE;
    for (const interval of upcomingFree([rule], now)) {
      const usable = interval.start.getTime() + need;
      if (usable > interval.end.getTime()) continue;
      if (best === null || usable < best) best = usable;
      break;
    }
  }
  return best === null ? null : new Date(best);
}
