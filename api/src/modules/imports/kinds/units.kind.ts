import { ImportKind, PLACE_UNIT_KIND_LABEL, PlaceUnitKind } from '@tongxin/types';

import { cleanName } from '../workbook/cells';
import type { SheetTable } from '../workbook/workbook';
import type { KindSpec } from './kind-spec';
import { namesOf, type PlaceIndex, type PlaceNames } from './place-index';
import type { ImportTally } from './tally';

/** The words staff write for each kind: the labels, and the articles' names for 所/站/点/角. */
const KIND_WORDS: Record<string, PlaceUnitKind> = {
  ...Object.fromEntries(Object.entries(PLACE_UNIT_KIND_LABEL).map(([kind, label]) => [label, kind as PlaceUnitKind])),
  实践教育点: PlaceUnitKind.ServicePoint,
  实践教育角: PlaceUnitKind.ServiceCorner,
  服务点: PlaceUnitKind.ServicePoint,
  服务角: PlaceUnitKind.ServiceCorner,
  非公企业: PlaceUnitKind.Business,
};

export const UNITS_SPEC: KindSpec = {
  kind: ImportKind.Units,
  sheet: '阵地与单位',
  headerColumns: ['类型', '名称'],
  columns: [
    {
      header: '类型',
      required: true,
      width: 14,
      example: PLACE_UNIT_KIND_LABEL.co_building_unit,
      note: Object.values(PLACE_UNIT_KIND_LABEL).join('、'),
    },
    { header: '名称', required: true, width: 28, example: '乌兰夫纪念馆', note: '同一地点内不重名' },
    {
      header: '社区',
      required: false,
      width: 16,
      example: '阿吉拉沁社区',
      note: '所属地点：都不填即属于导入的街道或社区本身',
    },
    { header: '网格', required: false, width: 18, example: null, note: '同心服务点一般属于网格' },
    { header: '楼栋', required: false, width: 12, example: null, note: '同心服务角一般属于楼栋' },
    { header: '地址', required: false, width: 30, example: '呼和浩特市回民区', note: '可不填；已有单位留空则保持原样' },
  ],
  notes: [
    '每行一个阵地或单位，按所属地点和名称识别：已有的不会重复创建，类型或地址不同时会更新。',
    '实践教育所一般属于街道，实践教育站属于社区，同心服务点属于网格，同心服务角属于楼栋。',
  ],
};

export interface UnitRowInput {
  row: number;
  kind: PlaceUnitKind;
  name: string;
  address: string | null;
  names: PlaceNames;
}

const NAME_MAX = 64;
const ADDRESS_MAX = 200;

export function parseUnitRows(table: SheetTable, tally: ImportTally): UnitRowInput[] {
  const out: UnitRowInput[] = [];
  for (const { row, cells } of table.rows) {
    const kindText = (cells.get('类型') ?? '').replace(/\s+/g, '');
    const name = cleanName(cells.get('名称') ?? '');
    const address = cleanName(cells.get('地址') ?? '') || null;
    const kind = KIND_WORDS[kindText];
    if (!kindText) tally.error(row, '类型', '请填写类型');
    else if (!kind) tally.error(row, '类型', `不认识的类型「${kindText}」`);
    if (!name) tally.error(row, '名称', '请填写名称');
    else if (name.length > NAME_MAX) tally.error(row, '名称', `名称最多 ${NAME_MAX} 个字`);
    if (address && address.length > ADDRESS_MAX) tally.error(row, '地址', `地址最多 ${ADDRESS_MAX} 个字`);
    if (!kind || !name) continue;
    out.push({ row, kind, name, address, names: namesOf(cells) });
  }
  return out;
}

export interface KnownUnit {
  id: string;
  placeId: string;
  kind: PlaceUnitKind;
  name: string;
  address: string | null;
}

export interface UnitWrite {
  id: string;
  placeId: string;
  kind: PlaceUnitKind;
  name: string;
  address: string | null;
}

export interface UnitsPlan {
  created: UnitWrite[];
  updated: UnitWrite[];
}

export interface UnitsWorld {
  index: PlaceIndex;
  /** Active units on places of the scope, by `placeId/name`. */
  units: Map<string, KnownUnit>;
  newId(): string;
}

/** Each row's unit is found by its place and name: new, changed (kind, or an address given), or as written. */
export function planUnits(rows: UnitRowInput[], world: UnitsWorld, tally: ImportTally): UnitsPlan {
  const plan: UnitsPlan = { created: [], updated: [] };
  const rowOf = new Map<string, number>();
  for (const input of rows) {
    const { row } = input;
    if (tally.hasErrors(row)) continue;
    const place = world.index.resolve(input.names, row, tally);
    if (!place) continue;
    const key = `${place.id}/${input.name}`;
    const first = rowOf.get(key);
    if (first !== undefined) {
      tally.error(row, '名称', `与第 ${first} 行是同一单位（${place.name}）`);
      continue;
    }
    rowOf.set(key, row);
    const known = world.units.get(key);
    if (!known) {
      plan.created.push({
        id: world.newId(),
        placeId: place.id,
        kind: input.kind,
        name: input.name,
        address: input.address,
      });
      tally.count(row, 'unit', 'create');
      continue;
    }
    const address = input.address ?? known.address;
    if (known.kind !== input.kind || known.address !== address) {
      plan.updated.push({ ...known, kind: input.kind, address });
      tally.count(row, 'unit', 'change');
    } else tally.count(row, 'unit', 'unchanged');
  }
  return plan;
}
