import Taro from '@tarojs/taro';
import type { EventSummary } from '@tongxin/types';

import { EventCard } from '@/components/EventCard';
import { InfiniteList } from '@/components/InfiniteList';
import { type EventsFilter, useEventsQuery } from '@/hooks/use-events-query';
import { PagePath } from '@/routes';

interface EventListProps {
  filter: EventsFilter;
}

function openEvent(event: EventSummary): void {
  Taro.navigateTo({ url: PagePath.EventDetail(event.id) });
}

/** Events as cards in an InfiniteList (the page config must set enablePullDownRefresh). */
export function EventList({ filter }: EventListProps) {
  const query = useEventsQuery(filter);
  return (
    <InfiniteList
      query={query}
      className='event-list'
      emptyText='暂无活动'
      renderItem={(event) => <EventCard key={event.id} event={event} onOpen={openEvent} />}
    />
  );
}
