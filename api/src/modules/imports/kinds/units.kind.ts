import { ImportKind, PLACE_UNIT_KIND_LABEL, PlaceUnitKind, UNIT_PHONE_PATTERN } from '@tongxin/types';

import { cleanName, halfWidth } from '../workbook/cells';
import type { SheetTable } from '../workbook/workbook';
import type { KindSpec } from './kind-spec';
import { readLocation } from './location';
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
    { header: '服务内容', required: false, width: 30, example: '红色教育、志愿讲解', note: '可不填，最多 500 字' },
    { header: '开放时间', required: false, width: 20, example: '周二至周日 9:00–17:00', note: '可不填，最多 100 字' },
    { header: '联系人', required: false, width: 10, example: null, note: '可不填' },
    {
      header: '联系电话',
      required: false,
      width: 14,
      example: '0471-6960000',
      note: '单位的对外服务电话（座机或手机），可不填',
    },
    { header: '经度', required: false, width: 12, example: 111.6553, note: '地图位置（GCJ-02，微信地图坐标），可不填' },
    { header: '纬度', required: false, width: 12, example: 40.8096, note: '与经度同时填写' },
  ],
  notes: [
    '每行一个阵地或单位，按所属地点和名称识别：已有的不会重复创建；类型不同，或填写的地址、服务内容、开放时间、联系人、电话、位置与原来不同时会更新，留空的保持原样。',
    '实践教育所一般属于街道，实践教育站属于社区，同心服务点属于网格，同心服务角属于楼栋。',
  ],
};

/** What a unit row may fill in beyond its kind and name; null leaves the field as it is. */
export interface UnitDetails {
  address: string | null;
  services: string | null;
  openingHours: string | null;
  contactName: string | null;
  contactPhone: string | null;
  lng: number | null;
  lat: number | null;
}

export interface UnitRowInput {
  row: number;
  kind: PlaceUnitKind;
  name: string;
  details: UnitDetails;
  names: PlaceNames;
}

const NAME_MAX = 64;
/** Text columns and the longest each may be (the place_units columns). */
const TEXT_COLUMNS = [
  ['地址', 'address', 200],
  ['服务内容', 'services', 500],
  ['开放时间', 'openingHours', 100],
  ['联系人', 'contactName', 32],
] as const;
const DETAIL_FIELDS = ['address', 'services', 'openingHours', 'contactName', 'contactPhone', 'lng', 'lat'] as const;

export function parseUnitRows(table: SheetTable, tally: ImportTally): UnitRowInput[] {
  const out: UnitRowInput[] = [];
  for (const { row, cells } of table.rows) {
    const kindText = (cells.get('类型') ?? '').replace(/\s+/g, '');
    const name = cleanName(cells.get('名称') ?? '');
    const kind = KIND_WORDS[kindText];
    if (!kindText) tally.error(row, '类型', '请填写类型');
    else if (!kind) tally.error(row, '类型', `不认识的类型「${kindText}」`);
    if (!name) tally.error(row, '名称', '请填写名称');
    else if (name.length > NAME_MAX) tally.error(row, '名称', `名称最多 ${NAME_MAX} 个字`);
    const details = parseDetails(row, cells, tally);
    if (!kind || !name) continue;
    out.push({ row, kind, name, details, names: namesOf(cells) });
  }
  return out;
}

function parseDetails(row: number, cells: Map<string, string>, tally: ImportTally): UnitDetails {
  const details: UnitDetails = {
    address: null,
    services: null,
    openingHours: null,
    contactName: null,
    contactPhone: null,
    lng: null,
    lat: null,
  };
  for (const [column, field, max] of TEXT_COLUMNS) {
    const text = cleanName(cells.get(column) ?? '');
    if (text.length > max) tally.error(row, column, `${column}最多 ${max} 个字`);
    else if (text) details[field] = text;
  }
  const phoneText = cells.get('联系电话');
  if (phoneText) {
    const phone = halfWidth(phoneText).replace(/[\s()（）]/g, '');
    if (UNIT_PHONE_PATTERN.test(phone)) details.contactPhone = phone;
    else tally.error(row, '联系电话', `「${phoneText}」不是有效的电话号码`);
  }
  const location = readLocation(row, cells, tally);
  if (location) Object.assign(details, location);
  return details;
}

export interface KnownUnit extends UnitDetails {
  id: string;
  placeId: string;
  kind: PlaceUnitKind;
  name: string;
}

export type UnitWrite = KnownUnit;

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

/** Each row's unit is found by its place and name: new, changed (its kind, or a detail filled in anew), or as written. */
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
      plan.created.push({ id: world.newId(), placeId: place.id, kind: input.kind, name: input.name, ...input.details });
      tally.count(row, 'unit', 'create');
      continue;
    }
    const next: UnitWrite = { ...known, kind: input.kind };
    for (const field of DETAIL_FIELDS) {
      if (input.details[field] !== null) Object.assign(next, { [field]: input.details[field] });
    }
    if (next.kind !== known.kind || DETAIL_FIELDS.some((field) => next[field] !== known[field])) {
      plan.updated.push(next);
      tally.count(row, 'unit', 'change');
    } else tally.count(row, 'unit', 'unchanged');
  }
  return plan;
}
