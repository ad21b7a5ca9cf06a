import {
  type FollowUpView,
  HallReason,
  type ModerationState,
  type OrderHistoryEntry,
  OrderStatus,
  type OrderView,
  type PhotoView,
  type ReportCategoryView,
  type ReportView,
} from '@tongxin/types';

import type { FollowUp } from './entities/follow-up.entity';
import type { ReportCategory } from './entities/report-category.entity';
import { LIVE_STATUSES } from './order-states';
import type { OrderHistoryRow } from './repositories/orders.repository';
import type { HallRankFlags, ReportRow } from './repositories/reports.repository';

/** The hall's reasons for a row's place: 顺路, 在您的空闲时段 (only with 顺路, as it ranks), 即将超时. */
export function toHallReasons(rank: HallRankFlags): HallReason[] {
  const reasons: HallReason[] = [];
  if (rank.onRoute) reasons.push(HallReason.OnRoute);
  if (rank.onRoute && rank.freeFit) reasons.push(HallReason.FreeWindow);
  if (rank.expiring) reasons.push(HallReason.Expiring);
  return reasons;
}

/**
 * A report card for one viewer. The reporter's identity is shown to the reporter and to those who may see
 * everything (staff, the handler); other residents see the report without it.
 */
export function toReportView(
  row: ReportRow,
  photos: PhotoView[],
  viewer: { userId: string; seesIdentity: boolean; moderation?: ModerationState | null },
): ReportView {
  const isMine = row.reporterId === viewer.userId;
  const deadline = row.deadlineAt;
  // The promised time is between the reporter, the handler and staff, and only until the handler starts.
  const seesPromise = isMine || viewer.seesIdentity || row.handlerId === viewer.userId;
  const order: OrderView = {
    id: row.orderId,
    status: row.status,
    handlerId: row.handlerId,
    handlerNickname: row.handlerNickname,
    escalation: row.escalation,
    deadlineAt: deadline ? deadline.toISOString() : null,
    overdue: Boolean(deadline && LIVE_STATUSES.includes(row.status) && deadline.getTime() < Date.now()),
    reopenCount: row.reopenCount,
    rating: row.rating,
    ratingComment: row.ratingComment,
    distanceMeters: row.distance === null ? null : Math.round(Math.sqrt(row.distance) * 111_320),
    promisedAt:
      seesPromise && row.promisedAt && row.status === OrderStatus.Claimed ? row.promisedAt.toISOString() : null,
    claimHours: row.claimHours,
  };
  return {
    id: row.reportId,
    kind: row.kind,
    categoryId: row.categoryId,
    categoryName: row.categoryName,
    text: row.text,
    photos,
    gridId: row.gridId,
    gridName: row.gridName,
    buildingName: row.buildingName,
    locationDetail: row.locationDetail,
    preferredTime: row.preferredTime,
    reporterNickname: isMine || viewer.seesIdentity ? row.reporterNickname : null,
    isMine,
    meTooCount: row.meTooCount,
    verified: row.verifiedAt !== null,
    order,
    createdAt: row.reportCreatedAt.toISOString(),
    moderation: isMine ? (viewer.moderation ?? null) : null,
    ...(row.rank ? { reasons: toHallReasons(row.rank) } : {}),
  };
}

/**
 * One step of an order's timeline. Residents who are neither involved nor staff do not learn who reported: the
 * "created" step is anonymous to them.
 */
export function toOrderHistoryEntry(
  row: OrderHistoryRow,
  photos: PhotoView[],
  viewer: { seesReporter: boolean },
): OrderHistoryEntry {
  return {
    id: row.id,
    action: row.action,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    actorNickname: row.action === 'created' && !viewer.seesReporter ? null : row.actorNickname,
    note: row.note,
    photos,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toCategoryView(c: ReportCategory): ReportCategoryView {
  return {
    id: c.id,
    communityId: c.communityId,
    name: c.name,
    kind: c.kind,
    deadlines: { openHours: c.openHours, claimedHours: c.claimedHours, inProgressHours: c.inProgressHours },
    active: c.active,
  };
}

export function toFollowUpView(f: FollowUp): FollowUpView {
  return {
    id: f.id,
    reportId: f.reportId,
    rating: f.rating,
    comment: f.comment,
    status: f.status,
    createdAt: f.createdAt.toISOString(),
  };
}
