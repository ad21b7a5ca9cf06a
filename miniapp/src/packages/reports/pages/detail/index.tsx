import '../../components/reports.scss';

import { useRouter } from '@tarojs/taro';
import { OrderStatus } from '@tongxin/types';

import { PageShell } from '@/components/PageShell';
import { ReportDetailView } from '@/components/ReportDetailView';
import { ReportQuery } from '@/components/ReportQuery';
import { useActingFor } from '@/stores/acting-for';

import { ActingReportDetail } from '../../components/acting-report';
import { ConfirmBar } from '../../components/confirm-bar';

export default function ReportDetailPage() {
  const id = useRouter().params.id ?? '';
  const acting = useActingFor();
  if (acting) return <ActingReportDetail id={id} acting={acting} />;
  return (
    <ReportQuery id={id}>
      {(report) => (
        <PageShell className='report-detail-page'>
          <ReportDetailView report={report} />
          {report.isMine && report.order.status === OrderStatus.Done ? <ConfirmBar orderId={report.order.id} /> : null}
        </PageShell>
      )}
    </ReportQuery>
  );
}
