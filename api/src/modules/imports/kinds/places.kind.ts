import { ImportKind, PLACE_LEVEL_LABEL, PlaceLevel } from '@tongxin/types';

import { parseInteger } from '../workbook/cells';
import type { SheetTable } from '../workbook/workbook';
import type { KindSpec } from './kind-spec';
import { readLocation } from './location';
import {
  LEVEL_COLUMN,
  type NamedLevel,
  namesOf,
  type PlaceIndex,
  type PlaceNames,
  type PlaceNode,
} from './place-index';
import type { ImportTally } from './tally';

export const PLACES_SPEC: KindSpec = {
  kind: ImportKind.Places,
  sheet: '地点',
  headerColumns: ['网格', '楼栋'],
  columns: [
    {
      header: '社区',
      required: false,
      width: 16,
      example: '阿吉拉沁社区',
      note: '按街道导入时必填；按社区导入时可不填（填写则须是该社区）',
    },
    { header: '网格', required: false, width: 18, example: '阿吉拉沁第一网格', note: '填写楼栋时必填' },
    { header: '楼栋', required: false, width: 12, example: '1号楼', note: '楼栋名称，同一网格内不重名' },
    { header: '单元数', required: false, width: 8, example: 3, note: '楼栋的单元数，1–99 的整数，可不填' },
    { header: '经度', required: false, width: 12, example: 111.6561, note: '楼栋位置（GCJ-02，微信地图坐标），可不填' },
    { header: '纬度', required: false, width: 12, example: 40.8089, note: '与经度同时填写' },
  ],
  notes: [
    '每行一个地点：只填社区是一个社区，填到网格是一个网格，填到楼栋是一栋楼。',
    '行中的上级（社区、网格）不存在时会一并新建；已存在的按名称找到，不会重复创建。',
    '已有楼栋的单元数或经纬度与表中不同时会更新；表中留空则保持原样。',
  ],
};

export interface PlaceRowInput {
  row: number;
  names: PlaceNames;
  unitCount: number | null;
  location: { lng: number; lat: number } | null;
}

const NAME_MAX = 64;

/** Cell checks that need nothing but the sheet: names, 单元数, coordinates, rows written twice. */
export function parsePlaceRows(table: SheetTable, tally: ImportTally): PlaceRowInput[] {
  const seen = new Map<string, number>();
  const out: PlaceRowInput[] = [];
  for (const { row, cells } of table.rows) {
    const names = namesOf(cells);
    const levels = (['community', 'grid', 'building'] as const).filter((level) => names[level]);
    const deepest = levels.at(-1);
    if (!deepest) {
      tally.error(row, '楼栋', '请填写社区、网格或楼栋');
      continue;
    }
    for (const level of levels) {
      if ((names[level] as string).length > NAME_MAX) {
        tally.error(row, LEVEL_COLUMN[level], `名称最多 ${NAME_MAX} 个字`);
      }
    }
    if (names.building && !names.grid) tally.error(row, '网格', '填写楼栋时必须填写所在网格');
    const unitText = cells.get('单元数');
    let unitCount: number | null = null;
    if (unitText) {
      unitCount = parseInteger(unitText, 1, 99);
      if (deepest !== 'building') tally.error(row, '单元数', '只有楼栋可以填写单元数');
      else if (unitCount === null) tally.error(row, '单元数', `「${unitText}」不是 1–99 的整数`);
    }
    const location = parseLocation(row, cells, deepest, tally);
    const key = levels.map((level) => names[level]).join('/');
    const first = seen.get(key);
    if (first !== undefined) tally.error(row, LEVEL_COLUMN[deepest], `与第 ${first} 行重复`);
    else seen.set(key, row);
    out.push({ row, names, unitCount, location });
  }
  return out;
}

function parseLocation(
  row: number,
  cells: Map<string, string>,
  deepest: NamedLevel,
  tally: ImportTally,
): { lng: number; lat: number } | null {
  if (deepest !== 'building' && (cells.get('经度') || cells.get('纬度'))) {
    tally.error(row, cells.get('经度') ? '经度' : '纬度', '只有楼栋可以填写经纬度');
    return null;
  }
  return readLocation(row, cells, tally);
}

export interface PlaceUpdate {
  id: string;
  unitCount: number | null;
  lng: number | null;
  lat: number | null;
}

export interface PlacesPlan {
  /** New places, parents before children. */
  created: PlaceNode[];
  /** Existing buildings whose 单元数 or position the sheet changes (the other fields as they were). */
  updated: PlaceUpdate[];
}

/**
 * Walks each row's names from the scope down: a place found by name under its parent is reused, a missing one
 * is created (once, however many rows name it). The row's own place (its deepest name) is what it counts.
 */
export function planPlaces(
  rows: PlaceRowInput[],
  index: PlaceIndex,
  tally: ImportTally,
  newId: () => string,
): PlacesPlan {
  const plan: PlacesPlan = { created: [], updated: [] };
  const levels = index.levels();
  for (const input of rows) {
    const { row, names } = input;
    if (!index.insideScope(names, row, tally)) continue;
    const chain = levels.filter((level) => names[level]);
    if (!names[levels[0]]) {
      tally.error(
        row,
        LEVEL_COLUMN[levels[0]],
        `按${PLACE_LEVEL_LABEL[index.scope.level]}导入时必须填写${LEVEL_COLUMN[levels[0]]}`,
      );
    }
    if (chain.length === 0 || tally.hasErrors(row)) continue;
    let parent = index.scope;
    const created: PlaceNode[] = [];
    for (const level of chain) {
      const name = names[level] as string;
      let node = index.child(parent.id, name);
      if (!node) {
        const id = newId();
        node = {
          id,
          level,
          name,
          parentId: parent.id,
          path: `${parent.path}${id}/`,
          unitCount: null,
          lng: null,
          lat: null,
        };
        created.push(node);
      }
      parent = node;
    }
    const own = parent;
    const details = {
      unitCount: input.unitCount ?? own.unitCount,
      lng: input.location?.lng ?? own.lng,
      lat: input.location?.lat ?? own.lat,
    };
    for (const node of created) {
      index.add(node);
      plan.created.push(node);
      tally.count(row, node.level as NamedLevel, 'create');
    }
    if (created.includes(own)) {
      Object.assign(own, details);
    } else if (details.unitCount !== own.unitCount || details.lng !== own.lng || details.lat !== own.lat) {
      Object.assign(own, details);
      plan.updated.push({ id: own.id, ...details });
      tally.count(row, PlaceLevel.Building, 'change');
    } else {
      tally.count(row, own.level as NamedLevel, 'unchanged');
    }
  }
  return plan;
}
