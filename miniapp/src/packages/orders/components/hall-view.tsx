import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReportView } from '@tongxin/types';
import { useState } from 'react';

import { InfiniteList } from '@/components/InfiniteList';
import { ReportCard } from '@/components/ReportCard';
import { useHallQuery, useOrderActionMutation } from '@/hooks/use-orders-query';
import { PagePath } from '@/routes';

import { grabErrorMessage } from './grab-error';
import { useHallLocation } from './hall-location';

/** 抢单大厅: open orders in the member's grids, nearest first when the phone gives a position. */
export function HallView() {
  const location = useHallLocation();
  const hall = useHallQuery(location.point, location.ready);
  const grab = useOrderActionMutation();
  const [notice, setNotice] = useState<string | null>(null);

  function grabOrder(report: ReportView): void {
    setNotice(null);
    grab.mutate(
      { orderId: report.order.id, action: 'grab' },
      {
        onSuccess: () => {
          Taro.showToast({ title: '抢单成功', icon: 'success' });
          Taro.navigateTo({ url: PagePath.MyOrders });
        },
        onError: (error) => {
          setNotice(grabErrorMessage(error));
          hall.refetch();
        },
      },
    );
  }

  return (
    <View className='hall-view'>
      {notice ? <Text className='hall-view__notice'>{notice}</Text> : null}
      {location.ready && !location.point ? <Text className='form-hint'>未获取到位置，按时间排序</Text> : null}
      <InfiniteList<ReportView>
        query={hall}
        emptyText='附近暂时没有待抢的工单'
        renderItem={(report) => {
          const mine = grab.isPending && grab.variables?.orderId === report.order.id;
          return (
            <ReportCard
              key={report.id}
              report={report}
              onOpen={() => Taro.navigateTo({ url: PagePath.OrderDetail(report.id) })}
            >
              {mine && grab.retryAttempt > 0 ? <Text className='retry-note'>网络不稳，重试中…</Text> : null}
              <Button
                className='big-action hall-view__grab'
                type='primary'
                loading={mine}
                disabled={grab.isPending && !mine}
                onClick={() => grabOrder(report)}
              >
                抢单
              </Button>
            </ReportCard>
          );
        }}
      />
    </View>
  );
}
