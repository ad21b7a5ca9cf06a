import { useInfiniteQuery } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, type PlaceUnitKind } from '@tongxin/types';

import { listPlaceUnits } from '@/services/places';
import { nextPage } from '@/utils/paging';

import { placeKeys } from './use-places-query';

/** Units are registered by admins elsewhere, like places: no mutation here invalidates them. */
export const placeUnitKeys = {
  all: [...placeKeys.all, 'units'] as const,
  within: (placeId: string, kind: PlaceUnitKind | undefined, withAncestors: boolean) =>
    [...placeUnitKeys.all, placeId, kind ?? 'all', withAncestors] as const,
};

/**
 * Units on a place and everything below it (of one kind when given; with `withAncestors` also those on the
 * places above, e.g. the street's businesses for a community), in pages of 20.
 */
export function usePlaceUnitsQuery(placeId: string | null, kind?: PlaceUnitKind, withAncestors = false) {
  return useInfiniteQuery({
    queryKey: placeUnitKeys.within(placeId ?? '', kind, withAncestors),
    queryFn: ({ pageParam }) =>
      listPlaceUnits(placeId ?? '', { kind, withAncestors, page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled: placeId !== null,
    staleTime: 5 * 60_000,
  });
}
