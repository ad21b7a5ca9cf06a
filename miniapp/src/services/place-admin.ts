import {
  ApiRoute,
  type CreatePlaceRequest,
  type CreatePlaceUnitRequest,
  type MovePlaceRequest,
  type PlaceDetail,
  type PlaceUnitSummary,
  type RenamePlaceRequest,
  type UpdatePlaceUnitRequest,
} from '@tongxin/types';

import { request } from './request';

/** Staff: the places under theirs (地点管理) and the stations and units on them (站点与共建单位). */
export function createPlace(body: CreatePlaceRequest): Promise<PlaceDetail> {
  return request<PlaceDetail>(ApiRoute.Places, { method: 'POST', body });
}

export function renamePlace(id: string, body: RenamePlaceRequest): Promise<PlaceDetail> {
  return request<PlaceDetail>(ApiRoute.Place(id), { method: 'PATCH', body });
}

export function movePlace(id: string, body: MovePlaceRequest): Promise<PlaceDetail> {
  return request<PlaceDetail>(ApiRoute.PlaceMove(id), { method: 'POST', body });
}

export function retirePlace(id: string): Promise<PlaceDetail> {
  return request<PlaceDetail>(ApiRoute.PlaceRetire(id), { method: 'POST', body: {} });
}

export function createPlaceUnit(placeId: string, body: CreatePlaceUnitRequest): Promise<PlaceUnitSummary> {
  return request<PlaceUnitSummary>(ApiRoute.PlaceUnits(placeId), { method: 'POST', body });
}

export function updatePlaceUnit(id: string, body: UpdatePlaceUnitRequest): Promise<PlaceUnitSummary> {
  return request<PlaceUnitSummary>(ApiRoute.PlaceUnit(id), { method: 'PATCH', body });
}

export function retirePlaceUnit(id: string): Promise<PlaceUnitSummary> {
  return request<PlaceUnitSummary>(ApiRoute.PlaceUnitRetire(id), { method: 'POST', body: {} });
}
