import type {
  EventDetail,
  EventRatingsSummary,
  EventSeriesRef,
  EventSeriesView,
  EventSummary,
  EventView,
  ManagedEventSummary,
  OfflineKit,
  RegistrationView,
  RosterEntry,
  ScanOutcome,
  ScanResult,
  SeriesSessionSummary,
  SeriesSignupResult,
  TicketView,
} from '@tongxin/types';

import { maskPhone } from '../../infra/crypto/pii-cipher';
import type { Checkin } from './checkin.entity';
import type { CheckinWindow } from './checkin-window';
import type { CommunityEvent } from './event.entity';
import type { EventRating } from './event-rating.entity';
import type { EventSeries } from './event-series.entity';
import type { Registration } from './registration.entity';
import type { SeriesSessionRow, SeriesStatusCounts } from './repositories/event-series.repository';
import type { AttendeeRow, RosterRow } from './repositories/event-signups.repository';
import type { EventDetailRow, EventRow, ManagedEventRow } from './repositories/events.repository';

/** Opens a phone ciphertext (`PiiCipher.decrypt`); what it returns is masked here before it leaves the API. */
export type DecryptPhone = (cipher: string) => string;

/** Staff and scanners see an attendee's phone masked, never in full. */
function maskedPhone(cipher: string | null | undefined, decrypt: DecryptPhone): string | null {
  return cipher ? maskPhone(decrypt(cipher)) : null;
}

export function toEventSummary(row: EventRow): EventSummary {
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    venue: row.venue,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    capacity: row.capacity,
    pointsReward: row.pointsReward,
    placeId: row.placeId,
    placeName: row.placeName,
  };
}

export function toEventDetail(row: EventDetailRow): EventDetail {
  return { ...toEventSummary(row), description: row.description, status: row.status };
}

export function toManagedEventSummary(row: ManagedEventRow): ManagedEventSummary {
  return {
    ...toEventSummary(row),
    status: row.status,
    confirmedCount: row.confirmedCount,
    seriesId: row.seriesId,
    seriesIndex: row.seriesIndex,
  };
}

/** An event of any status as a member or its organizer sees it, with the viewer's own sign-up. */
export function toEventView(view: {
  event: CommunityEvent;
  placeName: string;
  waitingCount: number;
  myRegistration: RegistrationView | null;
  series: EventSeriesRef | null;
}): EventView {
  const { event } = view;
  return {
    ...toEventDetail({ ...event, placeName: view.placeName }),
    coverUrl: event.coverUrl,
    signupOpensAt: event.signupOpensAt?.toISOString() ?? null,
    signupClosesAt: event.signupClosesAt?.toISOString() ?? null,
    needsApproval: event.needsApproval,
    cancelDeadlineHours: event.cancelDeadlineHours,
    confirmedCount: event.confirmedCount,
    waitingCount: view.waitingCount,
    myRegistration: view.myRegistration,
    series: view.series,
  };
}

/** `waitingPosition`: the place in the queue now (1 = next to be promoted), not the number handed out. */
export function toRegistrationView(view: {
  registration: Registration;
  event: CommunityEvent;
  waitingPosition: number | null;
  checkedInAt: Date | null;
  rated: boolean;
}): RegistrationView {
  const { registration: r, event } = view;
  return {
    id: r.id,
    eventId: r.eventId,
    eventTitle: event.title,
    eventStartsAt: event.startsAt.toISOString(),
    eventEndsAt: event.endsAt.toISOString(),
    rated: view.rated,
    venue: event.venue,
    status: r.status,
    waitingPosition: view.waitingPosition,
    dependents: r.dependents ?? [],
    checkedInAt: view.checkedInAt ? view.checkedInAt.toISOString() : null,
    createdAt: r.createdAt.toISOString(),
  };
}

export function toTicketView(registrationId: string, token: string, window: CheckinWindow): TicketView {
  return {
    registrationId,
    token,
    validFrom: window.from.toISOString(),
    validUntil: window.until.toISOString(),
  };
}

export function toRosterEntry(row: RosterRow, decrypt: DecryptPhone): RosterEntry {
  return {
    registrationId: row.registrationId,
    memberId: row.memberId,
    name: row.name,
    phone: maskedPhone(row.phoneCipher, decrypt),
    status: row.status,
    dependents: row.dependents,
    checkinId: row.checkinId,
    checkedInAt: row.checkedInAt ? row.checkedInAt.toISOString() : null,
    checkedInBy: row.checkedInBy,
  };
}

/** The scanner's offline kit: `roster` are the tickets that count, `revoked` the ones that no longer do. */
export function toOfflineKit(kit: {
  eventId: string;
  publicKey: string;
  roster: RosterRow[];
  revoked: RosterRow[];
  window: CheckinWindow;
  generatedAt: Date;
  decrypt: DecryptPhone;
}): OfflineKit {
  return {
    eventId: kit.eventId,
    publicKey: kit.publicKey,
    roster: kit.roster.map((r) => ({
      registrationId: r.registrationId,
      name: r.name,
      phone: maskedPhone(r.phoneCipher, kit.decrypt),
      dependents: r.dependents,
      checkedInAt: r.checkedInAt ? r.checkedInAt.toISOString() : null,
    })),
    revoked: kit.revoked.map((r) => r.registrationId),
    checkinWindow: { from: kit.window.from.toISOString(), until: kit.window.until.toISOString() },
    generatedAt: kit.generatedAt.toISOString(),
  };
}

/** Who a checked-in ticket belongs to, as the door sees them (an unknown person shows blank). */
export function toAttendee(
  person: AttendeeRow | undefined,
  decrypt: DecryptPhone,
): NonNullable<ScanResult['attendee']> {
  return {
    name: person?.name ?? '',
    phone: maskedPhone(person?.phoneCipher, decrypt),
    dependents: person?.dependents ?? [],
  };
}

export function toScanResult(answer: {
  nonce: string;
  outcome: ScanOutcome;
  registrationId: string | null;
  attendee: ScanResult['attendee'];
  checkin: Checkin | null;
  scannerName: string | null;
  review: boolean;
}): ScanResult {
  return {
    nonce: answer.nonce,
    outcome: answer.outcome,
    registrationId: answer.registrationId,
    attendee: answer.attendee,
    checkedInAt: answer.checkin ? answer.checkin.scannedAt.toISOString() : null,
    checkedInBy: answer.scannerName,
    needsReview: answer.review,
  };
}

/** The average to one decimal (null before the first rating) and the ratings that came with a comment. */
export function toRatingsSummary(ratings: EventRating[]): EventRatingsSummary {
  return {
    average: ratings.length
      ? Math.round((ratings.reduce((sum, r) => sum + r.rating, 0) / ratings.length) * 10) / 10
      : null,
    count: ratings.length,
    comments: ratings
      .filter((r) => r.comment)
      .map((r) => ({
        id: r.commentId,
        rating: r.rating,
        comment: r.comment as string,
        createdAt: r.createdAt.toISOString(),
      })),
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `2,4` → [2, 4]. */
function weekdaysOf(series: EventSeries): number[] {
  return series.weekdays.split(',').map(Number);
}

export function toEventSeriesView(view: {
  series: EventSeries;
  placeName: string;
  counts: SeriesStatusCounts;
}): EventSeriesView {
  const { series, counts } = view;
  return {
    id: series.id,
    placeId: series.placeId,
    placeName: view.placeName,
    title: series.title,
    weekdays: weekdaysOf(series),
    startTime: `${pad2(Math.floor(series.startMinute / 60))}:${pad2(series.startMinute % 60)}`,
    durationMinutes: series.durationMinutes,
    sessionCount: series.sessionCount,
    firstStartsAt: series.firstStartsAt.toISOString(),
    lastStartsAt: series.lastStartsAt.toISOString(),
    drafts: counts.draft,
    published: counts.published,
    cancelled: counts.cancelled,
  };
}

export function toSeriesSessionSummary(row: SeriesSessionRow): SeriesSessionSummary {
  return { ...toManagedEventSummary(row), seriesIndex: row.seriesIndex, waitingCount: row.waitingCount };
}

export function toEventSeriesRef(ref: {
  series: EventSeries;
  index: number;
  openSessions: number;
  mySessions: number;
}): EventSeriesRef {
  return {
    id: ref.series.id,
    index: ref.index,
    total: ref.series.sessionCount,
    weekdays: weekdaysOf(ref.series),
    openSessions: ref.openSessions,
    mySessions: ref.mySessions,
  };
}

/** The member's sign-ups in the sessions ahead, as 报名全部场次 answers. */
export function toSeriesSignupResult(
  seriesId: string,
  signups: { registration: Registration; event: CommunityEvent }[],
): SeriesSignupResult {
  const count = (status: Registration['status']) => signups.filter((s) => s.registration.status === status).length;
  return {
    seriesId,
    sessions: signups.map(({ registration, event }) => ({
      eventId: event.id,
      index: event.seriesIndex ?? 0,
      startsAt: event.startsAt.toISOString(),
      status: registration.status,
      registrationId: registration.id,
    })),
    confirmed: count('confirmed'),
    waiting: count('waiting'),
    pendingApproval: count('pending_approval'),
  };
}
