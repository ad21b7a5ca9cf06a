import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

import { BottomBar } from '@/components/BottomBar';
import { NoteDialog } from '@/components/NoteDialog';
import { useOrderActionMutation } from '@/hooks/use-orders-query';

import { ConfirmDialog } from './confirm-dialog';

interface ConfirmBarProps {
  orderId: string;
  /** 亲情代办: the parent whose report this is, when a family member confirms for them. */
  onBehalfOf?: string;
}

/** 确认解决 (with a rating) or 没有解决 (back to the same handler), for a finished order's reporter. */
export function ConfirmBar({ orderId, onBehalfOf }: ConfirmBarProps) {
  const action = useOrderActionMutation(onBehalfOf);
  const [dialog, setDialog] = useState<'confirm' | 'not-fixed' | null>(null);
  return (
    <>
      <BottomBar>
        <Text className='form-hint'>网格员已处理完成，请确认是否解决</Text>
        {action.retryAttempt > 0 ? <Text className='retry-note'>网络不稳，重试中…</Text> : null}
        <View className='bottom-bar__row'>
          <Button className='big-action report-detail__not-fixed' onClick={() => setDialog('not-fixed')}>
            没有解决
          </Button>
          <Button className='big-action report-detail__confirm' type='primary' onClick={() => setDialog('confirm')}>
            确认解决
          </Button>
        </View>
      </BottomBar>
      <ConfirmDialog
        visible={dialog === 'confirm'}
        onClose={() => setDialog(null)}
        onSubmit={(body) => action.mutateAsync({ orderId, action: 'confirm', body })}
      />
      <NoteDialog
        className='not-fixed-dialog'
        visible={dialog === 'not-fixed'}
        title='哪里还没解决？'
        confirmText='退回重新处理'
        placeholder='说说还有什么问题（选填），会转给原处理人'
        onClose={() => setDialog(null)}
        onSubmit={(note) => action.mutateAsync({ orderId, action: 'not-fixed', body: note ? { note } : {} })}
      />
    </>
  );
}
