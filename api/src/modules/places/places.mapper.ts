import type { LocatedGrid, PlaceDetail, PlaceRef, PlaceSummary, PlaceUnitSummary } from '@tongxin/types';

import type { Place } from './place.entity';
import type { PlaceUnit } from './place-unit.entity';

export function toPlaceSummary(place: Place): PlaceSummary {
  return { id: place.id, name: place.name, level: place.level, parentId: place.parentId };
}

export function toPlaceRef(place: Place): PlaceRef {
  return { id: place.id, name: place.name, level: place.level };
}

/** `ancestors` are the place's ancestors in any order; they are listed from the street down. */
export function toPlaceDetail(place: Place, ancestors: Place[]): PlaceDetail {
  const ids = ancestorIds(place.path);
  const byId = new Map(ancestors.map((a) => [a.id, a]));
  return {
    ...toPlaceSummary(place),
    ancestors: ids
      .map((id) => byId.get(id))
      .filter((a): a is Place => a !== undefined)
      .map(toPlaceRef),
    boundary: place.boundary,
    location:
      typeof place.lng === 'number' && typeof place.lat === 'number' ? { lng: place.lng, lat: place.lat } : null,
    unitCount: place.unitCount ?? null,
    retired: place.retiredAt !== null,
  };
}

export function toLocatedGrid(grid: Place, community: Place): LocatedGrid {
  return { ...toPlaceSummary(grid), community: toPlaceRef(community) };
}

export function toPlaceUnitSummary(unit: PlaceUnit, placeName: string): PlaceUnitSummary {
  return {
    id: unit.id,
    placeId: unit.placeId,
    placeName,
    kind: unit.kind,
    name: unit.name,
    address: unit.address,
    services: unit.services,
    openingHours: unit.openingHours,
    contactName: unit.contactName,
    contactPhone: unit.contactPhone,
    location: unit.lng !== null && unit.lat !== null ? { lng: unit.lng, lat: unit.lat } : null,
    retired: unit.retiredAt !== null,
  };
}

/** Ids of the ancestors in a materialised path (`<street>/<community>/<grid>/`), top first, without the place itself. */
export function ancestorIds(path: string): string[] {
  return path.split('/').filter(Boolean).slice(0, -1);
}
