import type { RiderRoute, RouteGridChoice, RoutePlaceView } from '@tongxin/types';

import { type FreeWindowRule, fromWeekdayMask, minutesClock, upcomingFree } from './free-windows';
import type { GridChoiceRow, RoutePlaceRow } from './rider-routes.repository';

export function toRoutePlaceView(row: RoutePlaceRow): RoutePlaceView {
  return {
    id: row.placeId,
    name: row.name,
    level: row.level === 'building' ? 'building' : 'grid',
    gridId: row.gridId,
    gridName: row.gridName,
  };
}

/** A member's route as they see it; `places` already narrowed to where they may still grab. */
export function toRiderRoute(places: RoutePlaceRow[], windows: FreeWindowRule[], now: Date): RiderRoute {
  const [next] = upcomingFree(windows, now);
  return {
    places: places.map(toRoutePlaceView),
    windows: windows.map((w) => ({
      start: minutesClock(w.startMinute),
      end: minutesClock(w.endMinute),
      weekdays: fromWeekdayMask(w.weekdays),
    })),
    nextFreeAt: next ? next.start.toISOString() : null,
  };
}

export function toRouteGridChoice(row: GridChoiceRow): RouteGridChoice {
  return { id: row.id, name: row.name, communityName: row.communityName ?? '' };
}
