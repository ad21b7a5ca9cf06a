import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, type ReminderTopic } from '@tongxin/types';

import {
  getReminderTemplates,
  getUnreadCount,
  listMyNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '@/services/notifications';
import { askForReminders, REMINDERS_AVAILABLE } from '@/services/reminders';
import { asParent } from '@/stores/acting-for';
import { useSessionUser } from '@/stores/session';
import { nextPage } from '@/utils/paging';

/**
 * 消息通知. Rule: marking one or all read invalidates `notificationKeys.all`, so the inbox and the
 * unread badge on 我的 refetch together. The inbox is keyed by whose it is (oneself, or a parent acted for).
 */
export const notificationKeys = {
  all: ['notifications'] as const,
  mine: (onBehalfOf?: string) => [...notificationKeys.all, 'mine', onBehalfOf ?? 'self'] as const,
  unreadCount: () => [...notificationKeys.all, 'unread-count'] as const,
  reminderTemplates: ['reminder-templates'] as const,
};

/** The inbox; with `onBehalfOf`, the parent's (亲情代办). */
export function useNotificationsQuery(onBehalfOf?: string) {
  return useInfiniteQuery({
    queryKey: notificationKeys.mine(onBehalfOf),
    queryFn: ({ pageParam }) =>
      asParent(onBehalfOf, () => listMyNotifications({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }, onBehalfOf)),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useUnreadCountQuery(enabled = true) {
  return useQuery({ queryKey: notificationKeys.unreadCount(), queryFn: getUnreadCount, enabled });
}

export function useMarkNotificationReadMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllNotificationsReadMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/** The WeChat reminder templates per topic: loaded once, only where reminders exist (weapp) and signed in. */
export function useReminderTemplatesQuery() {
  const user = useSessionUser();
  return useQuery({
    queryKey: notificationKeys.reminderTemplates,
    queryFn: getReminderTemplates,
    enabled: REMINDERS_AVAILABLE && user !== null,
    staleTime: Infinity,
  });
}

/**
 * For tap handlers (WeChat shows the dialog only for a tap): asks the member to accept the reminders of these
 * topics. Nothing happens on H5, or when no template is set up.
 */
export function useAskForReminders(...topics: ReminderTopic[]): () => void {
  const templates = useReminderTemplatesQuery();
  return () =>
    askForReminders(topics.map((topic) => templates.data?.templates[topic]).filter((id): id is string => Boolean(id)));
}
