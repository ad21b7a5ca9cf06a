import Taro from '@tarojs/taro';

/** Mini-program: a position is offered to attach to the visit (the API keeps it rounded to about 100 m). */
export const VISIT_LOCATION_OFFERED = true;

/** The phone's GCJ-02 position, or null when the member refused or it is unavailable (the visit is logged anyway). */
export async function visitLocation(): Promise<{ lng: number; lat: number } | null> {
  try {
    const { longitude, latitude } = await Taro.getLocation({ type: 'gcj02' });
    return { lng: longitude, lat: latitude };
  } catch {
    return null;
  }
}
