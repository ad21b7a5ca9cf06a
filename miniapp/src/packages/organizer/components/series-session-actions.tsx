import { Button, Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { EventView } from '@tongxin/types';
import { useState } from 'react';

import { useCancelEventMutation, useCancelFollowingMutation } from '@/hooks/use-organizer-query';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';

type Confirming = 'one' | 'following' | null;

/** A session of a series: 编辑本场 / 编辑本场及以后, 取消本场 / 取消本场及以后. */
export function SeriesSessionActions({ event }: { event: EventView }) {
  const cancelOne = useCancelEventMutation(event.id);
  const cancelFollowing = useCancelFollowingMutation(event.id);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [error, setError] = useState<string | null>(null);
  const open = (url: string) => Taro.navigateTo({ url });
  if (event.status === 'cancelled' || !event.series) return null;
  const index = event.series.index;

  async function doCancel(): Promise<void> {
    setError(null);
    try {
      if (confirming === 'following') {
        const result = await cancelFollowing.mutateAsync();
        Taro.showToast({ title: `已取消 ${result.sessions} 场`, icon: 'none' });
      } else {
        await cancelOne.mutateAsync();
        Taro.showToast({ title: '本场已取消', icon: 'none' });
      }
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setConfirming(null);
    }
  }

  return (
    <View className='organizer-actions series-actions'>
      <Button
        className='form-submit series-actions__edit-one'
        block
        fill='outline'
        onClick={() => open(PagePath.OrganizerEdit(event.id))}
      >
        编辑本场
      </Button>
      <Button
        className='form-submit series-actions__edit-following'
        block
        fill='outline'
        onClick={() => open(PagePath.OrganizerEdit(event.id, 'following'))}
      >
        编辑本场及以后
      </Button>
      <Button className='form-submit series-actions__cancel-one' block fill='none' onClick={() => setConfirming('one')}>
        取消本场
      </Button>
      <Button
        className='form-submit series-actions__cancel-following'
        block
        fill='none'
        onClick={() => setConfirming('following')}
      >
        取消本场及以后
      </Button>
      {error ? <Text className='form-error'>{error}</Text> : null}
      <Dialog
        className='cancel-session-dialog'
        visible={confirming !== null}
        title={confirming === 'following' ? '取消本场及以后' : '取消本场'}
        confirmText='确认取消'
        cancelText='再想想'
        onConfirm={doCancel}
        onCancel={() => setConfirming(null)}
        onClose={() => setConfirming(null)}
      >
        <Text>
          {confirming === 'following'
            ? `第 ${index} 场及以后未取消的场次都将取消，已报名的居民会收到一条取消通知，此操作不能撤回。`
            : `只取消第 ${index} 场，已报名的居民会收到取消通知，其他场次不变。`}
        </Text>
      </Dialog>
    </View>
  );
}
