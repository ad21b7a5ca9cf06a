import type { HallLocation } from './hall-location-types';

const NONE: HallLocation = { ready: true, point: null };

/** H5: browsers report WGS-84, not the GCJ-02 the grids use, so the hall is not sorted by distance. */
export function useHallLocation(): HallLocation {
  return NONE;
}
