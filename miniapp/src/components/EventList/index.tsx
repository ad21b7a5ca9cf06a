import { View } from '@tarojs/components';
import Taro, { useReachBottom } from '@tarojs/taro';
import type { EventSummary } from '@tongxin/types';

import { type EventsFilter, useEventsQuery } from '../../hooks/use-events-query';
import { useRefreshOnPull } from '../../hooks/use-refresh-on-pull';
import { PagePath } from '../../routes';
import { errorMessage } from '../../services/api-error';
import { EventCard } from '../EventCard';
import { ListState } from '../ListState';

interface EventListProps {
  filter: EventsFilter;
}

function openEvent(event: EventSummary): void {
  Taro.navigateTo({ url: PagePath.EventDetail(event.id) });
}

/**
 * Events in pages of 20, driven by the page's pull-down-refresh and reach-bottom events
 * (the page config must set enablePullDownRefresh).
 */
export function EventList({ filter }: EventListProps) {
  const query = useEventsQuery(filter);
  const { data, error, hasNextPage, isFetchingNextPage, isFetchNextPageError, isPending, isError } = query;

  useRefreshOnPull(query);

  useReachBottom(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) query.fetchNextPage();
  });

  if (isPending) return <ListState variant='loading' />;
  if (isError && !isFetchNextPageError) {
    return <ListState variant='error' detail={errorMessage(error)} onRetry={() => query.refetch()} />;
  }

  const events = data?.pages.flatMap((page) => page.items) ?? [];
  if (events.length === 0) return <ListState variant='empty' />;

  return (
    <View className='event-list'>
      {events.map((event) => (
        <EventCard key={event.id} event={event} onOpen={openEvent} />
      ))}
      {isFetchingNextPage ? <ListState variant='loading' text='正在加载更多…' /> : null}
      {isFetchNextPageError ? (
        <ListState variant='error' detail={errorMessage(error)} onRetry={() => query.fetchNextPage()} />
      ) : null}
      {!hasNextPage && !isFetchingNextPage ? <ListState variant='end' /> : null}
    </View>
  );
}
