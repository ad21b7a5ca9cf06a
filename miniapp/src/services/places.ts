import {
  ApiRoute,
  type ListPlaceUnitsQuery,
  type Page,
  type PlaceDetail,
  type PlaceLevel,
  type PlaceSummary,
  type PlaceUnitSummary,
} from '@tongxin/types';

import { pageOf, request } from './request';

export interface ListPlacesQuery {
  /** Omitted: the streets. */
  parentId?: string;
  level?: PlaceLevel;
  page?: number;
  pageSize?: number;
}

export function listPlaces(query: ListPlacesQuery): Promise<Page<PlaceSummary>> {
  return request<Page<PlaceSummary>>(ApiRoute.Places, {
    query: {
      parentId: query.parentId,
      level: query.level,
      ...pageOf(query),
    },
  });
}

export function getPlace(id: string): Promise<PlaceDetail> {
  return request<PlaceDetail>(ApiRoute.Place(id));
}

/** Units (stations, businesses…) on a place and on every place below it; public. */
export function listPlaceUnits(placeId: string, query: ListPlaceUnitsQuery = {}): Promise<Page<PlaceUnitSummary>> {
  return request<Page<PlaceUnitSummary>>(ApiRoute.PlaceUnits(placeId), {
    query: {
      kind: query.kind,
      withAncestors: query.withAncestors ? 'true' : undefined,
      ...pageOf(query),
    },
  });
}
