import type { CreateEventRequest, ManagedEventSummary, RegistrationStatus, UpdateEventRequest } from './events';

/** A series holds at most this many sessions (a year of weekly classes). */
export const MAX_SERIES_SESSIONS = 52;

/** ISO weekdays, 1 = Monday … 7 = Sunday, as the calendar in China reads them. */
export const WEEKDAY_LABEL: Record<number, string> = {
  1: '周一',
  2: '周二',
  3: '周三',
  4: '周四',
  5: '周五',
  6: '周六',
  7: '周日',
};

/** Weekly on the chosen weekdays, in China time (UTC+8), from the first session's day. */
export interface SeriesRecurrence {
  /** ISO weekdays (1 = Monday … 7 = Sunday), at least one. */
  weekdays: number[];
  /** How many sessions, up to MAX_SERIES_SESSIONS; give this or `until`. */
  count?: number;
  /** The last day a session may fall on, `2026-12-29` in China time. */
  until?: string;
}

/**
 * A series is written like one event: `startsAt`/`endsAt` are the first session's (its day, time of day and
 * length). `signupOpensAt` holds for every session; `signupClosesAt` becomes the same lead before each session.
 */
export interface CreateEventSeriesRequest extends CreateEventRequest {
  recurrence: SeriesRecurrence;
}

/** A series as its organizers see it: the rule, and its sessions counted by status. */
export interface EventSeriesView {
  id: string;
  placeId: string;
  placeName: string;
  title: string;
  weekdays: number[];
  /** `15:00`, China time. */
  startTime: string;
  durationMinutes: number;
  /** Sessions created (cancelled ones included). */
  sessionCount: number;
  firstStartsAt: string;
  lastStartsAt: string;
  drafts: number;
  published: number;
  cancelled: number;
}

/** One session in a series' list. */
export interface SeriesSessionSummary extends ManagedEventSummary {
  seriesIndex: number;
  waitingCount: number;
}

/** Where an event sits in its series, as a member sees it (`EventView.series`). */
export interface EventSeriesRef {
  id: string;
  /** 1-based: 第 n 场. */
  index: number;
  /** 共 N 场 (cancelled sessions included). */
  total: number;
  weekdays: number[];
  /** Sessions not started yet that take sign-ups now: what 报名全部场次 would sign up for. */
  openSessions: number;
  /** The caller's live sign-ups in sessions not started yet. */
  mySessions: number;
}

/** 编辑本场及以后: the fields that differ from this session are applied to it and every later live session. */
export type UpdateFollowingSessionsRequest = UpdateEventRequest;

export interface SeriesChangeResult {
  seriesId: string;
  /** How many sessions were changed (or cancelled). */
  sessions: number;
}

/** 报名全部场次: one line per session signed up for by this request or before it. */
export interface SeriesSignupSession {
  eventId: string;
  index: number;
  startsAt: string;
  status: RegistrationStatus;
  registrationId: string;
}

export interface SeriesSignupResult {
  seriesId: string;
  sessions: SeriesSignupSession[];
  confirmed: number;
  waiting: number;
  pendingApproval: number;
}

export interface SeriesSignupCancelResult {
  seriesId: string;
  cancelled: number;
  /** Sessions too close to their start to cancel (their cancel deadline has passed). */
  kept: number;
}
