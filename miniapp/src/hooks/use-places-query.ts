import { useInfiniteQuery } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE } from '@tongxin/types';

import { listPlaces } from '@/services/places';
import { nextPage } from '@/utils/paging';

/** Places change rarely and only by admins elsewhere: no mutation here invalidates them. */
export const placeKeys = {
  all: ['places'] as const,
  children: (parentId: string | null) => [...placeKeys.all, 'children', parentId ?? 'streets'] as const,
};

/** Children of a place in pages of 20 (the streets when parentId is null); idle while `enabled` is false. */
export function usePlacesQuery(parentId: string | null, enabled = true) {
  return useInfiniteQuery({
    queryKey: placeKeys.children(parentId),
    queryFn: ({ pageParam }) =>
      listPlaces({ parentId: parentId ?? undefined, page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled,
    staleTime: 5 * 60_000,
  });
}
