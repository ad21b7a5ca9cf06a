import { Button } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { OrderStatus, type ReportView } from '@tongxin/types';
import { useState } from 'react';

import { NoteDialog } from '@/components/NoteDialog';
import { useOrderActionMutation } from '@/hooks/use-orders-query';
import { errorMessage } from '@/services/api-error';

import { AssignDialog } from './assign-dialog';

const ACTIVE: readonly OrderStatus[] = [OrderStatus.Open, OrderStatus.Claimed, OrderStatus.InProgress];
const HELD: readonly OrderStatus[] = [OrderStatus.Claimed, OrderStatus.InProgress];

type Dialogs = 'assign' | 'take-back' | 'cancel' | null;

/** 指派/改派, 收回, 核实 and (for community staff) 取消 on one queue card. */
export function DispatchActions({ report, canCancel }: { report: ReportView; canCancel: boolean }) {
  const action = useOrderActionMutation();
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [error, setError] = useState<string | null>(null);
  const { status, id: orderId } = report.order;

  function verify(): void {
    setError(null);
    action.mutate(
      { orderId, action: 'verify' },
      {
        onSuccess: () => Taro.showToast({ title: '已核实，积分已发给上报人', icon: 'none' }),
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  }

  const toast = (title: string) => () => Taro.showToast({ title, icon: 'success' });
  return (
    <>
      {action.retryAttempt > 0 ? <Text className='retry-note'>网络不稳，重试中…</Text> : null}
      {error ? <Text className='form-error dispatch-actions__error'>{error}</Text> : null}
      {ACTIVE.includes(status) ? (
        <Button className='big-action dispatch-actions__assign' type='primary' onClick={() => setDialog('assign')}>
          {status === OrderStatus.Open ? '指派' : '改派'}
        </Button>
      ) : null}
      {HELD.includes(status) ? (
        <Button className='big-action dispatch-actions__take-back' onClick={() => setDialog('take-back')}>
          收回
        </Button>
      ) : null}
      {status !== OrderStatus.Cancelled ? (
        <Button className='big-action dispatch-actions__verify' loading={action.isPending} onClick={verify}>
          核实
        </Button>
      ) : null}
      {canCancel && ACTIVE.includes(status) ? (
        <Button className='big-action dispatch-actions__cancel' fill='outline' onClick={() => setDialog('cancel')}>
          取消
        </Button>
      ) : null}
      <AssignDialog
        gridId={report.gridId}
        gridName={report.gridName}
        visible={dialog === 'assign'}
        onClose={() => setDialog(null)}
        onSubmit={(handlerId) =>
          action.mutateAsync({ orderId, action: 'assign', body: { handlerId } }).then(toast('已指派'))
        }
      />
      <NoteDialog
        visible={dialog === 'take-back'}
        title='收回工单'
        confirmText='收回'
        placeholder='收回原因（选填），工单会回到抢单大厅'
        onClose={() => setDialog(null)}
        onSubmit={(note) =>
          action.mutateAsync({ orderId, action: 'take-back', body: note ? { note } : {} }).then(toast('已收回'))
        }
      />
      <NoteDialog
        visible={dialog === 'cancel'}
        title='取消工单'
        confirmText='确认取消'
        placeholder='取消原因（必填），上报人会看到'
        minLength={2}
        onClose={() => setDialog(null)}
        onSubmit={(reason) =>
          action.mutateAsync({ orderId, action: 'cancel', body: { reason: reason ?? '' } }).then(toast('已取消'))
        }
      />
    </>
  );
}
