import '../../components/orders.scss';

import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ORDER_STATUS_LABEL, OrderStatus, type ReportView, Role } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { InfiniteList } from '@/components/InfiniteList';
import { PageShell } from '@/components/PageShell';
import { ReportCard } from '@/components/ReportCard';
import { useQueueQuery } from '@/hooks/use-orders-query';
import { PagePath } from '@/routes';
import { useSessionUser } from '@/stores/session';

import { DispatchActions } from '../../components/dispatch-actions';

const ALL = 'all';
const FILTERS = [
  { value: ALL, label: '全部' },
  ...[OrderStatus.Open, OrderStatus.Claimed, OrderStatus.InProgress, OrderStatus.Done].map((status) => ({
    value: status,
    label: ORDER_STATUS_LABEL[status],
  })),
];
const CANCEL_ROLES: readonly Role[] = [Role.CommunityStaff, Role.StreetAdmin];

function isStatus(value: string): value is OrderStatus {
  return (Object.values(OrderStatus) as string[]).includes(value);
}

export default function DispatchPage() {
  const user = useSessionUser();
  const [filter, setFilter] = useState<string>(ALL);
  const query = useQueueQuery(isStatus(filter) ? filter : null);
  const canCancel = user?.roles.some((grant) => CANCEL_ROLES.includes(grant.role)) ?? false;
  return (
    <PageShell className='dispatch-page'>
      <Text className='form-hint'>按时限排序，红色为已超时</Text>
      <ChoiceChips
        className='status-filter'
        options={FILTERS}
        selected={[filter]}
        onChange={([value]) => setFilter(value ?? ALL)}
      />
      <InfiniteList<ReportView>
        query={query}
        emptyText='没有需要调度的工单'
        renderItem={(report) => (
          <ReportCard
            key={report.id}
            report={report}
            showDeadline
            onOpen={() => Taro.navigateTo({ url: PagePath.OrderDetail(report.id) })}
          >
            <DispatchActions report={report} canCancel={canCancel} />
          </ReportCard>
        )}
      />
    </PageShell>
  );
}
