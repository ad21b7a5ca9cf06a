import type { PageQuery } from './pagination';

/**
 * 我的顺路: the grids (or single buildings) a rider passes, chosen among the places they may grab in, and the times
 * they are usually free. The hall ranks orders on the route that fit a free time first (see `HallReason`).
 */

/** ISO weekday: 1 Monday … 7 Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A time the rider is usually free, China time "HH:mm"; it may cross midnight (22:00–01:00). */
export interface FreeWindow {
  start: string;
  end: string;
  /** The days it starts on; empty: every day. */
  weekdays: Weekday[];
}

export const MAX_ROUTE_PLACES = 30;
export const MAX_FREE_WINDOWS = 6;
/**
 * An order fits the rider's free time when a free window gives at least this many minutes (or the whole window,
 * if shorter) before the order's deadline.
 */
export const FREE_WINDOW_MIN_MINUTES = 30;

export interface RoutePlaceView {
  id: string;
  name: string;
  level: 'grid' | 'building';
  /** The grid itself, or the building's grid. */
  gridId: string;
  gridName: string;
}

export interface RiderRoute {
  /** Only places the rider may still grab in (a revoked grant drops its places from the route). */
  places: RoutePlaceView[];
  windows: FreeWindow[];
  /** When the next usable free time starts (now, if free now); null without windows. */
  nextFreeAt: string | null;
}

export interface UpdateRiderRouteRequest {
  /** Grids or buildings where the rider may grab. */
  placeIds: string[];
  windows: FreeWindow[];
}

/** A grid the rider may put on the route (where they may grab). */
export interface RouteGridChoice {
  id: string;
  name: string;
  communityName: string;
}

export type RouteGridsQuery = PageQuery;
