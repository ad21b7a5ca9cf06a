import type { GpsLocationProps } from './location-types';

/** H5 has no trustworthy GCJ-02 position: the building list is the way to say where. */
export const BUILDING_PICKER_FIRST = true;

export function GpsLocation(_props: GpsLocationProps) {
  return null;
}
