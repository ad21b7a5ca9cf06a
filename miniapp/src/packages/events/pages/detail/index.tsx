import '@/styles/form.scss';
import './index.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { EVENT_TYPE_LABEL, type EventView, type MeSummary, PlaceLevel, Role } from '@tongxin/types';

import { ActingBanner } from '@/components/ActingBanner';
import { FlagButton } from '@/components/FlagButton';
import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { useEventViewQuery } from '@/hooks/use-events-query';
import { useShare } from '@/hooks/use-share';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';
import { useSessionUser } from '@/stores/session';
import { formatEventTime } from '@/utils/format-date';

import { SignupPanel } from '../../components/signup-panel';

const ORGANIZER_ROLES: readonly Role[] = [Role.Organizer, Role.CommunityStaff, Role.StreetAdmin];

/** Organizers and staff on the event's place (or a street admin above it); the API has the last word. */
function canManage(user: MeSummary | null, event: EventView): boolean {
  return (
    user?.roles.some(
      (grant) =>
        ORGANIZER_ROLES.includes(grant.role) &&
        (grant.placeId === event.placeId || grant.placeLevel === PlaceLevel.Street),
    ) ?? false
  );
}

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <View className='event-detail__fact'>
      <Text className='event-detail__label'>{label}</Text>
      <Text className='event-detail__value'>{children}</Text>
    </View>
  );
}

function EventDetailView({ event }: { event: EventView }) {
  return (
    <View className='event-detail'>
      <Text className='event-detail__tag'>{EVENT_TYPE_LABEL[event.type] ?? '活动'}</Text>
      <Text className='event-detail__title'>{event.title}</Text>
      <View className='event-detail__facts'>
        {event.series ? <Fact label='系列'>{`系列活动 第 ${event.series.index}/${event.series.total} 场`}</Fact> : null}
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
  const user = useSessionUser();
  const { data, error, isPending, isError, isFetching, refetch } = useEventViewQuery(id);
  // Places and the waiting list move while the member looks elsewhere.
  useDidShow(() => {
    if (!isPending && !isFetching) refetch();
  });
  if (isPending) return <ListState variant='loading' />;
  if (isError) return <ListState variant='error' detail={errorMessage(error)} onRetry={() => refetch()} />;
  return (
    <>
      <EventDetailView event={data} />
      <SignupPanel event={data} />
      {/* Those who manage the event wrote it (or answer for it): they edit it rather than flag it. */}
      <FlagButton
        className='event-detail__flag'
        kind='event'
        id={data.id}
        mine={canManage(user, data)}
        subject='这个活动'
      />
      {canManage(user, data) ? (
        <Button
          className='form-submit event-detail__manage'
          block
          fill='outline'
          onClick={() => Taro.navigateTo({ url: PagePath.OrganizerManage(data.id) })}
        >
          活动管理（签到、名单）
        </Button>
      ) : null}
    </>
  );
}

export default function EventDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { data } = useEventViewQuery(id);
  useShare(() => ({
    title: data?.title ?? '社区活动',
    path: PagePath.EventDetail(id),
    imageUrl: data?.coverUrl,
  }));
  return (
    <PageShell className='event-detail-page'>
      <ActingBanner />
      {id ? <EventDetailContent id={id} /> : <ListState variant='error' text='活动不存在' />}
    </PageShell>
  );
}
