import { PlaceLevel } from '@tongxin/types';

/** The level a place's children have; buildings have none. */
export const CHILD_LEVEL: Record<PlaceLevel, PlaceLevel | null> = {
  street: PlaceLevel.Community,
  community: PlaceLevel.Grid,
  grid: PlaceLevel.Building,
  building: null,
};
