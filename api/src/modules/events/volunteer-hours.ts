import type { CommunityEvent } from './event.entity';

const MINUTE = 60_000;

/** A scanner's clock may run a little fast; past this, its 签退 time is taken as the server's now. */
export const CLOCK_SKEW_MS = 5 * MINUTE;

/** The event's length in whole minutes: the most one registration can be credited. */
export function eventMinutes(event: Pick<CommunityEvent, 'startsAt' | 'endsAt'>): number {
  return Math.max(0, Math.floor((event.endsAt.getTime() - event.startsAt.getTime()) / MINUTE));
}

/**
 * Service time of one volunteer: out − in in whole minutes (seconds dropped), never negative and never more than
 * the event's length, however early they came or late they left.
 */
export function serviceMinutes(service: {
  checkedInAt: Date;
  checkedOutAt: Date;
  event: Pick<CommunityEvent, 'startsAt' | 'endsAt'>;
}): number {
  const served = Math.floor((service.checkedOutAt.getTime() - service.checkedInAt.getTime()) / MINUTE);
  return Math.min(Math.max(0, served), eventMinutes(service.event));
}

/**
 * When a 签退 counts as made: the scanner's time (offline uploads carry the device's clock), but never later than
 * now — a device clock running ahead cannot credit time not yet served.
 */
export function checkoutTime(scannedAt: Date, now: Date): Date {
  return scannedAt.getTime() > now.getTime() + CLOCK_SKEW_MS ? now : scannedAt;
}

/** Points for `minutes` at the rule's points per hour: whole points, rounded down (no point for a started hour). */
export function volunteerPoints(minutes: number, pointsPerHour: number): number {
  if (minutes <= 0 || pointsPerHour <= 0) return 0;
  return Math.floor((minutes * pointsPerHour) / 60);
}

/** Minutes shown as hours to one decimal (95 → 1.6). */
export function hoursOf(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}
