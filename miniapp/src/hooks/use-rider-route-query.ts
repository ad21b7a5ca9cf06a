import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE } from '@tongxin/types';

import { getMyRoute, listRouteGrids, updateMyRoute } from '@/services/rider-route';
import { nextPage } from '@/utils/paging';

import { orderKeys } from './use-orders-query';

/**
 * 我的顺路. Rule: a saved route puts the server's answer in the cache and invalidates the hall (`orderKeys.all`),
 * whose ranking follows the route.
 */
export const riderRouteKeys = {
  route: ['rider-route'] as const,
  grids: ['rider-route', 'grids'] as const,
};

export function useRiderRouteQuery() {
  return useQuery({ queryKey: riderRouteKeys.route, queryFn: getMyRoute });
}

export function useRouteGridsQuery() {
  return useInfiniteQuery({
    queryKey: riderRouteKeys.grids,
    queryFn: ({ pageParam }) => listRouteGrids({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useUpdateRiderRouteMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateMyRoute,
    onSuccess: (route) => {
      client.setQueryData(riderRouteKeys.route, route);
      void client.invalidateQueries({ queryKey: orderKeys.all });
    },
  });
}
