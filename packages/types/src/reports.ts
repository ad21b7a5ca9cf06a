import type { PageQuery } from './pagination';
import type { ModerationState } from './moderation';

export const MAX_PHOTOS_PER_REPORT = 9;

export const PhotoPurpose = {
  Report: 'report',
  OrderProof: 'order_proof',
  /** The signed paper of a mediation agreement (seen by the case's readers only). */
  MediationAgreement: 'mediation_agreement',
  /** What a 入户走访 found (seen by the grid's workers and 帮扶专干 only). */
  CareVisit: 'care_visit',
  /** What a 日常巡查 noted. */
  PatrolObservation: 'patrol_observation',
} as const;
export type PhotoPurpose = (typeof PhotoPurpose)[keyof typeof PhotoPurpose];

/** An uploaded photo: EXIF stripped, re-encoded, with a thumbnail; URLs are signed and expire. */
export interface PhotoView {
  id: string;
  url: string;
  thumbUrl: string;
  width: number;
  height: number;
}

export const ReportKind = {
  /** 随手拍: a problem someone spotted. */
  Report: 'report',
  /** 帮办代办: an errand, repair or elder-care need. */
  Need: 'need',
} as const;
export type ReportKind = (typeof ReportKind)[keyof typeof ReportKind];

export const REPORT_KIND_LABEL: Record<ReportKind, string> = { report: '随手拍', need: '帮办代办' };

export interface ReportCategoryView {
  id: string;
  communityId: string;
  name: string;
  kind: ReportKind;
  /** Hours each state may last before the order escalates. */
  deadlines: OrderDeadlines;
  active: boolean;
}

export interface OrderDeadlines {
  openHours: number;
  claimedHours: number;
  inProgressHours: number;
}

export interface CreateCategoryRequest {
  communityId: string;
  name: string;
  kind: ReportKind;
  deadlines: OrderDeadlines;
}

export interface UpdateCategoryRequest {
  name?: string;
  deadlines?: OrderDeadlines;
  active?: boolean;
}

/** Where: a building picked from the list, or a GPS point (GCJ-02) mapped to its grid. */
export interface ReportLocation {
  buildingId?: string;
  lng?: number;
  lat?: number;
  /** Free text such as 3单元门口. */
  detail?: string;
}

export interface CreateReportRequest {
  categoryId: string;
  text: string;
  photoIds: string[];
  location: ReportLocation;
  /** Needs only: when the resident would like help. */
  preferredTime?: string;
}

export const OrderStatus = {
  Open: 'open',
  Claimed: 'claimed',
  InProgress: 'in_progress',
  Done: 'done',
  Confirmed: 'confirmed',
  Closed: 'closed',
  Cancelled: 'cancelled',
} as const;
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];

export const ORDER_STATUS_LABEL: Record<OrderStatus, string> = {
  open: '待抢单',
  claimed: '已接单',
  in_progress: '处理中',
  done: '待确认',
  confirmed: '已确认',
  closed: '已办结',
  cancelled: '已取消',
};

export const EscalationLevel = {
  Grid: 'grid',
  Community: 'community',
  Street: 'street',
} as const;
export type EscalationLevel = (typeof EscalationLevel)[keyof typeof EscalationLevel];

export interface OrderHistoryEntry {
  id: string;
  action: string;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus;
  actorNickname: string | null;
  note: string | null;
  photos: PhotoView[];
  createdAt: string;
}

/** A report or need and its grid order, as one card. */
export interface ReportView {
  id: string;
  kind: ReportKind;
  categoryId: string;
  categoryName: string;
  text: string;
  photos: PhotoView[];
  gridId: string;
  gridName: string;
  buildingName: string | null;
  locationDetail: string | null;
  preferredTime: string | null;
  /** Null for everyone but the reporter and staff (residents see reports without identity). */
  reporterNickname: string | null;
  isMine: boolean;
  meTooCount: number;
  /** Staff or a grid worker confirmed the report is real (the reporter's points are paid then). */
  verified: boolean;
  order: OrderView;
  createdAt: string;
  /**
   * Only for the reporter: `held` (waiting for a moderator, others do not see it yet), `hidden` (flagged, waiting),
   * `removed` (a moderator took it down). Null when others see it, and always for everyone else.
   */
  moderation: ModerationState | null;
  /** 抢单大厅 only: why the order ranks where it does (on the caller's route, in their free time, expiring soon). */
  reasons?: HallReason[];
}

/** Why a hall order ranks where it does: on the route and in a free time first, then on the route. */
export const HallReason = {
  OnRoute: 'on_route',
  FreeWindow: 'free_window',
  Expiring: 'expiring',
} as const;
export type HallReason = (typeof HallReason)[keyof typeof HallReason];

export const HALL_REASON_LABEL: Record<HallReason, string> = {
  on_route: '顺路',
  free_window: '在您的空闲时段',
  expiring: '即将超时',
};

export interface OrderView {
  id: string;
  status: OrderStatus;
  handlerId: string | null;
  handlerNickname: string | null;
  escalation: EscalationLevel;
  deadlineAt: string | null;
  overdue: boolean;
  reopenCount: number;
  rating: number | null;
  ratingComment: string | null;
  /** Metres from the caller's location, when the list was asked "nearest first". */
  distanceMeters: number | null;
  /**
   * 承诺上门时间: a claim grabbed for later (稍后上门), while it is claimed and not started; shown to the reporter, the
   * handler and staff, null for others.
   */
  promisedAt: string | null;
  /** Hours a claim may wait to be started (its category's): a grab for later promises within them. */
  claimHours: number;
}

export interface ReportDetail extends ReportView {
  history: OrderHistoryEntry[];
}

export interface NearbyQuery {
  categoryId: string;
  buildingId?: string;
  lng?: number;
  lat?: number;
}

export interface ListOrdersQuery extends PageQuery {
  status?: OrderStatus;
  gridId?: string;
  lng?: number;
  lat?: number;
}

/** Last segment of `orders/:id/<action>` for the actions the mini-app takes (the API also has `close`). */
export type OrderActionName =
  'grab' | 'start' | 'finish' | 'confirm' | 'not-fixed' | 'assign' | 'take-back' | 'verify' | 'cancel';

/** 抢单: now (no body), or for later with a promised time inside the claim's deadline. */
export interface GrabOrderRequest {
  promisedAt?: string;
}

export interface OrderActionRequest {
  note?: string;
  photoIds?: string[];
}

export interface AssignOrderRequest {
  handlerId: string;
  note?: string;
}

export interface CancelOrderRequest {
  reason: string;
}

export interface ConfirmOrderRequest {
  rating: number;
  comment?: string;
}

export interface FollowUpView {
  id: string;
  reportId: string;
  rating: number;
  comment: string | null;
  status: 'open' | 'done';
  createdAt: string;
}

/** A handler's month (China time): orders finished, how many on time, the ratings they got, the points earned. */
export interface MyMonth {
  /** `YYYY-MM`. */
  month: string;
  ordersFinished: number;
  /** Finished before the order's deadline, over orders finished; null when none finished. */
  onTimeShare: number | null;
  /** Mean of the reporters' ratings (1–5) given this month; null when none. */
  averageRating: number | null;
  ratings: number;
  pointsEarned: number;
}
