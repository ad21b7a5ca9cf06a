import '../../components/reports.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { REPORT_KIND_LABEL, ReportKind } from '@tongxin/types';

import { ActingBanner } from '@/components/ActingBanner';
import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { useMyCommunity } from '@/hooks/use-my-community';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';
import { useActingFor } from '@/stores/acting-for';
import { useSessionUser } from '@/stores/session';

import { ActingReportForm } from '../../components/acting-report-form';
import { ReportForm } from '../../components/report-form';

export default function NewReportPage() {
  const kind = useRouter().params.kind === ReportKind.Need ? ReportKind.Need : ReportKind.Report;
  const user = useSessionUser();
  const acting = useActingFor();
  const community = useMyCommunity(user !== null && !acting);
  let body;
  if (!user) {
    body = (
      <View className='report-gate'>
        <Text className='report-gate__text'>登录后才能上报</Text>
        <Button className='big-action' type='primary' onClick={() => Taro.navigateTo({ url: PagePath.Login })}>
          去登录
        </Button>
      </View>
    );
  } else if (acting) {
    body = <ActingReportForm kind={kind} acting={acting} />;
  } else if (community.isPending) {
    body = <ListState variant='loading' />;
  } else if (community.error) {
    body = <ListState variant='error' detail={errorMessage(community.error)} onRetry={() => community.refetch()} />;
  } else if (!community.data) {
    body = (
      <View className='report-gate'>
        <Text className='report-gate__text'>请先认证住址，上报会送到您所在的网格</Text>
        <Button className='big-action' type='primary' onClick={() => Taro.navigateTo({ url: PagePath.Profile })}>
          去认证住址
        </Button>
      </View>
    );
  } else {
    const { communityId, communityName, gridId } = community.data;
    body = <ReportForm kind={kind} community={{ id: communityId, name: communityName, gridId }} />;
  }
  return (
    <PageShell className='new-report-page'>
      <ActingBanner />
      <Text className='page-shell__title'>{REPORT_KIND_LABEL[kind]}</Text>
      {body}
    </PageShell>
  );
}
