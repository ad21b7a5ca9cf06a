import {
  ApiRoute,
  DEFAULT_PAGE_SIZE,
  type EventDetail,
  type EventSummary,
  type ListEventsQuery,
  type Page,
} from '@tongxin/types';

import { request } from './request';

export function listEvents(query: ListEventsQuery): Promise<Page<EventSummary>> {
  return request<Page<EventSummary>>(ApiRoute.Events, {
    query: {
      upcoming: query.upcoming,
      placeId: query.placeId,
      type: query.type,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE,
    },
  });
}

export function getEvent(id: string): Promise<EventDetail> {
  return request<EventDetail>(ApiRoute.Event(id));
}
