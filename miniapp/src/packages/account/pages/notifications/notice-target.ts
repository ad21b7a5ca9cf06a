import { NotificationKind, type NotificationView } from '@tongxin/types';

import { PagePath } from '../../../../routes';

/**
 * The page a notice opens, or null when it is about nothing that has a page. An escalation goes to 工单详情,
 * the page grid workers and staff handle orders on (the order's history and their next step).
 */
export function noticeTarget(notice: Pick<NotificationView, 'kind' | 'eventId' | 'reportId'>): string | null {
  if (notice.eventId) return PagePath.EventDetail(notice.eventId);
  if (notice.reportId) {
    return notice.kind === NotificationKind.OrderEscalated
      ? PagePath.OrderDetail(notice.reportId)
      : PagePath.ReportDetail(notice.reportId);
  }
  return null;
}
