import {
  ApiRoute,
  type NotificationView,
  type Page,
  type PageQuery,
  type ReminderTemplates,
  type UnreadCount,
} from '@tongxin/types';

import { pageOf, request } from './request';

/** The caller's notices, newest first; with `onBehalfOf`, the parent's. */
export function listMyNotifications(query: PageQuery, onBehalfOf?: string): Promise<Page<NotificationView>> {
  return request<Page<NotificationView>>(ApiRoute.Notifications.Mine, {
    query: { ...pageOf(query) },
    onBehalfOf,
  });
}

export function getUnreadCount(): Promise<UnreadCount> {
  return request<UnreadCount>(ApiRoute.Notifications.UnreadCount);
}

/** Marks one of the caller's notices read; the API ignores ids that are not the caller's. */
export function markNotificationRead(id: string): Promise<void> {
  return request<void>(ApiRoute.Notifications.Read(id), { method: 'POST' });
}

export function markAllNotificationsRead(): Promise<void> {
  return request<void>(ApiRoute.Notifications.ReadAll, { method: 'POST' });
}

/** The WeChat subscribe-message templates to ask members to accept, per topic. */
export function getReminderTemplates(): Promise<ReminderTemplates> {
  return request<ReminderTemplates>(ApiRoute.Notifications.ReminderTemplates);
}
