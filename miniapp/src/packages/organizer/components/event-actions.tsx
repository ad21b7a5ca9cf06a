import { Button, Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { EventView } from '@tongxin/types';
import { useState } from 'react';

import { useCancelEventMutation, usePublishEventMutation } from '@/hooks/use-organizer-query';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';
import { exportAttendance } from '@/services/attendance-export';

import { MessageAttendees } from './message-attendees';

const EXPORTED: Record<string, string> = {
  downloaded: '签到表已下载',
  shared: '已发送签到表',
  saved: '签到表已下载到本机',
};

/** 发布, 编辑, 签到扫码, 通知参与者, 报名名单, 导出签到表, 取消活动 — by the event's status. */
export function EventActions({ event }: { event: EventView }) {
  const publish = usePublishEventMutation(event.id);
  const cancel = useCancelEventMutation(event.id);
  const [confirming, setConfirming] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = (url: string) => Taro.navigateTo({ url });

  async function exportSheet(): Promise<void> {
    setExporting(true);
    setError(null);
    try {
      const outcome = await exportAttendance(event.id, event.title);
      // Opened in WeChat's viewer, the sheet speaks for itself.
      if (outcome !== 'opened') Taro.showToast({ title: EXPORTED[outcome] ?? '已导出', icon: 'none' });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setExporting(false);
    }
  }

  async function doCancel(): Promise<void> {
    await cancel.mutateAsync();
    Taro.showToast({ title: '活动已取消', icon: 'none' });
  }

  // A session of a series is edited and cancelled by SeriesSessionActions (本场 or 本场及以后).
  const live = event.status !== 'cancelled' && !event.series;
  return (
    <View className='organizer-actions'>
      {event.status === 'draft' ? (
        <Button
          className='form-submit event-actions__publish'
          type='primary'
          block
          loading={publish.isPending}
          onClick={() => publish.mutate(undefined, { onError: (f) => setError(errorMessage(f)) })}
        >
          发布活动
        </Button>
      ) : null}
      {event.status === 'published' ? (
        <Button
          className='form-submit event-actions__scan'
          type='primary'
          block
          onClick={() => open(PagePath.OrganizerScan(event.id))}
        >
          签到扫码
        </Button>
      ) : null}
      {event.status === 'published' ? <MessageAttendees event={event} /> : null}
      <Button
        className='form-submit event-actions__roster'
        block
        onClick={() => open(PagePath.OrganizerRoster(event.id))}
      >
        报名与签到名单
      </Button>
      <Button
        className='form-submit event-actions__export'
        block
        loading={exporting}
        onClick={() => void exportSheet()}
      >
        导出签到表（Excel）
      </Button>
      {live ? (
        <Button
          className='form-submit event-actions__edit'
          block
          fill='outline'
          onClick={() => open(PagePath.OrganizerEdit(event.id))}
        >
          编辑活动
        </Button>
      ) : null}
      {live ? (
        <Button className='form-submit event-actions__cancel' block fill='none' onClick={() => setConfirming(true)}>
          取消活动
        </Button>
      ) : null}
      {error ? <Text className='form-error'>{error}</Text> : null}
      <Dialog
        className='cancel-event-dialog'
        visible={confirming}
        title='取消活动'
        confirmText='确认取消'
        cancelText='再想想'
        onConfirm={doCancel}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      >
        <Text>已报名的居民会收到取消通知，此操作不能撤回。</Text>
      </Dialog>
    </View>
  );
}
