import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CreatePlaceUnitRequest,
  DEFAULT_PAGE_SIZE,
  type PlaceUnitKind,
  type UpdatePlaceUnitRequest,
} from '@tongxin/types';

import {
  createPlace,
  createPlaceUnit,
  movePlace,
  renamePlace,
  retirePlace,
  retirePlaceUnit,
  updatePlaceUnit,
} from '@/services/place-admin';
import { listPlaces, listPlaceUnits } from '@/services/places';

import { placeUnitKeys } from './use-place-units-query';
import { placeKeys } from './use-places-query';

/** 地点管理 and 站点与共建单位. Rule: a place write invalidates `placeKeys.all` (units included), a unit write `placeUnitKeys.all`. */
const pagedKeys = {
  children: (parentId: string, page: number) => [...placeKeys.all, 'page', parentId, page] as const,
  units: (placeId: string, kind: PlaceUnitKind | undefined, page: number) =>
    [...placeUnitKeys.all, 'page', placeId, kind ?? 'all', page] as const,
};

export function useChildPlacesPage(parentId: string | null, page: number) {
  return useQuery({
    queryKey: pagedKeys.children(parentId ?? '', page),
    queryFn: () => listPlaces({ parentId: parentId ?? undefined, page, pageSize: DEFAULT_PAGE_SIZE }),
    enabled: parentId !== null,
    placeholderData: keepPreviousData,
  });
}

function usePlaceWrite<A>(write: (args: A) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: placeKeys.all }),
  });
}

export const useCreatePlaceMutation = () =>
  usePlaceWrite((body: { parentId: string; name: string }) => createPlace(body));
export const useRenamePlaceMutation = () =>
  usePlaceWrite(({ id, name }: { id: string; name: string }) => renamePlace(id, { name }));
export const useMovePlaceMutation = () =>
  usePlaceWrite(({ id, parentId }: { id: string; parentId: string }) => movePlace(id, { parentId }));
export const useRetirePlaceMutation = () => usePlaceWrite((id: string) => retirePlace(id));

export function useUnitsPage(placeId: string | null, kind: PlaceUnitKind | undefined, page: number) {
  return useQuery({
    queryKey: pagedKeys.units(placeId ?? '', kind, page),
    queryFn: () => listPlaceUnits(placeId ?? '', { kind, page, pageSize: DEFAULT_PAGE_SIZE }),
    enabled: placeId !== null,
    placeholderData: keepPreviousData,
  });
}

function useUnitWrite<A>(write: (args: A) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: placeUnitKeys.all }),
  });
}

export const useCreateUnitMutation = () =>
  useUnitWrite(({ placeId, body }: { placeId: string; body: CreatePlaceUnitRequest }) =>
    createPlaceUnit(placeId, body),
  );
export const useUpdateUnitMutation = () =>
  useUnitWrite(({ id, body }: { id: string; body: UpdatePlaceUnitRequest }) => updatePlaceUnit(id, body));
export const useRetireUnitMutation = () => useUnitWrite((id: string) => retirePlaceUnit(id));
