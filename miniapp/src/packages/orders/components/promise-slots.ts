import { formatTime } from '@/utils/format-date';

const MINUTE = 60_000;
const STEP = 30 * MINUTE;
const CHINA_OFFSET_MS = 8 * 60 * MINUTE;
/** The first slot leaves time to get there; the last keeps clear of the deadline (the tap reaches the API later). */
const LEAD = 15 * MINUTE;
const MARGIN = 5 * MINUTE;
const MAX_SLOTS = 16;

export interface PromiseSlot {
  /** ISO instant sent as `promisedAt`. */
  value: string;
  /** "15:30", or "明天 00:30" on the next day (China time). */
  label: string;
}

const chinaDay = (at: number) => Math.floor((at + CHINA_OFFSET_MS) / (24 * 60 * MINUTE));

/**
 * 稍后上门 times on the half hour, from a quarter of an hour from now until the claim's deadline (`claimHours` after
 * the grab): the API refuses a promise past it.
 */
export function promiseSlots(now: Date, claimHours: number): PromiseSlot[] {
  const deadline = now.getTime() + claimHours * 60 * MINUTE - MARGIN;
  const slots: PromiseSlot[] = [];
  for (let at = Math.ceil((now.getTime() + LEAD) / STEP) * STEP; at <= deadline; at += STEP) {
    const iso = new Date(at).toISOString();
    const day = chinaDay(at) - chinaDay(now.getTime());
    slots.push({ value: iso, label: `${day === 0 ? '' : day === 1 ? '明天 ' : '后天 '}${formatTime(iso)}` });
    if (slots.length === MAX_SLOTS) break;
  }
  return slots;
}
