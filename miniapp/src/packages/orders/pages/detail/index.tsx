import '../../components/orders.scss';

import { useRouter } from '@tarojs/taro';
import { OrderStatus } from '@tongxin/types';
import { useState } from 'react';

import { BottomBar } from '@/components/BottomBar';
import { PageShell } from '@/components/PageShell';
import { ReportDetailView } from '@/components/ReportDetailView';
import { ReportQuery } from '@/components/ReportQuery';
import { useSessionUser } from '@/stores/session';

import { FinishForm } from '../../components/finish-form';
import { hasNextStep, OrderActions } from '../../components/order-actions';
import { FinishQueueBanner } from '../../offline/finish-queue-banner';

export default function OrderDetailPage() {
  const { id = '', finish } = useRouter().params;
  const user = useSessionUser();
  const [finishing, setFinishing] = useState(finish === '1');
  return (
    <ReportQuery id={id}>
      {(report) => {
        const canFinish =
          finishing && report.order.status === OrderStatus.InProgress && report.order.handlerId === user?.id;
        return (
          <PageShell className='order-detail-page'>
            <FinishQueueBanner orderId={report.order.id} />
            <ReportDetailView report={report} />
            {canFinish ? <FinishForm orderId={report.order.id} onDone={() => setFinishing(false)} /> : null}
            {!canFinish && hasNextStep(report, user?.id ?? null) ? (
              <BottomBar>
                <OrderActions report={report} userId={user?.id ?? null} onFinish={() => setFinishing(true)} />
              </BottomBar>
            ) : null}
          </PageShell>
        );
      }}
    </ReportQuery>
  );
}
