/**
 * Paths of the report, order and photo endpoints under the API prefix. They belong in
 * @tongxin/types' ApiRoute; kept here until they are added there.
 */
const id = (value: string) => encodeURIComponent(value);

export const ReportRoute = {
  Categories: 'report-categories',
  Category: (categoryId: string) => `report-categories/${id(categoryId)}`,
  Photos: 'photos',
  Reports: 'reports',
  Nearby: 'reports/nearby',
  Mine: 'reports/mine',
  Report: (reportId: string) => `reports/${id(reportId)}`,
  MeToo: (reportId: string) => `reports/${id(reportId)}/me-too`,
} as const;

export const OrderRoute = {
  Hall: 'orders/hall',
  Mine: 'orders/mine',
  Queue: 'orders/queue',
  Action: (orderId: string, action: OrderActionName) => `orders/${id(orderId)}/${action}`,
  FollowUps: 'follow-ups',
  FollowUpDone: (followUpId: string) => `follow-ups/${id(followUpId)}/done`,
  MyNotifications: 'notifications/mine',
} as const;

export type OrderActionName =
  'grab' | 'start' | 'finish' | 'confirm' | 'not-fixed' | 'assign' | 'take-back' | 'verify' | 'cancel';
