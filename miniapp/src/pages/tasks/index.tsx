import './index.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { ReportView } from '@tongxin/types';

import { ActingBanner } from '@/components/ActingBanner';
import { InfiniteList } from '@/components/InfiniteList';
import { PageShell } from '@/components/PageShell';
import { ReportCard } from '@/components/ReportCard';
import { useMyReportsQuery } from '@/hooks/use-reports-query';
import { useUnreadTabBadge } from '@/hooks/use-unread-tab-badge';
import { PagePath } from '@/routes';
import { useActingFor } from '@/stores/acting-for';
import { useSessionUser } from '@/stores/session';

import { TaskEntries } from './task-entries';

/** 我的上报; while acting for a parent (亲情代办), the parent's. */
function MyReports() {
  const acting = useActingFor();
  const query = useMyReportsQuery(true, acting?.parentId);
  // A report filed, or handled by someone else, since the tab was last shown.
  useDidShow(() => {
    if (!query.isFetching) query.refetch();
  });
  return (
    <View className='my-reports'>
      <Text className='page-shell__title'>{acting ? `${acting.parentName}的上报` : '我的上报'}</Text>
      <InfiniteList<ReportView>
        query={query}
        emptyText={acting ? `${acting.parentName}还没有上报` : '还没有上报，看到问题随手拍一张吧'}
        renderItem={(report) => (
          <ReportCard
            key={report.id}
            report={report}
            onOpen={() => Taro.navigateTo({ url: PagePath.ReportDetail(report.id) })}
          />
        )}
      />
    </View>
  );
}

export default function TasksPage() {
  useUnreadTabBadge();
  const user = useSessionUser();
  return (
    <PageShell className='tasks-page'>
      {user ? <ActingBanner /> : null}
      <TaskEntries user={user} />
      {user ? (
        <MyReports />
      ) : (
        <View className='tasks-login'>
          <Text className='tasks-login__text'>登录后可以上报问题、查看处理进度</Text>
          <Button
            className='tasks-login__button'
            type='primary'
            block
            onClick={() => Taro.navigateTo({ url: PagePath.Login })}
          >
            登录
          </Button>
        </View>
      )}
    </PageShell>
  );
}
