import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, ErrorCode, type ListEventsQuery, type SignUpRequest } from '@tongxin/types';

import { isApiError } from '@/services/api-error';
import {
  cancelRegistration,
  cancelSeriesSignup,
  getEvent,
  getEventView,
  getTicket,
  listEvents,
  listMyRegistrations,
  rateEvent,
  signUp,
  signUpSeries,
} from '@/services/events';
import { cachedTicket, cacheTicket, forgetTicket } from '@/services/ticket-cache';
import { asParent } from '@/stores/acting-for';
import { nextPage } from '@/utils/paging';
import { isRetryable } from '@/utils/retry-action';

export type EventsFilter = Omit<ListEventsQuery, 'page' | 'pageSize'>;

/**
 * Query keys for events. Rule: a mutation that changes events (sign-up, cancel, create)
 * invalidates `eventKeys.all` in its onSuccess, so every list and detail refetches. With `onBehalfOf`, sign-ups and
 * 我的报名 are a parent's (亲情代办), keyed apart from one's own.
 */
export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (filter: EventsFilter) => [...eventKeys.lists(), filter] as const,
  details: () => [...eventKeys.all, 'detail'] as const,
  detail: (id: string) => [...eventKeys.details(), id] as const,
  view: (id: string) => [...eventKeys.all, 'view', id] as const,
  mine: (onBehalfOf?: string) => [...eventKeys.all, 'mine', onBehalfOf ?? 'self'] as const,
  ticket: (registrationId: string) => [...eventKeys.all, 'ticket', registrationId] as const,
};

/** Pages of 20 events; `fetchNextPage` loads the next page while `hasNextPage`. */
export function useEventsQuery(filter: EventsFilter) {
  return useInfiniteQuery({
    queryKey: eventKeys.list(filter),
    queryFn: ({ pageParam }) => listEvents({ ...filter, page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useEventQuery(id: string) {
  return useQuery({
    queryKey: eventKeys.detail(id),
    queryFn: () => getEvent(id),
    enabled: id.length > 0,
  });
}

/** The event with places left, the waiting list and the member's own sign-up. */
export function useEventViewQuery(id: string) {
  return useQuery({
    queryKey: eventKeys.view(id),
    queryFn: () => getEventView(id),
    enabled: id.length > 0,
  });
}

export function useMyRegistrationsQuery(enabled = true, onBehalfOf?: string) {
  return useInfiniteQuery({
    queryKey: eventKeys.mine(onBehalfOf),
    queryFn: ({ pageParam }) =>
      asParent(onBehalfOf, () => listMyRegistrations({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }, onBehalfOf)),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled,
  });
}

export function useSignUpMutation(eventId: string, onBehalfOf?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SignUpRequest) => asParent(onBehalfOf, () => signUp(eventId, body, onBehalfOf)),
    onSuccess: () => client.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

export function useCancelRegistrationMutation(onBehalfOf?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (registrationId: string) => asParent(onBehalfOf, () => cancelRegistration(registrationId, onBehalfOf)),
    onSuccess: (registration) => {
      forgetTicket(registration.id);
      return client.invalidateQueries({ queryKey: eventKeys.all });
    },
  });
}

/** 报名全部场次 of the series `seriesId`. */
export function useSeriesSignUpMutation(seriesId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SignUpRequest) => signUpSeries(seriesId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

export function useCancelSeriesSignupMutation(seriesId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => cancelSeriesSignup(seriesId),
    onSuccess: () => client.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

export function useRateEventMutation(eventId: string) {
  return useMutation({ mutationFn: (body: { rating: number; comment?: string }) => rateEvent(eventId, body) });
}

/**
 * A confirmed registration's ticket. Once loaded it is kept in storage: with no signal the cached
 * ticket is shown; a revoked ticket is forgotten.
 */
export function useTicketQuery(registrationId: string, enabled = true) {
  return useQuery({
    queryKey: eventKeys.ticket(registrationId),
    queryFn: async () => {
      try {
        const ticket = await getTicket(registrationId);
        cacheTicket(ticket);
        return ticket;
      } catch (error) {
        const cached = cachedTicket(registrationId);
        if (cached && isRetryable(error)) return cached;
        if (isApiError(error) && error.code === ErrorCode.TicketRevoked) forgetTicket(registrationId);
        throw error;
      }
    },
    initialData: () => cachedTicket(registrationId),
    enabled,
  });
}

/** The filter of the home tab; one constant so renders share one cache entry. */
export const UPCOMING_EVENTS: EventsFilter = { upcoming: true };
