import {
  ApiRoute,
  type Page,
  type PageQuery,
  type RiderRoute,
  type RouteGridChoice,
  type UpdateRiderRouteRequest,
} from '@tongxin/types';

import { pageOf, request } from './request';

/** The caller's 我的顺路 (those who may grab orders). */
export function getMyRoute(): Promise<RiderRoute> {
  return request<RiderRoute>(ApiRoute.MyRoute);
}

export function updateMyRoute(body: UpdateRiderRouteRequest): Promise<RiderRoute> {
  return request<RiderRoute>(ApiRoute.MyRoute, { method: 'PUT', body });
}

/** The grids the caller may put on the route: where they may grab. */
export function listRouteGrids(query: PageQuery): Promise<Page<RouteGridChoice>> {
  return request<Page<RouteGridChoice>>(ApiRoute.MyRouteGrids, { query: pageOf(query) });
}
