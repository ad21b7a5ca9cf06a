import '../../components/orders.scss';

import Taro, { useDidShow } from '@tarojs/taro';
import type { ReportView } from '@tongxin/types';

import { InfiniteList } from '@/components/InfiniteList';
import { PageShell } from '@/components/PageShell';
import { ReportCard } from '@/components/ReportCard';
import { useMyMonthQuery, useMyOrdersQuery } from '@/hooks/use-orders-query';
import { PagePath } from '@/routes';
import { useSessionUser } from '@/stores/session';

import { MyMonthCard } from '../../components/my-month';
import { OrderActions } from '../../components/order-actions';
import { FinishQueueBanner } from '../../offline/finish-queue-banner';

function openDetail(report: ReportView, finish = false): void {
  Taro.navigateTo({ url: `${PagePath.OrderDetail(report.id)}${finish ? '&finish=1' : ''}` });
}

export default function MyOrdersPage() {
  const user = useSessionUser();
  const query = useMyOrdersQuery();
  const month = useMyMonthQuery();
  // Back from the detail page after finishing: show the new state.
  useDidShow(() => {
    if (!query.isFetching) query.refetch();
    if (!month.isFetching) month.refetch();
  });
  return (
    <PageShell className='my-orders-page'>
      <FinishQueueBanner />
      {month.data && <MyMonthCard month={month.data} />}
      <InfiniteList<ReportView>
        query={query}
        emptyText='还没有工单，去抢单大厅看看吧'
        renderItem={(report) => (
          <ReportCard key={report.id} report={report} showDeadline onOpen={() => openDetail(report)}>
            <OrderActions report={report} userId={user?.id ?? null} onFinish={() => openDetail(report, true)} />
          </ReportCard>
        )}
      />
    </PageShell>
  );
}
