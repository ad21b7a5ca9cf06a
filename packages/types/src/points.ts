import type { Page, PageQuery } from './pagination';

/** Why a member's points changed. */
export const PointsSource = {
  ReportVerified: 'report_verified',
  OrderCompleted: 'order_completed',
  EventAttended: 'event_attended',
  VolunteerHours: 'volunteer_hours',
  Quiz: 'quiz',
  Video: 'video',
  StaffAward: 'staff_award',
  Redemption: 'redemption',
  Refund: 'refund',
  Reversal: 'reversal',
  Expiry: 'expiry',
} as const;
export type PointsSource = (typeof PointsSource)[keyof typeof PointsSource];

export const POINTS_SOURCE_LABEL: Record<PointsSource, string> = {
  report_verified: '随手拍核实',
  order_completed: '完成网格工单',
  event_attended: '参加活动',
  volunteer_hours: '志愿服务时长',
  quiz: '答题',
  video: '看视频',
  staff_award: '工作人员奖励',
  redemption: '积分超市兑换',
  refund: '兑换退回',
  reversal: '冲正',
  expiry: '积分过期',
};

/** Sources paid by community rules (the others are staff awards, spending and corrections). */
export const EARNING_SOURCES = [
  PointsSource.ReportVerified,
  PointsSource.OrderCompleted,
  PointsSource.EventAttended,
  PointsSource.VolunteerHours,
  PointsSource.Quiz,
  PointsSource.Video,
] as const;
export type EarningSource = (typeof EARNING_SOURCES)[number];

export interface PointsEntryView {
  id: string;
  amount: number;
  source: PointsSource;
  sourceId: string;
  reason: string | null;
  createdAt: string;
}

export interface PointsBalance {
  memberId: string;
  balance: number;
  /** Points earned (positive entries) this calendar month, China time. */
  earnedThisMonth: number;
}

export interface PointsRuleView {
  communityId: string;
  source: EarningSource;
  points: number;
  /** Most points a member may earn from this source per day / month; null = no cap. */
  dailyCap: number | null;
  monthlyCap: number | null;
  enabled: boolean;
}

export interface UpdatePointsRuleRequest {
  points: number;
  dailyCap: number | null;
  monthlyCap: number | null;
  enabled: boolean;
}

export interface StaffAwardRequest {
  memberId: string;
  /** Positive points to award. */
  amount: number;
  reason: string;
}

export const PendingAwardStatus = {
  Pending: 'pending',
  Approved: 'approved',
  Rejected: 'rejected',
} as const;
export type PendingAwardStatus = (typeof PendingAwardStatus)[keyof typeof PendingAwardStatus];

export const PENDING_AWARD_STATUS_LABEL: Record<PendingAwardStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
};

/**
 * A staff award above the approval threshold, waiting for a second staff member (two-person rule). `POST
 * /points/awards` answers 202 with one of these instead of 201 with the entry.
 */
export interface PendingAwardView {
  id: string;
  communityId: string;
  memberId: string;
  memberName: string;
  amount: number;
  reason: string;
  status: PendingAwardStatus;
  proposedBy: string;
  proposedByName: string;
  createdAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  /** Why it was rejected. */
  decisionNote: string | null;
  /** The ledger entry once approved. */
  entryId: string | null;
  /** Whether the caller may approve or reject it: pending, and neither its proposer nor its member. */
  canDecide: boolean;
}

/** What a staff award answers: the entry (paid at once) or the award waiting for a second approver. */
export type StaffAwardResult = PointsEntryView | PendingAwardView;

export interface ListPendingAwardsQuery extends PageQuery {
  /** `pending` when left out. */
  status?: PendingAwardStatus;
}

export interface RejectPendingAwardRequest {
  reason: string;
}

export interface ReconciliationReport {
  members: number;
  drifted: { memberId: string; balance: number; ledgerSum: number }[];
  checkedAt: string;
}

/** One member whose balance is not the sum of their ledger. */
export interface DriftedMember {
  memberId: string;
  nickname: string;
  homeName: string | null;
  balance: number;
  ledgerSum: number;
}

/** 积分对账 of one community: its members (living there or paid there) whose balance drifted, in pages. */
export interface CommunityReconciliation extends Page<DriftedMember> {
  communityId: string;
  communityName: string;
  /** Members checked. */
  members: number;
  checkedAt: string;
}

export interface ReconciliationQuery extends PageQuery {
  communityId: string;
}

export interface LeaderboardQuery {
  /** A community or grid. */
  placeId: string;
  period: 'month' | 'all';
  limit?: number;
}

export interface LeaderboardRow {
  rank: number;
  memberId: string;
  nickname: string;
  points: number;
}

export interface Leaderboard {
  placeId: string;
  placeName: string;
  period: 'month' | 'all';
  /** e.g. 2026-11 for monthly boards. */
  periodKey: string;
  top: LeaderboardRow[];
  me: LeaderboardRow | null;
}

export interface MallItemView {
  id: string;
  communityId: string;
  name: string;
  pictureUrl: string | null;
  pointsPrice: number;
  stock: number;
  perMemberLimit: number;
  pickupPlace: string;
  onShelf: boolean;
  /** Business that stocks the item, when not the community itself. */
  businessName: string | null;
}

export interface CreateMallItemRequest {
  communityId: string;
  name: string;
  pictureUrl?: string;
  pointsPrice: number;
  stock: number;
  perMemberLimit: number;
  pickupPlace: string;
  businessUnitId?: string;
}

export interface UpdateMallItemRequest {
  name?: string;
  pictureUrl?: string | null;
  pointsPrice?: number;
  /** Added to (or, negative, removed from) the stock. */
  stockDelta?: number;
  perMemberLimit?: number;
  pickupPlace?: string;
  onShelf?: boolean;
}

export const RedemptionStatus = {
  AwaitingPickup: 'awaiting_pickup',
  Collected: 'collected',
  Cancelled: 'cancelled',
  Expired: 'expired',
} as const;
export type RedemptionStatus = (typeof RedemptionStatus)[keyof typeof RedemptionStatus];

export const REDEMPTION_STATUS_LABEL: Record<RedemptionStatus, string> = {
  awaiting_pickup: '待领取',
  collected: '已领取',
  cancelled: '已取消',
  expired: '已过期',
};

export interface RedemptionView {
  id: string;
  itemId: string;
  itemName: string;
  memberId: string;
  memberNickname: string;
  points: number;
  status: RedemptionStatus;
  /** 8 digits; shown as text and as a QR code to staff at pickup. Only the owner and staff see it. */
  pickupCode: string | null;
  pickupPlace: string;
  expiresAt: string;
  collectedAt: string | null;
  createdAt: string;
}

export interface CollectRedemptionRequest {
  pickupCode: string;
}

export const HonourKind = {
  Person: 'person',
  Business: 'business',
} as const;
export type HonourKind = (typeof HonourKind)[keyof typeof HonourKind];

export const HONOUR_KIND_LABEL: Record<HonourKind, string> = {
  person: '石榴籽个人',
  business: '石榴籽企业',
};

export const HonourStatus = {
  Nominated: 'nominated',
  Published: 'published',
  Rejected: 'rejected',
  Archived: 'archived',
} as const;
export type HonourStatus = (typeof HonourStatus)[keyof typeof HonourStatus];

export interface HonourView {
  id: string;
  communityId: string;
  kind: HonourKind;
  /** The member's nickname or the business's name. */
  name: string;
  citation: string;
  status: HonourStatus;
  publishedFrom: string | null;
  publishedUntil: string | null;
  nominatedBy: string;
  approvedBy: string | null;
  createdAt: string;
}

export interface NominateHonourRequest {
  communityId: string;
  kind: HonourKind;
  memberId?: string;
  businessUnitId?: string;
  citation: string;
  /** Days the honour stays published once approved. */
  publishDays: number;
}

export interface ListHonoursQuery extends PageQuery {
  communityId?: string;
  status?: HonourStatus;
}
