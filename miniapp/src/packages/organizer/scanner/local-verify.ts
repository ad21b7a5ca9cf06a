import { fromBase64Url, verifyTicket } from '@tongxin/tickets';
import type { OfflineKit, ScanOutcome, ScanResult } from '@tongxin/types';

import type { KnownCheckin } from './offline-store';

/** Marks a check-in this device made with no signal (the server names the organizer after upload). */
export const THIS_DEVICE = '本机';

function refused(nonce: string, outcome: ScanOutcome, registrationId: string | null = null): ScanResult {
  return {
    nonce,
    outcome,
    registrationId,
    attendee: null,
    checkedInAt: null,
    checkedInBy: null,
    needsReview: false,
  };
}

function withinWindow(kit: OfflineKit, now: Date): boolean {
  // Kits stored before they carried the window have none: then only the ticket's own window counts.
  if (!kit.checkinWindow) return false;
  return now >= new Date(kit.checkinWindow.from) && now <= new Date(kit.checkinWindow.until);
}

/**
 * Checks a ticket with no network: the signature with the kit's public key, the validity window,
 * the event, the revoked list, and whether the registration was already in — checked in by this
 * device, or already checked in when the kit was downloaded (by another scanner).
 * A valid ticket missing from the kit (signed up after it was downloaded) passes, flagged for review.
 */
export function verifyOffline(
  token: string,
  kit: OfflineKit,
  known: Record<string, KnownCheckin>,
  nonce: string,
  now: Date = new Date(),
): ScanResult {
  const publicKey = fromBase64Url(kit.publicKey);
  if (!publicKey || publicKey.length !== 32) return refused(nonce, 'invalid');
  const check = verifyTicket(token, publicKey, now);
  if (!check.ok && !('claims' in check)) return refused(nonce, 'invalid');
  const { eventId, registrationId } = check.claims;
  // Outside its own window, a genuine ticket of this event still counts within the event's window now (the
  // organizer moved the event after it was made); the server judges uploads the same way.
  if (!check.ok && !(eventId === kit.eventId && withinWindow(kit, now))) return refused(nonce, 'outside_window');
  if (eventId !== kit.eventId) return refused(nonce, 'wrong_event', registrationId);
  if (kit.revoked.includes(registrationId)) return refused(nonce, 'revoked', registrationId);
  const entry = kit.roster.find((row) => row.registrationId === registrationId);
  const attendee = entry ? { name: entry.name, phone: entry.phone, dependents: entry.dependents } : null;
  const earlier = known[registrationId] ?? (entry?.checkedInAt ? { at: entry.checkedInAt, by: null } : undefined);
  if (earlier) {
    return {
      nonce,
      outcome: 'already_checked_in',
      registrationId,
      attendee,
      checkedInAt: earlier.at,
      checkedInBy: earlier.by,
      needsReview: false,
    };
  }
  return {
    nonce,
    outcome: 'checked_in',
    registrationId,
    attendee,
    checkedInAt: now.toISOString(),
    checkedInBy: THIS_DEVICE,
    needsReview: entry === undefined,
  };
}
