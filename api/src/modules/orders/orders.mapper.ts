import type { OrderStatus, OrderView, PhotoView, ReportView } from '@tongxin/types';

import { toDate } from '../../infra/database/raw';
import type { ReportRow } from './repositories/orders.repository';

const LIVE: OrderStatus[] = ['open', 'claimed', 'in_progress'];

/**
 * A report card for one viewer. The reporter's identity is shown to the reporter and to those who may see
 * everything (staff, the handler); other residents see the report without it.
 */
export function toReportView(
  row: ReportRow,
  photos: PhotoView[],
  viewer: { userId: string; seesIdentity: boolean },
): ReportView {
  const isMine = row.reporterId === viewer.userId;
  const deadline = row.deadlineAt ? toDate(row.deadlineAt) : null;
  const order: OrderView = {
    id: row.orderId,
    status: row.status,
    handlerId: row.handlerId,
    handlerNickname: row.handlerNickname,
    escalation: row.escalation,
    deadlineAt: deadline ? deadline.toISOString() : null,
    overdue: Boolean(deadline && LIVE.includes(row.status) && deadline.getTime() < Date.now()),
    reopenCount: Number(row.reopenCount),
    rating: row.rating === null ? null : Number(row.rating),
    ratingComment: row.ratingComment,
    distanceMeters:
      row.distance === null || row.distance === undefined
        ? null
        : Math.round(Math.sqrt(Number(row.distance)) * 111_320),
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
    meTooCount: Number(row.meTooCount),
    verified: Boolean(row.verifiedAt),
    order,
    createdAt: toDate(row.reportCreatedAt).toISOString(),
  };
}
