import './index.scss';

import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { EventDetail } from '@tongxin/types';
import { EVENT_TYPE_LABEL } from '@tongxin/types';

import { ListState } from '../../../../components/ListState';
import { PageShell } from '../../../../components/PageShell';
import { useEventQuery } from '../../../../hooks/use-events-query';
import { errorMessage } from '../../../../services/api-error';
import { formatEventTime } from '../../../../utils/format-date';

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <View className='event-detail__fact'>
      <Text className='event-detail__label'>{label}</Text>
      <Text className='event-detail__value'>{children}</Text>
    </View>
  );
}

function EventDetailView({ event }: { event: EventDetail }) {
  return (
    <View className='event-detail'>
      <Text className='event-detail__tag'>{EVENT_TYPE_LABEL[event.type] ?? '活动'}</Text>
      <Text className='event-detail__title'>{event.title}</Text>
      <View className='event-detail__facts'>
        <Fact label='时间'>{formatEventTime(event.startsAt, event.endsAt)}</Fact>
        <Fact label='地点'>{event.venue}</Fact>
        <Fact label='社区'>{event.placeName}</Fact>
        <Fact label='名额'>{`${event.capacity} 人`}</Fact>
        <View className='event-detail__fact'>
          <Text className='event-detail__label'>积分</Text>
          <Text className='event-detail__value event-detail__points'>{`参加可得 ${event.pointsReward} 积分`}</Text>
        </View>
      </View>
      <Text className='event-detail__description'>{event.description || '暂无活动介绍'}</Text>
    </View>
  );
}

function EventDetailContent({ id }: { id: string }) {
  const { data, error, isPending, isError, refetch } = useEventQuery(id);
  if (isPending) return <ListState variant='loading' />;
  if (isError) return <ListState variant='error' detail={errorMessage(error)} onRetry={() => refetch()} />;
  return <EventDetailView event={data} />;
}

export default function EventDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  return (
    <PageShell className='event-detail-page'>
      {id ? <EventDetailContent id={id} /> : <ListState variant='error' text='活动不存在' />}
    </PageShell>
  );
}
