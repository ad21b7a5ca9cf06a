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

type KitRow = OfflineKit['roster'][number];

/** A ticket of this kit's event that counts: whose it is, and their row of the kit (none: signed up after it). */
interface GoodTicket {
  registrationId: string;
  entry: KitRow | undefined;
  attendee: ScanResult['attendee'];
}

/**
 * The checks every offline scan makes: the signature with the kit's public key, the validity window, the event and
 * the revoked list. Answers the refusal, or the ticket's registration.
 */
function checkTicket(token: string, kit: OfflineKit, nonce: string, now: Date): GoodTicket | ScanResult {
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
  return { registrationId, entry, attendee };
}

/**
 * Checks a ticket with no network: the ticket itself (`checkTicket`), and whether the registration was already in —
 * checked in by this device, or already checked in when the kit was downloaded (by another scanner).
 * A valid ticket missing from the kit (signed up after it was downloaded) passes, flagged for review.
 */
export function verifyOffline(
  token: string,
  kit: OfflineKit,
  known: Record<string, KnownCheckin>,
  nonce: string,
  now: Date = new Date(),
): ScanResult {
  const ticket = checkTicket(token, kit, nonce, now);
  if ('outcome' in ticket) return ticket;
  const { registrationId, entry, attendee } = ticket;
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

/**
 * A 签退 with no network (volunteer events): refused when this device (or the kit) knows it was checked out, or
 * knows a check-in after now. One this device knows no check-in of (checked in at another phone that is offline
 * too) is queued, flagged: the server counts it if the check-in reaches it first, and keeps it for review if not.
 * The hours are counted by the server when it gets the 签退.
 */
export function verifyCheckoutOffline(
  token: string,
  kit: OfflineKit,
  known: Record<string, KnownCheckin>,
  nonce: string,
  now: Date = new Date(),
): ScanResult {
  const ticket = checkTicket(token, kit, nonce, now);
  if ('outcome' in ticket) return ticket;
  const { registrationId, entry, attendee } = ticket;
  const checkedInAt = known[registrationId]?.at ?? entry?.checkedInAt ?? null;
  const checkedOutAt = known[registrationId]?.out ?? entry?.checkedOutAt ?? null;
  const base = { nonce, registrationId, attendee, checkedInAt, checkedInBy: known[registrationId]?.by ?? null };
  if (checkedOutAt) {
    return { ...base, outcome: 'already_checked_out', checkedOutAt, volunteerMinutes: null, needsReview: false };
  }
  if (checkedInAt && new Date(checkedInAt) > now) {
    return {
      ...base,
      outcome: 'checkout_before_checkin',
      checkedOutAt: null,
      volunteerMinutes: null,
      needsReview: false,
    };
  }
  return {
    ...base,
    outcome: 'checked_out',
    checkedOutAt: now.toISOString(),
    volunteerMinutes: null,
    needsReview: checkedInAt === null,
  };
}
