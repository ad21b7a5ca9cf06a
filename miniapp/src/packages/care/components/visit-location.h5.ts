/** H5: browsers report WGS-84, not the GCJ-02 the grids use, so no position is offered. */
export const VISIT_LOCATION_OFFERED = false;

export async function visitLocation(): Promise<{ lng: number; lat: number } | null> {
  return null;
}
