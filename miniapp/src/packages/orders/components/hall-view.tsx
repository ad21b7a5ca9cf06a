import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { GrabOrderRequest, ReportView } from '@tongxin/types';
import { useState } from 'react';

import { InfiniteList } from '@/components/InfiniteList';
import { ReportCard } from '@/components/ReportCard';
import { useHallQuery, useOrderActionMutation } from '@/hooks/use-orders-query';
import { useRiderRouteQuery } from '@/hooks/use-rider-route-query';
import { PagePath } from '@/routes';

import { GrabChoice } from './grab-choice';
import { grabErrorMessage } from './grab-error';
import { useHallLocation } from './hall-location';

/**
 * 抢单大厅: open orders in the member's grids — those on their route (我的顺路) and in their free time first, then
 * nearest first when the phone gives a position, then soonest due; each card says why (顺路 …).
 */
export function HallView() {
  const location = useHallLocation();
  const hall = useHallQuery(location.point, location.ready);
  const grab = useOrderActionMutation();
  const route = useRiderRouteQuery();
  const [notice, setNotice] = useState<string | null>(null);
  const places = route.data?.places ?? [];

  function grabOrder(report: ReportView, body: GrabOrderRequest): void {
    setNotice(null);
    grab.mutate(
      { orderId: report.order.id, action: 'grab', body },
      {
        onSuccess: () => {
          Taro.showToast({ title: body.promisedAt ? '已抢单，按时上门' : '抢单成功', icon: 'success' });
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
      {route.data ? (
        <Text className='route-summary'>
          {places.length > 0
            ? `顺路：${places.map((p) => p.name).join('、')}，顺路的工单排在前面`
            : '设置“我的顺路”后，顺路的工单会排在前面'}
        </Text>
      ) : null}
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
              <GrabChoice
                report={report}
                block='hall-view'
                busy={mine}
                disabled={grab.isPending && !mine}
                onGrab={(body) => grabOrder(report, body)}
              />
            </ReportCard>
          );
        }}
      />
    </View>
  );
}
