import type {
  MediationActions,
  MediationCaseSummary,
  MediationCaseView,
  MediationSessionView,
  PhotoView,
} from '@tongxin/types';

import type { CaseListRow, CaseNames } from './mediation.repository';
import type { MediationCase } from './mediation-case.entity';
import type { MediationSession } from './mediation-session.entity';
import type { MediationViewer } from './mediation-states';

const iso = (at: Date | null) => (at ? at.toISOString() : null);

export function toSessionView(s: MediationSession): MediationSessionView {
  return {
    id: s.id,
    scheduledAt: s.scheduledAt.toISOString(),
    venue: s.venue,
    status: s.status,
    attendees: s.attendees ?? [],
    notes: s.notes,
    heldAt: iso(s.heldAt),
  };
}

/**
 * A case as `viewer` may see it — the only place its personal data is shaped: phones reach the mediator and staff
 * only, and only they see a poor rating's call-back.
 */
export function toCaseView(input: {
  c: MediationCase;
  names: CaseNames;
  viewer: MediationViewer;
  sessions: MediationSession[];
  photos: PhotoView[];
  phones: { requester: string | null; other: string | null };
  can: MediationActions;
}): MediationCaseView {
  const { c, names, viewer } = input;
  const runs = viewer === 'staff' || viewer === 'mediator';
  return {
    id: c.id,
    communityId: c.communityId,
    communityName: names.communityName,
    kind: c.kind,
    status: c.status,
    source: c.source,
    requester: {
      memberId: c.requesterId,
      name: names.requesterNickname ?? c.requesterName ?? '',
      buildingName: null,
      phone: runs ? input.phones.requester : null,
    },
    otherParty: {
      memberId: c.otherMemberId,
      name: names.otherNickname ?? c.otherName ?? '',
      buildingName: names.otherBuildingName,
      phone: runs ? input.phones.other : null,
    },
    account: c.account,
    hopes: c.hopes,
    preferredTimes: c.preferredTimes,
    declineReason: c.declineReason,
    mediator: c.mediatorId ? { id: c.mediatorId, name: names.mediatorNickname ?? '' } : null,
    acceptDueAt: iso(c.acceptDueAt),
    firstSessionDueAt: iso(c.firstSessionDueAt),
    escalatedAt: runs ? iso(c.escalatedAt) : null,
    sessions: input.sessions.map(toSessionView),
    outcome: c.outcome,
    agreement: c.agreement,
    agreementPhotos: input.photos,
    referral: c.referral,
    resolvedAt: iso(c.resolvedAt),
    followUpDueAt: iso(c.followUpDueAt),
    followUp:
      c.followUpAt && c.followUpHeld !== null
        ? { held: c.followUpHeld, note: c.followUpNote ?? '', at: c.followUpAt.toISOString() }
        : null,
    rating: c.rating,
    ratingComment: c.ratingComment,
    ratingFollowUp:
      viewer === 'staff' && c.ratingFollowUp
        ? { status: c.ratingFollowUp, note: c.ratingFollowUpNote, at: iso(c.ratingFollowUpAt) }
        : null,
    createdAt: c.createdAt.toISOString(),
    can: input.can,
    viewerIs: viewer,
  };
}

export function toCaseSummary(row: CaseListRow): MediationCaseSummary {
  const due =
    row.status === 'requested'
      ? row.acceptDueAt
      : row.status === 'accepted'
        ? row.firstSessionDueAt
        : row.status === 'resolved' && !row.followUpAt
          ? row.followUpDueAt
          : null;
  return {
    id: row.id,
    communityName: row.communityName,
    kind: row.kind,
    status: row.status,
    requesterName: row.requesterName ?? '',
    otherPartyName: row.otherPartyName ?? '',
    mediatorName: row.mediatorName,
    createdAt: row.createdAt.toISOString(),
    escalated: row.escalatedAt !== null,
    dueAt: iso(due),
  };
}
