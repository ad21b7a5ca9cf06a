import '../../components/orders.scss';

import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { OrderStatus } from '@tongxin/types';
import { useState } from 'react';

import { BottomBar } from '../../../../components/BottomBar';
import { ListState } from '../../../../components/ListState';
import { PageShell } from '../../../../components/PageShell';
import { ReportDetailView } from '../../../../components/ReportDetailView';
import { useReportQuery } from '../../../../hooks/use-reports-query';
import { errorMessage } from '../../../../services/api-error';
import { useSessionUser } from '../../../../stores/session';
import { FinishForm } from '../../components/finish-form';
import { hasNextStep, OrderActions } from '../../components/order-actions';

export default function OrderDetailPage() {
  const { id = '', finish } = useRouter().params;
  const user = useSessionUser();
  const query = useReportQuery(id);
  const [finishing, setFinishing] = useState(finish === '1');

  usePullDownRefresh(() => {
    query.refetch().finally(() => Taro.stopPullDownRefresh());
  });

  if (query.isPending)
    return (
      <PageShell>
        <ListState variant='loading' />
      </PageShell>
    );
  if (query.isError) {
    return (
      <PageShell>
        <ListState variant='error' detail={errorMessage(query.error)} onRetry={() => query.refetch()} />
      </PageShell>
    );
  }
  const report = query.data;
  const canFinish = finishing && report.order.status === OrderStatus.InProgress && report.order.handlerId === user?.id;
  return (
    <PageShell className='order-detail-page'>
      <ReportDetailView report={report} />
      {canFinish ? <FinishForm orderId={report.order.id} onDone={() => setFinishing(false)} /> : null}
      {!canFinish && hasNextStep(report, user?.id ?? null) ? (
        <BottomBar>
          <OrderActions report={report} userId={user?.id ?? null} onFinish={() => setFinishing(true)} />
        </BottomBar>
      ) : null}
    </PageShell>
  );
}
