import type { CommunityEvent } from './event.entity';

/**
 * When an event's tickets may be checked in: from `windowMinutes` before it starts to as long after it ends.
 * Tickets carry it, signed, as it was when they were made; the server and the offline kit use it as it is now.
 */
export function checkinWindow(
  event: Pick<CommunityEvent, 'startsAt' | 'endsAt'>,
  windowMinutes: number,
): { from: Date; until: Date } {
  const window = windowMinutes * 60_000;
  return { from: new Date(event.startsAt.getTime() - window), until: new Date(event.endsAt.getTime() + window) };
}
