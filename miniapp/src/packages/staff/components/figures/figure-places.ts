import type { FigurePlace, PlaceLevel } from '@tongxin/types';

const LEVEL_RANK: Record<PlaceLevel, number> = { street: 0, community: 1, grid: 2, building: 3 };

/** The places at the top of what the caller may read (their parent is not readable), widest first. */
export function figureRoots(places: FigurePlace[]): FigurePlace[] {
  const ids = new Set(places.map((p) => p.id));
  return places
    .filter((p) => p.parentId === null || !ids.has(p.parentId))
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.name.localeCompare(b.name, 'zh'));
}

/** From the caller's top place down to `id`; empty when `id` is not among the places. */
export function figurePath(places: FigurePlace[], id: string): FigurePlace[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const path: FigurePlace[] = [];
  for (let place = byId.get(id); place; place = place.parentId ? byId.get(place.parentId) : undefined) {
    path.unshift(place);
  }
  return path;
}

export function figureChildren(places: FigurePlace[], id: string): FigurePlace[] {
  return places.filter((p) => p.parentId === id).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}
