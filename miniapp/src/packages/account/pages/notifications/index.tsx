import '@/styles/form.scss';
import './index.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { type NotificationView, ReminderTopic } from '@tongxin/types';

import { ActingBanner } from '@/components/ActingBanner';
import { InfiniteList } from '@/components/InfiniteList';
import { PageShell } from '@/components/PageShell';
import {
  useAskForReminders,
  useMarkAllNotificationsReadMutation,
  useMarkNotificationReadMutation,
  useNotificationsQuery,
  useReminderTemplatesQuery,
  useUnreadCountQuery,
} from '@/hooks/use-notifications-query';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';
import { REMINDERS_AVAILABLE } from '@/services/reminders';
import { useActingFor } from '@/stores/acting-for';
import { useSessionUser } from '@/stores/session';

import { NoticeItem } from './notice-item';
import { actingNoticeTarget, noticeTarget } from './notice-target';

function showError(error: unknown): void {
  Taro.showToast({ title: errorMessage(error), icon: 'none' });
}

/** Weapp, when templates are set up: one tap asks for WeChat reminders of every topic (one message each). */
function WechatReminders() {
  const templates = useReminderTemplatesQuery();
  const ask = useAskForReminders(ReminderTopic.Event, ReminderTopic.Order, ReminderTopic.Account);
  if (!REMINDERS_AVAILABLE || Object.keys(templates.data?.templates ?? {}).length === 0) return null;
  return (
    <View className='notices__reminders'>
      <Text className='notices__reminders-hint'>在微信里也收到活动、工单和审核提醒</Text>
      <Button className='notices__reminders-ask' fill='outline' size='small' onClick={ask}>
        开启微信提醒
      </Button>
    </View>
  );
}

/**
 * The member's notices; while acting for a parent (亲情代办), the parent's — left unread for the parent (marking read
 * is theirs alone), with no unread count (that is the member's own).
 */
function Notices() {
  const acting = useActingFor();
  const notices = useNotificationsQuery(acting?.parentId);
  const unread = useUnreadCountQuery(!acting);
  const read = useMarkNotificationReadMutation();
  const readAll = useMarkAllNotificationsReadMutation();
  // Notices arrive while the member is on other pages: look again whenever this page is shown.
  useDidShow(() => {
    if (!notices.isPending && !notices.isFetching) notices.refetch();
    if (!acting && !unread.isPending && !unread.isFetching) unread.refetch();
  });

  const loaded = notices.data?.pages.flatMap((page) => page.items) ?? [];
  // The count covers pages not loaded yet; the loaded items may be newer than the count.
  const unreadCount = acting
    ? 0
    : Math.max(unread.data?.count ?? 0, loaded.filter((notice) => notice.readAt === null).length);
  const targetOf = acting ? actingNoticeTarget : noticeTarget;

  function open(notice: NotificationView): void {
    if (!acting && notice.readAt === null) read.mutate(notice.id, { onError: showError });
    const url = targetOf(notice);
    if (url) Taro.navigateTo({ url });
  }

  return (
    <>
      <ActingBanner />
      {acting ? null : <WechatReminders />}
      {unreadCount > 0 ? (
        <View className='notices__header'>
          <Text className='notices__summary'>{`${unreadCount} 条未读`}</Text>
          <Button
            className='notices__read-all'
            fill='outline'
            loading={readAll.isPending}
            onClick={() => readAll.mutate(undefined, { onError: showError })}
          >
            全部已读
          </Button>
        </View>
      ) : null}
      <InfiniteList<NotificationView>
        className='notices'
        query={notices}
        emptyText='暂无消息'
        renderItem={(notice) => (
          <NoticeItem key={notice.id} notice={notice} opens={targetOf(notice) !== null} onOpen={open} />
        )}
      />
    </>
  );
}

export default function NotificationsPage() {
  const user = useSessionUser();
  return (
    <PageShell className='notifications-page'>
      {user ? (
        <Notices />
      ) : (
        <View className='notices-login'>
          <Text className='form-hint'>登录后查看消息通知</Text>
          <Button className='form-submit' type='primary' block onClick={() => Taro.navigateTo({ url: PagePath.Login })}>
            登录
          </Button>
        </View>
      )}
    </PageShell>
  );
}
