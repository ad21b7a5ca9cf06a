import { Text, View } from '@tarojs/components';
import { RIDER_PLATFORM_LABEL, type RiderApplicationSummary } from '@tongxin/types';

import { InfiniteList } from '@/components/InfiniteList';
import { useMyRiderApplicationsQuery } from '@/hooks/use-rider-applications-query';
import { formatDateTime } from '@/utils/format-date';
import { APPLICATION_STATUS_LABEL } from '@/utils/status-labels';

function ApplicationCard({ item }: { item: RiderApplicationSummary }) {
  return (
    <View className={`application-card application-card--${item.status}`}>
      <View className='application-card__head'>
        <Text className='application-card__community'>{item.communityName}</Text>
        <Text className={`status-tag status-tag--${item.status} application-card__status`}>
          {APPLICATION_STATUS_LABEL[item.status] ?? item.status}
        </Text>
      </View>
      <Text className='application-card__grids'>{item.grids.map((grid) => grid.name).join('、')}</Text>
      <Text className='application-card__meta'>
        {`${RIDER_PLATFORM_LABEL[item.platform] ?? item.platform} · ${formatDateTime(item.createdAt)}`}
      </Text>
      {item.reason ? <Text className='application-card__reason'>{`原因：${item.reason}`}</Text> : null}
    </View>
  );
}

export function MyApplications() {
  const query = useMyRiderApplicationsQuery();
  return (
    <View className='my-applications'>
      <Text className='page-shell__title'>我的申请</Text>
      <InfiniteList
        query={query}
        emptyText='还没有提交过申请'
        renderItem={(item) => <ApplicationCard key={item.id} item={item} />}
      />
    </View>
  );
}
