import { type MediationActions, MediationOutcome, MediationStatus } from '@tongxin/types';

/** How the reader relates to a case; null: they may not know it exists. */
export type MediationViewer = 'staff' | 'mediator' | 'requester' | 'other_party';

/** The allowed moves: each is a conditional UPDATE from one of `from`. */
export const MEDIATION_MOVES = {
  accept: { from: [MediationStatus.Requested], to: MediationStatus.Accepted },
  decline: { from: [MediationStatus.Requested], to: MediationStatus.Declined },
  /** The first session scheduled. */
  schedule: { from: [MediationStatus.Accepted], to: MediationStatus.InMediation },
  resolve: { from: [MediationStatus.InMediation], to: MediationStatus.Resolved },
  withdraw: {
    from: [MediationStatus.Requested, MediationStatus.Accepted, MediationStatus.InMediation],
    to: MediationStatus.Withdrawn,
  },
} as const;

/** What a case looks like to `can`: its state and what has happened in it. */
export interface CaseState {
  status: MediationStatus;
  mediatorId: string | null;
  outcome: MediationOutcome | null;
  followUpDueAt: Date | null;
  followUpAt: Date | null;
  rating: number | null;
  ratingFollowUp: 'open' | 'done' | null;
  scheduledSessions: number;
  heldSessions: number;
}

const LIVE: readonly MediationStatus[] = [MediationStatus.Accepted, MediationStatus.InMediation];

/** What `viewer` may do with the case now; the screens show exactly these actions. */
export function mediationActions(viewer: MediationViewer, c: CaseState, now: Date): MediationActions {
  const staff = viewer === 'staff';
  const runs = staff || viewer === 'mediator';
  const agreed = c.outcome === MediationOutcome.Agreed || c.outcome === MediationOutcome.Partial;
  return {
    accept: staff && c.status === MediationStatus.Requested,
    decline: staff && c.status === MediationStatus.Requested,
    assign: staff && LIVE.includes(c.status),
    schedule: runs && LIVE.includes(c.status) && c.mediatorId !== null,
    recordSession: runs && c.status === MediationStatus.InMediation && c.scheduledSessions > 0,
    recordOutcome: runs && c.status === MediationStatus.InMediation && c.heldSessions > 0,
    withdraw: viewer === 'requester' && MEDIATION_MOVES.withdraw.from.some((s) => s === c.status),
    followUp:
      runs &&
      c.status === MediationStatus.Resolved &&
      agreed &&
      c.followUpAt === null &&
      c.followUpDueAt !== null &&
      c.followUpDueAt.getTime() <= now.getTime(),
    rate:
      viewer === 'requester' &&
      (c.status === MediationStatus.Resolved || c.status === MediationStatus.Declined) &&
      c.rating === null,
    closeRatingFollowUp: staff && c.ratingFollowUp === 'open',
  };
}

/** A rating this low opens a call-back for staff (码上评价's rule). */
export const POOR_RATING = 2;
