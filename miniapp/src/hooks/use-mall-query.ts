import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreateMallItemRequest, DEFAULT_PAGE_SIZE, type UpdateMallItemRequest } from '@tongxin/types';

import {
  cancelRedemption,
  collectRedemption,
  createMallItem,
  listMallItems,
  listManagedItems,
  listMyRedemptions,
  redeemItem,
  updateMallItem,
} from '@/services/mall';
import { nextPage } from '@/utils/paging';

import { pointsKeys } from './use-points-query';

/**
 * The points mall. Rule: every mutation invalidates `mallKeys.all`; redeeming and cancelling move
 * points, so they invalidate `pointsKeys.all` too.
 */
export const mallKeys = {
  all: ['mall'] as const,
  items: (communityId: string) => [...mallKeys.all, 'items', communityId] as const,
  managed: (communityId: string) => [...mallKeys.all, 'managed', communityId] as const,
  mine: () => [...mallKeys.all, 'mine'] as const,
};

export function useMallItemsQuery(communityId: string | null) {
  return useInfiniteQuery({
    queryKey: mallKeys.items(communityId ?? ''),
    queryFn: ({ pageParam }) =>
      listMallItems({ communityId: communityId ?? '', page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled: communityId !== null,
  });
}

export function useManagedItemsQuery(communityId: string | null) {
  return useInfiniteQuery({
    queryKey: mallKeys.managed(communityId ?? ''),
    queryFn: ({ pageParam }) =>
      listManagedItems({ communityId: communityId ?? '', page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled: communityId !== null,
  });
}

export function useMyRedemptionsQuery() {
  return useInfiniteQuery({
    queryKey: mallKeys.mine(),
    queryFn: ({ pageParam }) => listMyRedemptions({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

function useInvalidateMallAndPoints() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: mallKeys.all }),
      client.invalidateQueries({ queryKey: pointsKeys.all }),
    ]);
}

export function useRedeemMutation() {
  const invalidate = useInvalidateMallAndPoints();
  return useMutation({
    mutationFn: ({ itemId, key }: { itemId: string; key: string }) => redeemItem(itemId, key),
    onSuccess: invalidate,
  });
}

export function useCancelRedemptionMutation() {
  const invalidate = useInvalidateMallAndPoints();
  return useMutation({ mutationFn: (id: string) => cancelRedemption(id), onSuccess: invalidate });
}

export function useCollectRedemptionMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (pickupCode: string) => collectRedemption(pickupCode),
    onSuccess: () => client.invalidateQueries({ queryKey: mallKeys.all }),
  });
}

export function useCreateMallItemMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMallItemRequest) => createMallItem(body),
    onSuccess: () => client.invalidateQueries({ queryKey: mallKeys.all }),
  });
}

export function useUpdateMallItemMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateMallItemRequest }) => updateMallItem(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: mallKeys.all }),
  });
}
