import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

import { dismissFinish } from '@/services/finish-queue';

import { useFinishQueue } from './use-finish-queue';

/** 待发送: finishes made with no signal, with 立即发送 and the reason of any the API refused. */
export function FinishQueueBanner({ orderId }: { orderId?: string }) {
  const { queue, send } = useFinishQueue();
  const [busy, setBusy] = useState(false);
  const items = orderId ? queue.filter((item) => item.orderId === orderId) : queue;
  if (items.length === 0) return null;
  const waiting = items.filter((item) => !item.failed);
  const lastError = waiting.find((item) => item.error)?.error;

  async function retry(): Promise<void> {
    setBusy(true);
    try {
      await send();
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className='finish-queue'>
      {waiting.length > 0 ? (
        <View className='finish-queue__waiting'>
          <Text className='finish-queue__title'>待发送 {waiting.length} 项</Text>
          <Text className='finish-queue__hint'>无网络时完成的工单已保存在手机上，联网后自动发送</Text>
          {lastError ? <Text className='form-error finish-queue__error'>{`上次发送失败：${lastError}`}</Text> : null}
          <Button className='finish-queue__retry' size='small' loading={busy} onClick={() => void retry()}>
            立即发送
          </Button>
        </View>
      ) : null}
      {items
        .filter((item) => item.failed)
        .map((item) => (
          <View key={item.idempotencyKey} className='finish-queue__failed'>
            <Text className='form-error finish-queue__failed-text'>{`完成处理未能提交：${item.error ?? ''}`}</Text>
            <Button className='finish-queue__dismiss' size='small' onClick={() => dismissFinish(item.idempotencyKey)}>
              知道了
            </Button>
          </View>
        ))}
    </View>
  );
}
