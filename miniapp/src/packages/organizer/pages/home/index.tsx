import '../../../../styles/form.scss';
import '../../components/organizer.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { EventSummary } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '../../../../components/ChoiceChips';
import { InfiniteList } from '../../../../components/InfiniteList';
import { ListState } from '../../../../components/ListState';
import { PageShell } from '../../../../components/PageShell';
import { useEventsQuery } from '../../../../hooks/use-events-query';
import { PagePath } from '../../../../routes';
import { useSessionUser } from '../../../../stores/session';
import { formatEventTime } from '../../../../utils/format-date';
import { organizerPlaces } from '../../components/organizer-places';

function ManagedEvent({ event }: { event: EventSummary }) {
  return (
    <View
      className='organizer-card managed-event'
      onClick={() => Taro.navigateTo({ url: PagePath.OrganizerManage(event.id) })}
    >
      <Text className='organizer-card__title'>{event.title}</Text>
      <Text className='organizer-card__meta'>{formatEventTime(event.startsAt, event.endsAt)}</Text>
      <Text className='organizer-card__meta'>
        {event.venue} · {event.capacity} 人
      </Text>
    </View>
  );
}

function PlaceEvents({ placeId }: { placeId: string }) {
  const query = useEventsQuery({ upcoming: true, placeId });
  return (
    <InfiniteList<EventSummary>
      query={query}
      emptyText='暂无进行中的活动'
      renderItem={(event) => <ManagedEvent key={event.id} event={event} />}
    />
  );
}

export default function OrganizerHomePage() {
  const places = organizerPlaces(useSessionUser());
  const [placeId, setPlaceId] = useState(places[0]?.placeId ?? '');
  return (
    <PageShell className='organizer-home-page'>
      <View className='organizer-actions'>
        <Button
          className='form-submit organizer-home__create'
          type='primary'
          block
          onClick={() => Taro.navigateTo({ url: PagePath.OrganizerEdit() })}
        >
          + 新建活动
        </Button>
        <Text className='form-hint'>新建的活动先存为草稿，在活动管理页发布后居民才能报名</Text>
      </View>
      {places.length > 1 ? (
        <ChoiceChips
          options={places.map((p) => ({ value: p.placeId, label: p.placeName }))}
          selected={[placeId]}
          onChange={([v]) => v && setPlaceId(v)}
        />
      ) : null}
      <Text className='page-shell__title'>已发布的活动</Text>
      {placeId ? <PlaceEvents placeId={placeId} /> : <ListState variant='empty' text='你还没有可以组织活动的社区' />}
    </PageShell>
  );
}
