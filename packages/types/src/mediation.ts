import type { PageQuery } from './pagination';
import type { PhotoView } from './reports';

/** 石榴调解工作室: what a dispute is about. */
export const DisputeKind = {
  Neighbour: 'neighbour',
  Family: 'family',
  Property: 'property',
  Labour: 'labour',
  Consumer: 'consumer',
  Other: 'other',
} as const;
export type DisputeKind = (typeof DisputeKind)[keyof typeof DisputeKind];

export const DISPUTE_KIND_LABEL: Record<DisputeKind, string> = {
  neighbour: '邻里纠纷',
  family: '家庭纠纷',
  property: '物业纠纷',
  labour: '劳务/欠薪',
  consumer: '消费纠纷',
  other: '其他',
};

/**
 * requested → accepted (staff; a mediator assigned then or later) → in_mediation (a session scheduled) → resolved
 * (an outcome). Staff may decline a request; the requester may withdraw until it is resolved.
 */
export const MediationStatus = {
  Requested: 'requested',
  Accepted: 'accepted',
  InMediation: 'in_mediation',
  Resolved: 'resolved',
  Declined: 'declined',
  Withdrawn: 'withdrawn',
} as const;
export type MediationStatus = (typeof MediationStatus)[keyof typeof MediationStatus];

export const MEDIATION_STATUS_LABEL: Record<MediationStatus, string> = {
  requested: '待受理',
  accepted: '已受理',
  in_mediation: '调解中',
  resolved: '已结案',
  declined: '不予受理',
  withdrawn: '已撤回',
};

export const MediationOutcome = {
  /** 达成协议 */
  Agreed: 'agreed',
  /** 部分达成 */
  Partial: 'partial',
  /** 未达成 (with a referral) */
  Failed: 'failed',
} as const;
export type MediationOutcome = (typeof MediationOutcome)[keyof typeof MediationOutcome];

export const MEDIATION_OUTCOME_LABEL: Record<MediationOutcome, string> = {
  agreed: '达成协议',
  partial: '部分达成',
  failed: '未达成',
};

/** How a case reached the studio. */
export const MediationSource = {
  App: 'app',
  WalkIn: 'walk_in',
  Phone: 'phone',
} as const;
export type MediationSource = (typeof MediationSource)[keyof typeof MediationSource];

/** The other party: a member picked by name, or someone who is not a member. */
export interface OtherPartyInput {
  memberId?: string;
  name?: string;
  buildingId?: string;
  phone?: string;
}

/** A resident asks for mediation in their community (POST /mediation/cases). */
export interface CreateMediationRequest {
  communityId: string;
  kind: DisputeKind;
  otherParty: OtherPartyInput;
  /** What happened. */
  account: string;
  /** What they hope for. */
  hopes: string;
  preferredTimes?: string;
}

/** Staff open a case for a walk-in or a caller, who may or may not be a member. */
export interface OpenMediationCaseRequest extends CreateMediationRequest {
  source: 'walk_in' | 'phone';
  /** The requester when they are a member; otherwise their name and phone. */
  requesterId?: string;
  requesterName?: string;
  requesterPhone?: string;
}

export interface AcceptMediationRequest {
  /** Assign a mediator at once (optional). */
  mediatorId?: string;
}

export interface DeclineMediationRequest {
  /** Why, e.g. 已引导至司法所 / 建议通过诉讼解决. */
  reason: string;
}

export interface AssignMediatorRequest {
  mediatorId: string;
  /** The mediator the caller saw (null: none yet); a change since then is a conflict. */
  expectedMediatorId: string | null;
}

export interface ScheduleSessionRequest {
  scheduledAt: string;
  venue: string;
}

export interface RecordSessionRequest {
  /** Who came (names as said in the room). */
  attendees: string[];
  notes: string;
}

export interface RecordOutcomeRequest {
  outcome: MediationOutcome;
  /** The agreement's text (agreed, partial), or what was reached. */
  agreement?: string;
  /** A photo of the signed paper. */
  photoId?: string;
  /** Where the parties were referred (failed): 司法所, 人民法院, 劳动监察 … */
  referral?: string;
}

export interface RecordFollowUpRequest {
  /** Whether the agreement held. */
  held: boolean;
  note: string;
}

export interface RateMediationRequest {
  rating: number;
  comment?: string;
}

export interface CloseRatingFollowUpRequest {
  note: string;
}

export interface MediationSessionView {
  id: string;
  scheduledAt: string;
  venue: string;
  status: 'scheduled' | 'held';
  attendees: string[];
  notes: string | null;
  heldAt: string | null;
}

export interface MediationPartyView {
  memberId: string | null;
  name: string;
  buildingName: string | null;
  /** Only the mediator and staff see it, masked unless revealed to them; parties see null. */
  phone: string | null;
}

/** One case as its reader may see it (parties do not see the other party's phone nor staff notes). */
export interface MediationCaseView {
  id: string;
  communityId: string;
  communityName: string;
  kind: DisputeKind;
  status: MediationStatus;
  source: MediationSource;
  requester: MediationPartyView;
  otherParty: MediationPartyView;
  account: string;
  hopes: string;
  preferredTimes: string | null;
  declineReason: string | null;
  mediator: { id: string; name: string } | null;
  acceptDueAt: string | null;
  firstSessionDueAt: string | null;
  /** Set when a deadline was missed and the street was told. */
  escalatedAt: string | null;
  sessions: MediationSessionView[];
  outcome: MediationOutcome | null;
  agreement: string | null;
  agreementPhotos: PhotoView[];
  referral: string | null;
  resolvedAt: string | null;
  followUpDueAt: string | null;
  followUp: { held: boolean; note: string; at: string } | null;
  rating: number | null;
  ratingComment: string | null;
  /** A poor rating (≤ 2) waits for staff to call back; closed with what was done. */
  ratingFollowUp: { status: 'open' | 'done'; note: string | null; at: string | null } | null;
  createdAt: string;
  /** What the caller may do now. */
  can: MediationActions;
  /** How the caller relates to the case. */
  viewerIs: 'requester' | 'other_party' | 'mediator' | 'staff';
}

export interface MediationActions {
  accept: boolean;
  decline: boolean;
  assign: boolean;
  schedule: boolean;
  recordSession: boolean;
  recordOutcome: boolean;
  withdraw: boolean;
  followUp: boolean;
  rate: boolean;
  closeRatingFollowUp: boolean;
}

/** A row of a case list: no account, no phones. */
export interface MediationCaseSummary {
  id: string;
  communityName: string;
  kind: DisputeKind;
  status: MediationStatus;
  requesterName: string;
  otherPartyName: string;
  mediatorName: string | null;
  createdAt: string;
  escalated: boolean;
  /** The next thing due: accept, first session or follow-up, ISO. */
  dueAt: string | null;
}

export interface ListMediationCasesQuery extends PageQuery {
  /** mine: as a party; mediating: assigned to me; staff: cases of the communities I manage. */
  view: 'mine' | 'mediating' | 'staff';
  status?: MediationStatus;
  communityId?: string;
}

/** A member of the community, as the requester picks the other party by name. */
export interface MediationPartyCandidate {
  id: string;
  name: string;
  buildingName: string | null;
}

export interface MediatorView {
  id: string;
  name: string;
}
