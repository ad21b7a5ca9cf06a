import { NotificationKind, type NotificationView } from '@tongxin/types';

import { PagePath } from '@/routes';

/** Notices for whoever handles or oversees an order: they open 工单详情, with the order's history and next step. */
const HANDLER_KINDS: readonly NotificationKind[] = [
  NotificationKind.OrderEscalated,
  NotificationKind.OrderAssigned,
  NotificationKind.OrderReopened,
];

/** Notices that open a page of their own: where the member sees it, or acts on it next. */
const KIND_PAGES: Partial<Record<NotificationKind, string>> = {
  [NotificationKind.OrderFollowUp]: PagePath.FollowUps,
  [NotificationKind.BindingVerified]: PagePath.Profile,
  [NotificationKind.BindingRejected]: PagePath.Profile,
  [NotificationKind.RiderApproved]: PagePath.OrderHall,
  [NotificationKind.OrderAvailable]: PagePath.OrderHall,
  [NotificationKind.RiderRejected]: PagePath.RiderApplication,
  [NotificationKind.RiderRevoked]: PagePath.RiderApplication,
  [NotificationKind.RedemptionExpired]: PagePath.MyRedemptions,
  [NotificationKind.HonourPublished]: PagePath.Honours,
};

/**
 * The page a notice opens, or null when it is about nothing that has a page. Order notices for the handler or
 * staff open 工单详情; those for the reporter (finished, cancelled) open their report, where they confirm; so do
 * moderation notices about a report (content.removed, content.passed), where its badge says where it stands.
 */
/**
 * While a family member acts for a parent (亲情代办): only the pages that work for the parent — their report (to
 * confirm a fix) and an event (to sign them up). Other notices open nothing.
 */
export function actingNoticeTarget(notice: Pick<NotificationView, 'kind' | 'eventId' | 'reportId'>): string | null {
  if (notice.eventId) return PagePath.EventDetail(notice.eventId);
  if (notice.reportId && !HANDLER_KINDS.includes(notice.kind)) return PagePath.ReportDetail(notice.reportId);
  return null;
}

export function noticeTarget(notice: Pick<NotificationView, 'kind' | 'eventId' | 'reportId'>): string | null {
  if (notice.eventId) return PagePath.EventDetail(notice.eventId);
  const page = KIND_PAGES[notice.kind];
  if (page) return page;
  if (notice.reportId) {
    return HANDLER_KINDS.includes(notice.kind)
      ? PagePath.OrderDetail(notice.reportId)
      : PagePath.ReportDetail(notice.reportId);
  }
  return null;
}
