import { Button, Dialog, Switch, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { EVENT_MESSAGE_INTERVAL_MINUTES, type EventView } from '@tongxin/types';
import { useState } from 'react';

import { useMessageAttendeesMutation } from '@/hooks/use-organizer-query';
import { errorMessage } from '@/services/api-error';

const MAX_TEXT = 200;

/** 通知参与者: the organizer writes one notice to everyone confirmed, and to those waiting if they choose. */
export function MessageAttendees({ event }: { event: Pick<EventView, 'id' | 'confirmedCount' | 'waitingCount'> }) {
  const send = useMessageAttendeesMutation(event.id);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [includeWaiting, setIncludeWaiting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function close(): void {
    setOpen(false);
    setText('');
    setIncludeWaiting(false);
    setError(null);
  }

  // NutUI keeps the dialog open while onConfirm's promise is pending, and when it rejects.
  async function confirm(): Promise<void> {
    const trimmed = text.trim();
    if (trimmed.length < 2) {
      setError('请写下要通知的内容（至少 2 个字）');
      throw new Error('text required');
    }
    setError(null);
    try {
      const result = await send.mutateAsync({ text: trimmed, includeWaiting: includeWaiting || undefined });
      Taro.showToast({ title: `已通知 ${result.recipients} 人`, icon: 'none' });
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
    close();
  }

  const recipients = event.confirmedCount + (includeWaiting ? event.waitingCount : 0);
  return (
    <>
      <Button className='form-submit message-attendees__open' block fill='outline' onClick={() => setOpen(true)}>
        通知参与者
      </Button>
      <Dialog
        className='message-attendees'
        visible={open}
        title='通知参与者'
        confirmText='发送通知'
        cancelText='取消'
        onConfirm={confirm}
        onCancel={close}
        onClose={close}
      >
        <View className='message-attendees__body'>
          <TextArea
            className='message-attendees__text'
            placeholder='如：明天降温，请带好外套；集合地点改到东门'
            maxLength={MAX_TEXT}
            value={text}
            onChange={setText}
          />
          {event.waitingCount > 0 ? (
            <View className='form-field message-attendees__waiting'>
              <Text className='form-field__label'>{`同时通知候补的 ${event.waitingCount} 人`}</Text>
              <Switch checked={includeWaiting} onChange={setIncludeWaiting} />
            </View>
          ) : null}
          <Text className='form-hint message-attendees__hint'>
            {`将发给 ${recipients} 人，站内消息和微信提醒同时送达；每 ${EVENT_MESSAGE_INTERVAL_MINUTES} 分钟可发一条。`}
          </Text>
          {error ? <Text className='form-error message-attendees__error'>{error}</Text> : null}
        </View>
      </Dialog>
    </>
  );
}
