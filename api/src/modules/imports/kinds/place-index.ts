import { PLACE_LEVEL_LABEL, PlaceLevel } from '@tongxin/types';

import type { ImportTally } from './tally';

/** A place as the plans see it: the active places inside the import's scope, and the scope itself. */
export interface PlaceNode {
  id: string;
  level: PlaceLevel;
  name: string;
  parentId: string | null;
  path: string;
  unitCount: number | null;
  lng: number | null;
  lat: number | null;
}

/** The levels a row can name, top down, with their columns. */
export const NAMED_LEVELS = [PlaceLevel.Community, PlaceLevel.Grid, PlaceLevel.Building] as const;
export type NamedLevel = (typeof NAMED_LEVELS)[number];
export const LEVEL_COLUMN: Record<NamedLevel, string> = { community: '社区', grid: '网格', building: '楼栋' };
const DEPTH: Record<PlaceLevel, number> = { street: 0, community: 1, grid: 2, building: 3 };

/** The place names in a row (社区, 网格, 楼栋); a blank cell is absent. */
export type PlaceNames = Partial<Record<NamedLevel, string>>;

export function namesOf(cells: Map<string, string>): PlaceNames {
  const names: PlaceNames = {};
  for (const level of NAMED_LEVELS) {
    const value = cells.get(LEVEL_COLUMN[level])?.replace(/\s+/g, ' ').trim();
    if (value) names[level] = value;
  }
  return names;
}

export const outsideKey = (level: PlaceLevel, name: string) => `${level}:${name}`;

/**
 * Finds the places a row names, inside the scope only. `outside` holds `level:name` of active places elsewhere
 * with names the file uses, so a row naming one is told it is outside the importer's scope, not that it is unknown.
 */
export class PlaceIndex {
  private readonly byId = new Map<string, PlaceNode>();
  private readonly byLevelName = new Map<string, PlaceNode[]>();
  private readonly byParentName = new Map<string, PlaceNode>();

  constructor(
    readonly scope: PlaceNode,
    places: PlaceNode[],
    private readonly outside: ReadonlySet<string> = new Set(),
  ) {
    this.add(scope);
    for (const place of places) if (place.id !== scope.id) this.add(place);
  }

  add(place: PlaceNode): void {
    this.byId.set(place.id, place);
    const key = outsideKey(place.level, place.name);
    this.byLevelName.set(key, [...(this.byLevelName.get(key) ?? []), place]);
    if (place.parentId) this.byParentName.set(`${place.parentId}/${place.name}`, place);
  }

  get(id: string): PlaceNode | undefined {
    return this.byId.get(id);
  }

  /** The active child of `parentId` called `name` (names are unique among a parent's active children). */
  child(parentId: string, name: string): PlaceNode | undefined {
    return this.byParentName.get(`${parentId}/${name}`);
  }

  /** The levels below the scope that a row may name. */
  levels(): NamedLevel[] {
    return NAMED_LEVELS.filter((level) => DEPTH[level] > DEPTH[this.scope.level]);
  }

  /**
   * The place a row names: the deepest name given, narrowed by the names above it; the scope when none is
   * given. A name the scope does not hold, several places answering, or a 社区 other than a community scope
   * is an error on that row's column, and null.
   */
  resolve(names: PlaceNames, row: number, tally: ImportTally): PlaceNode | null {
    if (!this.insideScope(names, row, tally)) return null;
    const levels = this.levels();
    const given = levels.filter((level) => names[level]);
    const deepest = given.at(-1);
    if (!deepest) return this.scope;
    const name = names[deepest] as string;
    const higher = given.slice(0, -1);
    const matches = (this.byLevelName.get(outsideKey(deepest, name)) ?? []).filter((place) =>
      higher.every((level) => this.ancestorAt(place, level)?.name === names[level]),
    );
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) {
      const ask = levels.filter((level) => DEPTH[level] < DEPTH[deepest] && !names[level]).map((l) => LEVEL_COLUMN[l]);
      tally.error(
        row,
        LEVEL_COLUMN[deepest],
        `有 ${matches.length} 个${PLACE_LEVEL_LABEL[deepest]}叫「${name}」，请填写${ask.join('、') || '上级'}以区分`,
      );
      return null;
    }
    for (const level of given) {
      const value = names[level] as string;
      if ((this.byLevelName.get(outsideKey(level, value)) ?? []).length === 0) {
        tally.error(row, LEVEL_COLUMN[level], this.unknown(level, value));
        return null;
      }
    }
    const parent = higher.at(-1) as NamedLevel;
    tally.error(
      row,
      LEVEL_COLUMN[deepest],
      `${PLACE_LEVEL_LABEL[parent]}「${names[parent]}」下没有${PLACE_LEVEL_LABEL[deepest]}「${name}」`,
    );
    return null;
  }

  /** Why a name is not found: elsewhere (outside the importer's scope) or nowhere. */
  unknown(level: PlaceLevel, name: string): string {
    return this.outside.has(outsideKey(level, name))
      ? `${PLACE_LEVEL_LABEL[level]}「${name}」不在导入范围「${this.scope.name}」内`
      : `找不到${PLACE_LEVEL_LABEL[level]}「${name}」`;
  }

  /** A community scope: the 社区 column may be blank or name the scope itself, nothing else. */
  insideScope(names: PlaceNames, row: number, tally: ImportTally): boolean {
    if (this.scope.level !== PlaceLevel.Community || !names.community || names.community === this.scope.name) {
      return true;
    }
    tally.error(row, LEVEL_COLUMN.community, `社区「${names.community}」不在导入范围「${this.scope.name}」内`);
    return false;
  }

  /** The ancestor of `place` at `level` (or the place itself at its own level). */
  ancestorAt(place: PlaceNode, level: PlaceLevel): PlaceNode | undefined {
    const id = place.path.split('/').filter(Boolean)[DEPTH[level]];
    return id ? this.byId.get(id) : undefined;
  }
}
