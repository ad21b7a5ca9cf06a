import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { OrderStatus, type ReportView } from '@tongxin/types';

import { ActingBanner } from '@/components/ActingBanner';
import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { ReportCard } from '@/components/ReportCard';
import { useFindInPages } from '@/hooks/use-find-in-pages';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { useMyReportsQuery } from '@/hooks/use-reports-query';
import { errorMessage } from '@/services/api-error';
import type { ActingFor } from '@/stores/acting-for';

import { ConfirmBar } from './confirm-bar';

/**
 * A parent's report while a family member acts for them (亲情代办). The API opens a report's own page only to those
 * involved, and not on the parent's behalf; the parent's 我的上报 is, so the report is read from there: its state, and
 * 确认解决 / 没有解决 sent for the parent. The step-by-step history stays on the parent's own phone.
 */
export function ActingReportDetail({ id, acting }: { id: string; acting: ActingFor }) {
  const query = useMyReportsQuery(true, acting.parentId);
  useRefreshOnPull(query);
  const { found, searching } = useFindInPages<ReportView>(query, (report) => report.id === id);
  let body;
  if (query.isError && !found) {
    body = <ListState variant='error' detail={errorMessage(query.error)} onRetry={() => query.refetch()} />;
  } else if (!found) {
    body = searching ? (
      <ListState variant='loading' />
    ) : (
      <ListState variant='empty' text={`${acting.parentName}的上报里没有这一条`} />
    );
  } else {
    body = (
      <View className='acting-report'>
        <Text className='page-shell__title'>{`${acting.parentName}的上报`}</Text>
        <ReportCard report={found} />
        <Text className='form-hint acting-report__note'>
          处理经过的每一步记录，在{acting.parentName}自己的手机上可以查看
        </Text>
        {found.isMine && found.order.status === OrderStatus.Done ? (
          <ConfirmBar orderId={found.order.id} onBehalfOf={acting.parentId} />
        ) : null}
      </View>
    );
  }
  return (
    <PageShell className='report-detail-page report-detail-page--acting'>
      <ActingBanner onExit={() => Taro.navigateBack()} />
      {body}
    </PageShell>
  );
}
