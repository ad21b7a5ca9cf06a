import type {
  MediationActions,
  MediationCaseSummary,
  MediationCaseView,
  MediationSessionView,
  MeResponse,
  RoleGrantSummary,
} from '@tongxin/types';

export const NO_ACTIONS: MediationActions = {
  accept: false,
  decline: false,
  assign: false,
  schedule: false,
  recordSession: false,
  recordOutcome: false,
  withdraw: false,
  followUp: false,
  rate: false,
  closeRatingFollowUp: false,
};

/** A case of 阿吉拉沁社区 between 其其格 and her upstairs neighbour, as `extra` changes it. */
export function mediationCase(extra: Partial<MediationCaseView> = {}, can: Partial<MediationActions> = {}) {
  const view: MediationCaseView = {
    id: 'case-1',
    communityId: 'community-ajilaqin',
    communityName: '阿吉拉沁社区',
    kind: 'neighbour',
    status: 'requested',
    source: 'app',
    requester: { memberId: 'member-1', name: '其其格', buildingName: null, phone: null },
    otherParty: { memberId: null, name: '楼上住户老张', buildingName: '1号楼', phone: null },
    account: '楼上每天夜里十二点后还在拖动家具，噪音很大，沟通过两次没有改善。',
    hopes: '晚上十点后保持安静',
    preferredTimes: '工作日晚上',
    declineReason: null,
    mediator: null,
    acceptDueAt: '2026-11-25T10:00:00.000Z',
    firstSessionDueAt: null,
    escalatedAt: null,
    sessions: [],
    outcome: null,
    agreement: null,
    agreementPhotos: [],
    referral: null,
    resolvedAt: null,
    followUpDueAt: null,
    followUp: null,
    rating: null,
    ratingComment: null,
    ratingFollowUp: null,
    createdAt: '2026-11-22T02:00:00.000Z',
    viewerIs: 'requester',
    ...extra,
    can: { ...NO_ACTIONS, ...can },
  };
  return view;
}

export function session(id: string, extra: Partial<MediationSessionView> = {}): MediationSessionView {
  return {
    id,
    scheduledAt: '2026-11-26T11:00:00.000Z',
    venue: '石榴调解工作室',
    status: 'scheduled',
    attendees: [],
    notes: null,
    heldAt: null,
    ...extra,
  };
}

export function caseSummary(id: string, extra: Partial<MediationCaseSummary> = {}): MediationCaseSummary {
  return {
    id,
    communityName: '阿吉拉沁社区',
    kind: 'neighbour',
    status: 'requested',
    requesterName: '其其格',
    otherPartyName: '楼上住户老张',
    mediatorName: null,
    createdAt: '2026-11-22T02:00:00.000Z',
    escalated: false,
    dueAt: null,
    ...extra,
  };
}

export function grant(role: RoleGrantSummary['role'], placeLevel: RoleGrantSummary['placeLevel'] = 'community') {
  const grantSummary: RoleGrantSummary = {
    id: `grant-${role}`,
    role,
    placeId: placeLevel === 'street' ? 'street-binhe' : 'community-ajilaqin',
    placeName: placeLevel === 'street' ? '滨河街道' : '阿吉拉沁社区',
    placeLevel,
    grantedAt: '2026-11-01T00:00:00.000Z',
  };
  return grantSummary;
}

/** `GET me` of a member with these grants and no home. */
export function meWith(roles: RoleGrantSummary[], nickname = '萨仁'): MeResponse {
  return {
    id: 'me-1',
    nickname,
    avatarUrl: null,
    phone: null,
    roles,
    home: null,
    createdAt: '2026-11-01T00:00:00.000Z',
  };
}
