import type { TicketCheck } from '@tongxin/tickets';

import type { CommunityEvent } from './event.entity';

export interface CheckinWindow {
  from: Date;
  until: Date;
}

/**
 * When an event's tickets may be checked in: from `windowMinutes` before it starts to as long after it ends.
 * Tickets carry it, signed, as it was when they were made; the server and the offline kit use it as it is now.
 */
export function checkinWindow(
  event: Pick<CommunityEvent, 'startsAt' | 'endsAt'>,
  windowMinutes: number,
): CheckinWindow {
  const window = windowMinutes * 60_000;
  return { from: new Date(event.startsAt.getTime() - window), until: new Date(event.endsAt.getTime() + window) };
}

/** Both ends are in: a scan at the very moment the window opens or closes counts. */
export function withinWindow(window: CheckinWindow, at: Date): boolean {
  return at >= window.from && at <= window.until;
}

/**
 * A ticket's check judged by the event as it stands now: a genuine ticket of this event outside its own window
 * (made before the organizer moved the event) counts when `at` falls in the event's current window. The window
 * (a database read) is asked for only then; null means there is no such event.
 */
export async function admitMovedTicket(
  check: TicketCheck,
  scan: { eventId: string; at: Date; currentWindow: () => Promise<CheckinWindow | null> },
): Promise<TicketCheck> {
  if (check.ok || !('claims' in check) || check.claims.eventId !== scan.eventId) return check;
  const window = await scan.currentWindow();
  return window !== null && withinWindow(window, scan.at) ? { ok: true, claims: check.claims } : check;
}
