/** Where the problem is: a building picked from the list, or a GCJ-02 point from the phone. */
export type PickedLocation =
  { kind: 'building'; buildingId: string; label: string } | { kind: 'point'; lng: number; lat: number; label: string };

export interface GpsLocationProps {
  onLocate: (location: PickedLocation) => void;
  onError: (message: string) => void;
}
