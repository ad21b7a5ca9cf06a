import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CreateEventRequest,
  type CreateEventSeriesRequest,
  DEFAULT_PAGE_SIZE,
  type EventMessageRequest,
  type ListManagedEventsQuery,
  type UpdateEventRequest,
  type UpdateFollowingSessionsRequest,
} from '@tongxin/types';

import {
  approveRegistration,
  cancelEvent,
  cancelFollowing,
  checkInManually,
  createEvent,
  createSeries,
  getRatings,
  getRoster,
  getSeries,
  listManagedEvents,
  listSeriesSessions,
  messageAttendees,
  publishEvent,
  publishSeries,
  rejectRegistration,
  undoCheckin,
  updateEvent,
  updateFollowing,
} from '@/services/organizer';
import { newIdempotencyKey } from '@/utils/idempotency-key';
import { nextPage } from '@/utils/paging';

import { eventKeys } from './use-events-query';

export type ManagedEventsFilter = Omit<ListManagedEventsQuery, 'page' | 'pageSize'>;

/**
 * Query keys for organizer views. Rule: an event mutation invalidates `eventKeys.all` (which covers
 * these keys); a check-in change invalidates the event's roster.
 */
export const organizerKeys = {
  managed: (filter: ManagedEventsFilter) => [...eventKeys.all, 'managed', filter] as const,
  roster: (eventId: string, q: string) => [...eventKeys.all, 'roster', eventId, q] as const,
  rosters: (eventId: string) => [...eventKeys.all, 'roster', eventId] as const,
  ratings: (eventId: string) => [...eventKeys.all, 'ratings', eventId] as const,
  series: (seriesId: string) => [...eventKeys.all, 'series', seriesId] as const,
  seriesSessions: (seriesId: string) => [...eventKeys.all, 'series', seriesId, 'sessions'] as const,
};

/** The organizer's own list, any status, in pages of 20; `fetchNextPage` loads the next page. */
export function useManagedEventsQuery(filter: ManagedEventsFilter) {
  return useInfiniteQuery({
    queryKey: organizerKeys.managed(filter),
    queryFn: ({ pageParam }) => listManagedEvents({ ...filter, page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useRosterQuery(eventId: string, q: string) {
  return useQuery({ queryKey: organizerKeys.roster(eventId, q), queryFn: () => getRoster(eventId, q) });
}

export function useRatingsQuery(eventId: string) {
  return useQuery({ queryKey: organizerKeys.ratings(eventId), queryFn: () => getRatings(eventId) });
}

function useEventMutation<TArg, TResult>(fn: (arg: TArg) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: eventKeys.all }) });
}

export function useCreateEventMutation() {
  return useEventMutation((body: CreateEventRequest) => createEvent(body));
}

export function useUpdateEventMutation(eventId: string) {
  return useEventMutation((body: UpdateEventRequest) => updateEvent(eventId, body));
}

export function usePublishEventMutation(eventId: string) {
  return useEventMutation(() => publishEvent(eventId));
}

export function useCancelEventMutation(eventId: string) {
  return useEventMutation(() => cancelEvent(eventId));
}

export function useApproveMutation(eventId: string) {
  return useEventMutation((registrationId: string) => approveRegistration(eventId, registrationId));
}

export function useRejectMutation(eventId: string) {
  return useEventMutation((registrationId: string) => rejectRegistration(eventId, registrationId));
}

/** A message changes no cached view: nothing to invalidate. */
export function useMessageAttendeesMutation(eventId: string) {
  return useMutation({ mutationFn: (body: EventMessageRequest) => messageAttendees(eventId, body) });
}

/** 手动签到 for a member without a phone; a fresh nonce per tap. */
export function useManualCheckinMutation(eventId: string) {
  return useEventMutation((registrationId: string) =>
    checkInManually(eventId, { registrationId, nonce: newIdempotencyKey() }),
  );
}

export function useUndoCheckinMutation(eventId: string) {
  return useEventMutation((checkinId: string) => undoCheckin(eventId, checkinId));
}

export function useSeriesQuery(seriesId: string) {
  return useQuery({
    queryKey: organizerKeys.series(seriesId),
    queryFn: () => getSeries(seriesId),
    enabled: seriesId.length > 0,
  });
}

/** A series' sessions in order, in pages of 20. */
export function useSeriesSessionsQuery(seriesId: string) {
  return useInfiniteQuery({
    queryKey: organizerKeys.seriesSessions(seriesId),
    queryFn: ({ pageParam }) => listSeriesSessions(seriesId, { page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled: seriesId.length > 0,
  });
}

export function useCreateSeriesMutation() {
  return useEventMutation((body: CreateEventSeriesRequest) => createSeries(body));
}

export function usePublishSeriesMutation(seriesId: string) {
  return useEventMutation(() => publishSeries(seriesId));
}

export function useUpdateFollowingMutation(eventId: string) {
  return useEventMutation((body: UpdateFollowingSessionsRequest) => updateFollowing(eventId, body));
}

export function useCancelFollowingMutation(eventId: string) {
  return useEventMutation(() => cancelFollowing(eventId));
}
