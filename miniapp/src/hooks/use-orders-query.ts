import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, type OrderActionName, type OrderStatus } from '@tongxin/types';
import { useState } from 'react';

import {
  getMyMonth,
  listFollowUps,
  listGridMembers,
  listHall,
  listMyOrders,
  listQueue,
  markFollowUpDone,
  orderAction,
  type OrderActionBody,
} from '@/services/orders';
import { asParent } from '@/stores/acting-for';
import { newIdempotencyKey } from '@/utils/idempotency-key';
import { nextPage } from '@/utils/paging';
import { withRetries } from '@/utils/retry-action';

import { reportKeys } from './use-reports-query';

/**
 * Grid orders. Rule: every order action invalidates `orderKeys.all` and `reportKeys.all`, so the
 * hall, 我的工单, the queue and the report pages refetch. Follow-ups invalidate `orderKeys.followUps`.
 */
export const orderKeys = {
  all: ['orders'] as const,
  hall: (lng?: number, lat?: number) => [...orderKeys.all, 'hall', lng ?? null, lat ?? null] as const,
  mine: () => [...orderKeys.all, 'mine'] as const,
  month: () => [...orderKeys.all, 'month'] as const,
  queue: (status: OrderStatus | null) => [...orderKeys.all, 'queue', status ?? 'all'] as const,
  followUps: () => [...orderKeys.all, 'follow-ups'] as const,
  gridMembers: (gridId: string) => ['members', 'grid', gridId] as const,
};

export function useHallQuery(location: { lng: number; lat: number } | null, enabled = true) {
  return useInfiniteQuery({
    queryKey: orderKeys.hall(location?.lng, location?.lat),
    queryFn: ({ pageParam }) =>
      listHall({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE, lng: location?.lng, lat: location?.lat }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled,
  });
}

/** 我的本月 (refetched with every order action, since `orderKeys.all` covers it). */
export function useMyMonthQuery() {
  return useQuery({ queryKey: orderKeys.month(), queryFn: getMyMonth });
}

export function useMyOrdersQuery() {
  return useInfiniteQuery({
    queryKey: orderKeys.mine(),
    queryFn: ({ pageParam }) => listMyOrders({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useQueueQuery(status: OrderStatus | null) {
  return useInfiniteQuery({
    queryKey: orderKeys.queue(status),
    queryFn: ({ pageParam }) =>
      listQueue({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE, status: status ?? undefined }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useFollowUpsQuery() {
  return useInfiniteQuery({
    queryKey: orderKeys.followUps(),
    queryFn: ({ pageParam }) => listFollowUps({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useGridMembersQuery(gridId: string) {
  return useInfiniteQuery({
    queryKey: orderKeys.gridMembers(gridId),
    queryFn: ({ pageParam }) => listGridMembers(gridId, { page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useFollowUpDoneMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markFollowUpDone,
    onSuccess: () => client.invalidateQueries({ queryKey: orderKeys.followUps() }),
  });
}

export interface OrderActionInput {
  orderId: string;
  action: OrderActionName;
  body?: OrderActionBody;
  /** Made by the caller when it must outlive this mutation (a finish queued offline after a drop). */
  idempotencyKey?: string;
}

/**
 * One order action with its own Idempotency-Key, resent unchanged after a network drop or timeout
 * (the API answers a repeat with the current state). `retryAttempt` > 0 while 重试中. With `onBehalfOf`, a parent's
 * confirm or not-fixed (亲情代办).
 */
export function useOrderActionMutation(onBehalfOf?: string) {
  const client = useQueryClient();
  const [retryAttempt, setRetryAttempt] = useState(0);
  const mutation = useMutation({
    mutationFn: ({ orderId, action, body, idempotencyKey }: OrderActionInput) => {
      const key = idempotencyKey ?? newIdempotencyKey();
      return asParent(onBehalfOf, () =>
        withRetries(() => orderAction(orderId, action, body, key, onBehalfOf), setRetryAttempt),
      );
    },
    onSettled: () => setRetryAttempt(0),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: orderKeys.all }),
        client.invalidateQueries({ queryKey: reportKeys.all }),
      ]),
  });
  return { ...mutation, retryAttempt };
}
