export interface HallLocation {
  /** False until the phone answered (or refused). */
  ready: boolean;
  point: { lng: number; lat: number } | null;
}
