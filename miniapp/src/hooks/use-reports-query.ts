import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CreateCategoryRequest,
  type CreateReportRequest,
  DEFAULT_PAGE_SIZE,
  type NearbyQuery,
  type UpdateCategoryRequest,
} from '@tongxin/types';

import {
  createCategory,
  createReport,
  getReport,
  listCategories,
  listMyReports,
  listNearby,
  meToo,
  updateCategory,
} from '@/services/reports';
import { asParent } from '@/stores/acting-for';
import { nextPage } from '@/utils/paging';

/**
 * Reports. Rule: filing a report or "me too" invalidates `reportKeys.all` (我的上报, nearby);
 * an order action invalidates `reportKeys.all` and `orderKeys.all` (see use-orders-query).
 * Category edits invalidate `reportKeys.categories`. 我的上报 is keyed by whose it is (oneself, or a parent acted for).
 */
export const reportKeys = {
  all: ['reports'] as const,
  mine: (onBehalfOf?: string) => [...reportKeys.all, 'mine', onBehalfOf ?? 'self'] as const,
  detail: (id: string) => [...reportKeys.all, 'detail', id] as const,
  nearby: (query: NearbyQuery) => [...reportKeys.all, 'nearby', query] as const,
  categories: (communityId: string, includeInactive: boolean) =>
    ['report-categories', communityId, includeInactive] as const,
};

export function useCategoriesQuery(communityId: string | null, includeInactive = false) {
  return useQuery({
    queryKey: reportKeys.categories(communityId ?? '', includeInactive),
    queryFn: () => listCategories(communityId ?? '', includeInactive),
    enabled: communityId !== null,
    staleTime: includeInactive ? 0 : 5 * 60_000,
  });
}

/** 我的上报; with `onBehalfOf`, the parent's (亲情代办). */
export function useMyReportsQuery(enabled = true, onBehalfOf?: string) {
  return useInfiniteQuery({
    queryKey: reportKeys.mine(onBehalfOf),
    queryFn: ({ pageParam }) =>
      asParent(onBehalfOf, () => listMyReports({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }, onBehalfOf)),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled,
  });
}

export function useReportQuery(id: string) {
  return useQuery({ queryKey: reportKeys.detail(id), queryFn: () => getReport(id), enabled: id !== '' });
}

export function useNearbyQuery(query: NearbyQuery | null) {
  return useQuery({
    queryKey: reportKeys.nearby(query ?? { categoryId: '' }),
    queryFn: () => listNearby(query ?? { categoryId: '' }),
    enabled: query !== null,
  });
}

/** Files a report or need; with `onBehalfOf`, for the parent (亲情代办). */
export function useCreateReportMutation(onBehalfOf?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReportRequest) => asParent(onBehalfOf, () => createReport(body, onBehalfOf)),
    onSuccess: () => client.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export function useMeTooMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: meToo,
    onSuccess: () => client.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export type SaveCategoryInput = { id: string; update: UpdateCategoryRequest } | { create: CreateCategoryRequest };

export function useSaveCategoryMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveCategoryInput) =>
      'update' in input ? updateCategory(input.id, input.update) : createCategory(input.create),
    onSuccess: () => client.invalidateQueries({ queryKey: ['report-categories'] }),
  });
}
