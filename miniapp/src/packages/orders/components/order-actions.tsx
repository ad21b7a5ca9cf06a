import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type GrabOrderRequest, OrderStatus, type ReportView } from '@tongxin/types';
import { useState } from 'react';

import { useOrderActionMutation } from '@/hooks/use-orders-query';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';

import { GrabChoice } from './grab-choice';
import { grabErrorMessage } from './grab-error';

interface OrderActionsProps {
  report: ReportView;
  userId: string | null;
  /** 完成处理: opens the finish form (on the detail page) */
  onFinish: () => void;
}

/** True when OrderActions has a button for this viewer. */
export function hasNextStep(report: ReportView, userId: string | null): boolean {
  const { status, handlerId } = report.order;
  if (status === OrderStatus.Open) return true;
  const mine = userId !== null && handlerId === userId;
  return mine && (status === OrderStatus.Claimed || status === OrderStatus.InProgress);
}

/** The next step of the handler's own order: 抢单 (现在去 / 稍后上门), 开始处理 or 完成处理, retried after a network drop. */
export function OrderActions({ report, userId, onFinish }: OrderActionsProps) {
  const action = useOrderActionMutation();
  const [error, setError] = useState<string | null>(null);
  const { order } = report;
  const mine = userId !== null && order.handlerId === userId;

  function run(name: 'grab' | 'start', success: string, body?: GrabOrderRequest): void {
    setError(null);
    action.mutate(
      { orderId: order.id, action: name, body },
      {
        onSuccess: () => {
          Taro.showToast({ title: success, icon: 'success' });
          if (name === 'grab') Taro.navigateTo({ url: PagePath.MyOrders });
        },
        onError: (failure) => setError(name === 'grab' ? grabErrorMessage(failure) : errorMessage(failure)),
      },
    );
  }

  let button = null;
  if (order.status === OrderStatus.Open) {
    button = (
      <View className='bottom-bar__row'>
        <GrabChoice
          report={report}
          block='order-actions'
          busy={action.isPending}
          onGrab={(body) => run('grab', body.promisedAt ? '已抢单，按时上门' : '抢单成功', body)}
        />
      </View>
    );
  } else if (mine && order.status === OrderStatus.Claimed) {
    button = (
      <Button
        className='big-action order-actions__start'
        type='primary'
        loading={action.isPending}
        onClick={() => run('start', '已开始处理')}
      >
        开始处理
      </Button>
    );
  } else if (mine && order.status === OrderStatus.InProgress) {
    button = (
      <Button className='big-action order-actions__finish' type='primary' onClick={onFinish}>
        完成处理
      </Button>
    );
  }
  if (!button) return null;
  return (
    <>
      {action.retryAttempt > 0 ? (
        <Text className='retry-note order-actions__retrying'>网络不稳，重试中（第 {action.retryAttempt} 次）…</Text>
      ) : null}
      {error ? <Text className='form-error order-actions__error'>{error}</Text> : null}
      {button}
    </>
  );
}
