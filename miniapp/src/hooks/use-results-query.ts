import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE } from '@tongxin/types';

import { getGridWeekly, getResultsBoard, listResultsFixed } from '@/services/figures';
import { nextPage } from '@/utils/paging';

/**
 * 办实事公开 and 网格周报, read by any member. Rule: nothing in the mini-app writes them (they follow the orders and
 * events), so no mutation invalidates `resultsKeys.all`; pull-to-refresh refetches.
 */
export const resultsKeys = {
  all: ['results'] as const,
  board: (communityId: string) => [...resultsKeys.all, 'board', communityId] as const,
  fixed: (communityId: string) => [...resultsKeys.all, 'fixed', communityId] as const,
  weekly: (gridId: string, monday: string) => [...resultsKeys.all, 'weekly', gridId, monday] as const,
};

const STALE_MS = 5 * 60_000;

export function useResultsBoardQuery(communityId: string | null) {
  return useQuery({
    queryKey: resultsKeys.board(communityId ?? ''),
    queryFn: () => getResultsBoard(communityId ?? ''),
    enabled: communityId !== null,
    staleTime: STALE_MS,
  });
}

/** The community's fixed problems and served needs, newest first, in pages of 20. */
export function useResultsFixedQuery(communityId: string | null) {
  return useInfiniteQuery({
    queryKey: resultsKeys.fixed(communityId ?? ''),
    queryFn: ({ pageParam }) => listResultsFixed(communityId ?? '', { page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled: communityId !== null,
    staleTime: STALE_MS,
  });
}

/** The grid's 网格周报 for the week starting on `monday`. */
export function useGridWeeklyQuery(gridId: string | null, monday: string) {
  return useQuery({
    queryKey: resultsKeys.weekly(gridId ?? '', monday),
    queryFn: () => getGridWeekly(gridId ?? '', monday),
    enabled: gridId !== null,
    staleTime: STALE_MS,
  });
}
