import type { NotificationView, ReminderTemplates } from '@tongxin/types';

import type { AppConfig } from '../../infra/config/app-config';
import type { Notification } from './notification.entity';

export function toNotificationView(notification: Notification): NotificationView {
  return {
    id: notification.id,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    reportId: notification.reportId,
    eventId: notification.eventId,
    readAt: notification.readAt?.toISOString() ?? null,
    createdAt: notification.createdAt.toISOString(),
  };
}

/** Only the template ids: which keys a template fills is the server's business. */
export function toReminderTemplates(reminders: AppConfig['reminders']): ReminderTemplates {
  return {
    templates: Object.fromEntries(Object.entries(reminders).map(([topic, template]) => [topic, template.templateId])),
  };
}
