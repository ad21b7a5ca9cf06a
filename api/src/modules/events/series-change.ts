import type { UpdateEventRequest } from '@tongxin/types';

import type { CommunityEvent } from './event.entity';

/** The fields that are the same on every session they are applied to. */
type SameFields = Partial<
  Pick<
    CommunityEvent,
    | 'title'
    | 'type'
    | 'description'
    | 'venue'
    | 'capacity'
    | 'pointsReward'
    | 'coverUrl'
    | 'needsApproval'
    | 'cancelDeadlineHours'
    | 'signupOpensAt'
  >
>;

/** 编辑本场及以后: what changed on this session, to be applied to it and every later one. */
export interface SeriesChange {
  same: SameFields;
  /** How far this session's start moved; every later session moves as far, so it keeps its weekday. */
  shiftMs: number;
  /** This session's new length, when it changed. */
  durationMs: number | null;
  /** Sign-up now closes this long before the session, when that changed. */
  closeLeadMs: number | null;
}

const SAME_KEYS = [
  'title',
  'type',
  'description',
  'venue',
  'capacity',
  'pointsReward',
  'coverUrl',
  'needsApproval',
  'cancelDeadlineHours',
] as const;

const time = (iso: string | undefined) => (iso === undefined ? undefined : new Date(iso).getTime());

/** What the edit changes on `event`, or 'bad_times' when its end would not be after its start. */
export function seriesChange(event: CommunityEvent, body: UpdateEventRequest): SeriesChange | 'bad_times' {
  const same: SameFields = {};
  for (const key of SAME_KEYS) {
    const value = body[key];
    if (value !== undefined && value !== event[key]) Object.assign(same, { [key]: value });
  }
  const opens = time(body.signupOpensAt);
  if (opens !== undefined && opens !== event.signupOpensAt?.getTime()) same.signupOpensAt = new Date(opens);
  const starts = time(body.startsAt) ?? event.startsAt.getTime();
  const ends = time(body.endsAt) ?? event.endsAt.getTime();
  if (ends <= starts) return 'bad_times';
  const duration = ends - starts;
  const closes = time(body.signupClosesAt);
  const closeMoved = closes !== undefined && closes !== event.signupClosesAt?.getTime();
  return {
    same,
    shiftMs: starts - event.startsAt.getTime(),
    durationMs: duration === event.endsAt.getTime() - event.startsAt.getTime() ? null : duration,
    closeLeadMs: closeMoved ? starts - closes : null,
  };
}

export function isNoChange(change: SeriesChange): boolean {
  return (
    Object.keys(change.same).length === 0 &&
    change.shiftMs === 0 &&
    change.durationMs === null &&
    change.closeLeadMs === null
  );
}

/** The fields to write on one session: the same ones, and its own times moved as this session's were. */
export function sessionFields(session: CommunityEvent, change: SeriesChange): Partial<CommunityEvent> {
  const fields: Partial<CommunityEvent> = { ...change.same };
  const starts = session.startsAt.getTime() + change.shiftMs;
  if (change.shiftMs !== 0 || change.durationMs !== null) {
    fields.startsAt = new Date(starts);
    fields.endsAt = new Date(
      change.durationMs === null ? session.endsAt.getTime() + change.shiftMs : starts + change.durationMs,
    );
  }
  if (change.closeLeadMs !== null) fields.signupClosesAt = new Date(starts - change.closeLeadMs);
  else if (change.shiftMs !== 0 && session.signupClosesAt) {
    fields.signupClosesAt = new Date(session.signupClosesAt.getTime() + change.shiftMs);
  }
  return fields;
}
