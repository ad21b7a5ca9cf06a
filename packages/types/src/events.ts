import type { EventSeriesRef } from './event-series';
import type { PageQuery } from './pagination';

export const EventType = {
  Class: 'class',
  Festival: 'festival',
  Care: 'care',
  Talk: 'talk',
  Volunteer: 'volunteer',
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  class: '课堂',
  festival: '文化节',
  care: '托管',
  talk: '宣讲',
  volunteer: '志愿服务',
};

export const EventStatus = {
  Draft: 'draft',
  Published: 'published',
  Cancelled: 'cancelled',
} as const;
export type EventStatus = (typeof EventStatus)[keyof typeof EventStatus];

/** One row of an events list. Times are ISO 8601 strings in UTC. */
export interface EventSummary {
  id: string;
  title: string;
  type: EventType;
  venue: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  pointsReward: number;
  placeId: string;
  placeName: string;
}

/** An event with its description (the detail page); drafts only for those who may manage the event. */
export interface EventDetail extends EventSummary {
  description: string;
  status: EventStatus;
}

export interface ListEventsQuery extends PageQuery {
  /** Only events that have not ended yet (default true). */
  upcoming?: boolean;
  /** Only events on this place or below it. */
  placeId?: string;
  type?: EventType;
}

/** An organizer's list: every event of the places they manage, drafts and cancelled ones included. */
export interface ListManagedEventsQuery extends PageQuery {
  /** Only events on this place or below it (it must be one the caller manages). */
  placeId?: string;
  status?: EventStatus;
}

/** One row of an organizer's list: the event, its status and how many have a place. */
export interface ManagedEventSummary extends EventSummary {
  status: EventStatus;
  confirmedCount: number;
  /** A session of a series: the series and 第 n 场. */
  seriesId: string | null;
  seriesIndex: number | null;
}

export const EVENT_STATUS_LABEL: Record<EventStatus, string> = {
  draft: '草稿',
  published: '已发布',
  cancelled: '已取消',
};

export const RegistrationStatus = {
  Confirmed: 'confirmed',
  Waiting: 'waiting',
  PendingApproval: 'pending_approval',
  Cancelled: 'cancelled',
  Rejected: 'rejected',
} as const;
export type RegistrationStatus = (typeof RegistrationStatus)[keyof typeof RegistrationStatus];

export const REGISTRATION_STATUS_LABEL: Record<RegistrationStatus, string> = {
  confirmed: '已报名',
  waiting: '候补中',
  pending_approval: '待审核',
  cancelled: '已取消',
  rejected: '未通过',
};

export interface DependentInput {
  name: string;
  age?: number;
}

export interface SignUpRequest {
  dependents?: DependentInput[];
}

/** An event with what a member needs to decide: places left, their own sign-up. */
export interface EventView extends EventDetail {
  coverUrl: string | null;
  signupOpensAt: string | null;
  signupClosesAt: string | null;
  needsApproval: boolean;
  /** Hours before the start after which a member can no longer cancel. */
  cancelDeadlineHours: number;
  confirmedCount: number;
  waitingCount: number;
  myRegistration: RegistrationView | null;
  /** A session of a series (系列活动 第 n/N 场); null for a single event. */
  series: EventSeriesRef | null;
}

export interface RegistrationView {
  id: string;
  eventId: string;
  eventTitle: string;
  eventStartsAt: string;
  eventEndsAt: string;
  venue: string;
  status: RegistrationStatus;
  /** Whether the member has rated the event (one rating each, after it ends). */
  rated: boolean;
  /** 1 = next to be promoted. */
  waitingPosition: number | null;
  dependents: DependentInput[];
  checkedInAt: string | null;
  createdAt: string;
}

export interface TicketView {
  registrationId: string;
  /** Ed25519-signed, verifiable offline with the event's public key; drawn as a QR code. */
  token: string;
  validFrom: string;
  validUntil: string;
}

export interface CreateEventRequest {
  placeId: string;
  title: string;
  type: EventType;
  description: string;
  venue: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  pointsReward: number;
  coverUrl?: string;
  signupOpensAt?: string;
  signupClosesAt?: string;
  needsApproval?: boolean;
  cancelDeadlineHours?: number;
}

/**
 * Tickets scan from this many minutes before an event starts to as long after it ends: the API's default
 * CHECKIN_WINDOW_MINUTES (a spec keeps the two equal), which the organizer's form shows while writing the event.
 */
export const DEFAULT_CHECKIN_WINDOW_MINUTES = 120;

/** An organizer's note to an event's attendees, sent as a notice (and a WeChat reminder where accepted). */
export interface EventMessageRequest {
  text: string;
  /** Also tell those on the waiting list. */
  includeWaiting?: boolean;
}

export interface EventMessageResult {
  /** How many members were told. */
  recipients: number;
  sentAt: string;
}

/** One message per event per this many minutes, so attendees are not flooded. */
export const EVENT_MESSAGE_INTERVAL_MINUTES = 10;

export type UpdateEventRequest = Partial<Omit<CreateEventRequest, 'placeId'>>;

export interface ScanRequest {
  ticket: string;
  /** Random per scan on the device: a retry with the same nonce gets the first answer. */
  nonce: string;
  /** When the device scanned it (offline uploads); defaults to now. */
  scannedAt?: string;
}

export const ScanOutcome = {
  CheckedIn: 'checked_in',
  AlreadyCheckedIn: 'already_checked_in',
  Revoked: 'revoked',
  Invalid: 'invalid',
  WrongEvent: 'wrong_event',
  OutsideWindow: 'outside_window',
  /** The scanner is the attendee: nobody checks themselves in. */
  SelfCheckin: 'self_checkin',
  /** 签退 of a volunteer event: the hours are counted. */
  CheckedOut: 'checked_out',
  AlreadyCheckedOut: 'already_checked_out',
  /** A 签退 for a ticket that was never checked in (or whose check-in was undone). */
  NotCheckedIn: 'not_checked_in',
  /** A 签退 timed before its own check-in (a scanner's clock): refused. */
  CheckoutBeforeCheckin: 'checkout_before_checkin',
} as const;
export type ScanOutcome = (typeof ScanOutcome)[keyof typeof ScanOutcome];

export interface ScanResult {
  nonce: string;
  outcome: ScanOutcome;
  registrationId: string | null;
  attendee: { name: string; phone: string | null; dependents: DependentInput[] } | null;
  checkedInAt: string | null;
  checkedInBy: string | null;
  /** An offline duplicate kept for the organizer to look at. */
  needsReview: boolean;
  /** 签退 (volunteer events): when the door saw it, and the service minutes it counted. */
  checkedOutAt?: string | null;
  volunteerMinutes?: number | null;
}

export interface BatchScanRequest {
  scans: ScanRequest[];
}

export interface OfflineKit {
  eventId: string;
  /** base64url Ed25519 public key for @tongxin/tickets verifyTicket. */
  publicKey: string;
  /** `checkedInAt`: already in when the kit was made (a scanner then says so offline; the server still counts once). */
  roster: {
    registrationId: string;
    name: string;
    phone: string | null;
    dependents: DependentInput[];
    checkedInAt: string | null;
    /** Already checked out (volunteer events) when the kit was made. */
    checkedOutAt?: string | null;
  }[];
  /** Registrations whose tickets no longer count (cancelled, rejected). */
  revoked: string[];
  /**
   * When tickets of this event may be checked in, as the event stands now (its times ± the ticket window): a
   * genuine ticket made before the organizer moved the event is judged by this, not by its own window.
   */
  checkinWindow: { from: string; until: string };
  generatedAt: string;
  /** A volunteer event (志愿服务): the scanner offers 签退 too, with no network. */
  volunteer?: boolean;
}

export interface RosterEntry {
  registrationId: string;
  memberId: string;
  name: string;
  phone: string | null;
  status: RegistrationStatus;
  dependents: DependentInput[];
  checkinId: string | null;
  checkedInAt: string | null;
  checkedInBy: string | null;
  /** Volunteer events: the 签退 time and the service minutes credited (after any adjustment). */
  checkedOutAt?: string | null;
  volunteerMinutes?: number | null;
}

export interface ManualCheckinRequest {
  registrationId: string;
  nonce: string;
}

export interface RateEventRequest {
  rating: number;
  comment?: string;
}

export interface EventRatingsSummary {
  average: number | null;
  count: number;
  /** `id` names the comment for 举报 (null for comments written before comments had one). */
  comments: { id: string | null; rating: number; comment: string; createdAt: string }[];
}
