import '@/styles/form.scss';
import '../../components/organizer.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { EVENT_STATUS_LABEL, EventStatus, type ManagedEventSummary } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { InfiniteList } from '@/components/InfiniteList';
import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { useManagedEventsQuery } from '@/hooks/use-organizer-query';
import { PagePath } from '@/routes';
import { useSessionUser } from '@/stores/session';

import { ManagedEvent } from '../../components/managed-event';
import { organizerPlaces } from '../../components/organizer-places';

const ALL = 'all';
const STATUS_OPTIONS = [
  { value: ALL, label: '全部' },
  ...Object.values(EventStatus).map((status) => ({ value: status, label: EVENT_STATUS_LABEL[status] })),
];

function isEventStatus(value: string): value is EventStatus {
  return (Object.values(EventStatus) as string[]).includes(value);
}

function ManagedEvents({ placeId }: { placeId: string }) {
  const [status, setStatus] = useState<EventStatus | typeof ALL>(ALL);
  const query = useManagedEventsQuery({ placeId, status: status === ALL ? undefined : status });
  return (
    <>
      <ChoiceChips
        className='managed-events__filter'
        options={STATUS_OPTIONS}
        selected={[status]}
        onChange={([v]) => v && setStatus(isEventStatus(v) ? v : ALL)}
      />
      <InfiniteList<ManagedEventSummary>
        className='managed-events'
        query={query}
        emptyText='还没有活动，点上方按钮新建'
        renderItem={(event) => <ManagedEvent key={event.id} event={event} />}
      />
    </>
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
      <Text className='page-shell__title'>我管理的活动</Text>
      {placeId ? <ManagedEvents placeId={placeId} /> : <ListState variant='empty' text='你还没有可以组织活动的社区' />}
    </PageShell>
  );
}
