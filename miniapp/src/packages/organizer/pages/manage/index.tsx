import '@/styles/form.scss';
import '../../components/organizer.scss';
import '../../components/series.scss';

import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { EVENT_STATUS_LABEL, EVENT_TYPE_LABEL } from '@tongxin/types';

import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { useEventViewQuery } from '@/hooks/use-events-query';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';
import { formatEventTime } from '@/utils/format-date';

import { EventActions } from '../../components/event-actions';
import { RatingsSummary } from '../../components/ratings-summary';
import { SeriesSessionActions } from '../../components/series-session-actions';

function ManageEvent({ id }: { id: string }) {
  const event = useEventViewQuery(id);
  useDidShow(() => {
    if (!event.isPending && !event.isFetching) event.refetch();
  });
  if (event.isPending) return <ListState variant='loading' />;
  if (event.isError)
    return <ListState variant='error' detail={errorMessage(event.error)} onRetry={() => event.refetch()} />;
  const e = event.data;
  return (
    <>
      <View className='organizer-card manage-event'>
        <Text className={`status-chip manage-event__status manage-event__status--${e.status}`}>
          {EVENT_STATUS_LABEL[e.status]}
        </Text>
        <Text className='organizer-card__title manage-event__title'>{e.title}</Text>
        {e.series ? (
          <Text
            className='series-link manage-event__series'
            onClick={() => Taro.navigateTo({ url: PagePath.OrganizerSeries(e.series!.id) })}
          >
            {`系列活动 第 ${e.series.index}/${e.series.total} 场 · 查看全部场次 ›`}
          </Text>
        ) : null}
        <Text className='organizer-card__meta'>
          {EVENT_TYPE_LABEL[e.type]} · {formatEventTime(e.startsAt, e.endsAt)}
        </Text>
        <Text className='organizer-card__meta'>{e.venue}</Text>
        <Text className='organizer-card__meta manage-event__counts'>
          已报名 {e.confirmedCount}/{e.capacity}
          {e.waitingCount > 0 ? ` · 候补 ${e.waitingCount}` : ''}
        </Text>
      </View>
      <EventActions event={e} />
      <SeriesSessionActions event={e} />
      {e.status === 'published' ? <RatingsSummary eventId={e.id} /> : null}
    </>
  );
}

export default function OrganizerManagePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  return (
    <PageShell className='organizer-manage-page'>
      {id ? <ManageEvent id={id} /> : <ListState variant='error' text='活动不存在' />}
    </PageShell>
  );
}
