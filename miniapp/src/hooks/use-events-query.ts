import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, type ListEventsQuery } from '@tongxin/types';

import { getEvent, listEvents } from '../services/events';

export type EventsFilter = Omit<ListEventsQuery, 'page' | 'pageSize'>;

/**
 * Query keys for events. Rule: a mutation that changes events (sign-up, cancel, create)
 * invalidates `eventKeys.all` in its onSuccess, so every list and detail refetches.
 */
export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (filter: EventsFilter) => [...eventKeys.lists(), filter] as const,
  details: () => [...eventKeys.all, 'detail'] as const,
  detail: (id: string) => [...eventKeys.details(), id] as const,
};

/** Pages of 20 events; `fetchNextPage` loads the next page while `hasNextPage`. */
export function useEventsQuery(filter: EventsFilter) {
  return useInfiniteQuery({
    queryKey: eventKeys.list(filter),
    queryFn: ({ pageParam }) => listEvents({ ...filter, page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: (lastPage) => (lastPage.hasMore ? lastPage.page + 1 : undefined),
  });
}

export function useEventQuery(id: string) {
  return useQuery({
    queryKey: eventKeys.detail(id),
    queryFn: () => getEvent(id),
    enabled: id.length > 0,
  });
}

/** The filter of the home and 活动 tabs; one constant so both share one cache entry. */
export const UPCOMING_EVENTS: EventsFilter = { upcoming: true };
