import { ImportKind, PlaceLevel } from '@tongxin/types';

import { cleanName, householdLabel, normaliseRoom, normaliseUnit, parseInteger, parsePhone } from '../workbook/cells';
import type { SheetTable } from '../workbook/workbook';
import type { KindSpec } from './kind-spec';
import { namesOf, type PlaceIndex, type PlaceNames } from './place-index';
import type { ImportTally } from './tally';

/** Residents' columns come in numbered pairs; the template has three, a sheet may add more (居民4姓名 …). */
const RESIDENT_PAIRS_IN_TEMPLATE = 3;
const residentColumns = (n: number) => ({ name: `居民${n}姓名`, phone: `居民${n}手机号` });

export const HOUSEHOLDS_SPEC: KindSpec = {
  kind: ImportKind.Households,
  sheet: '住户',
  headerColumns: ['楼栋', '房号'],
  columns: [
    { header: '社区', required: false, width: 16, example: '阿吉拉沁社区', note: '楼栋名称在导入范围内重复时填写' },
    { header: '网格', required: false, width: 18, example: '阿吉拉沁第一网格', note: '楼栋名称在社区内重复时填写' },
    { header: '楼栋', required: true, width: 12, example: '1号楼', note: '已有的楼栋（先导入「社区、网格与楼栋」）' },
    { header: '单元', required: false, width: 8, example: 2, note: '单元号，如 2 或 2单元；平房可不填' },
    { header: '房号', required: true, width: 10, example: 301, note: '如 301；同一楼栋同一单元内不重复' },
    ...Array.from({ length: RESIDENT_PAIRS_IN_TEMPLATE }, (_, i) => {
      const columns = residentColumns(i + 1);
      return [
        {
          header: columns.name,
          required: false,
          width: 10,
          example: i === 0 ? '其其格' : null,
          note: '居民姓名，与手机号成对填写',
        },
        {
          header: columns.phone,
          required: false,
          width: 14,
          example: i === 0 ? '13800000001' : null,
          note: '11 位手机号：居民用它登录小程序后，住址自动认证',
        },
      ];
    }).flat(),
  ],
  notes: [
    '每行一户。一户有更多居民时，可在右侧继续添加「居民4姓名」「居民4手机号」等列。',
    '手机号加密保存，只用于居民登录时自动认证住址；同一手机号在文件中只能出现一次。',
    '已导入的住户再次导入不会重复创建；居民换了住户会改到新住户（已登录认证的除外）。',
  ],
};

export interface ResidentInput {
  name: string;
  phone: string;
  nameColumn: string;
  phoneColumn: string;
}

export interface HouseholdRowInput {
  row: number;
  names: PlaceNames;
  unit: string;
  room: string;
  residents: ResidentInput[];
}

const NAME_MAX = 32;
const UNIT_MAX = 8;
const ROOM_MAX = 16;
const LABEL_MAX = 32;

/** The numbers n of the 居民n姓名 / 居民n手机号 pairs a sheet has, in order. */
function residentPairs(headers: string[]): number[] {
  const numbers = new Set<number>();
  for (const header of headers) {
    const match = /^居民(\d{1,2})(姓名|手机号)$/.exec(header);
    if (match) numbers.add(Number(match[1]));
  }
  return [...numbers].sort((a, b) => a - b);
}

/** Cell checks that need nothing but the sheet: building and room given, pairs complete, phones valid and unique. */
export function parseHouseholdRows(table: SheetTable, tally: ImportTally): HouseholdRowInput[] {
  const pairs = residentPairs(table.headers);
  const phones = new Map<string, number>();
  const out: HouseholdRowInput[] = [];
  for (const { row, cells } of table.rows) {
    const names = namesOf(cells);
    if (!names.building) tally.error(row, '楼栋', '请填写楼栋');
    const unit = normaliseUnit(cells.get('单元') ?? '');
    const room = normaliseRoom(cells.get('房号') ?? '');
    if (!room) tally.error(row, '房号', '请填写房号');
    else if (room.length > ROOM_MAX) tally.error(row, '房号', `房号最多 ${ROOM_MAX} 个字`);
    if (unit.length > UNIT_MAX) tally.error(row, '单元', `单元最多 ${UNIT_MAX} 个字`);
    else if (householdLabel(unit, room).length > LABEL_MAX) tally.error(row, '房号', '单元和房号合起来太长');
    const residents: ResidentInput[] = [];
    for (const n of pairs) {
      const columns = residentColumns(n);
      const name = cleanName(cells.get(columns.name) ?? '');
      const phoneText = cells.get(columns.phone) ?? '';
      if (!name && !phoneText) continue;
      if (!name) tally.error(row, columns.name, '请填写居民姓名');
      else if (name.length > NAME_MAX) tally.error(row, columns.name, `姓名最多 ${NAME_MAX} 个字`);
      if (!phoneText) {
        tally.error(row, columns.phone, '请填写手机号（居民用它登录后自动认证住址）');
        continue;
      }
      const phone = parsePhone(phoneText);
      if (!phone) {
        tally.error(row, columns.phone, `「${phoneText}」不是有效的 11 位手机号`);
        continue;
      }
      const first = phones.get(phone);
      if (first !== undefined) {
        tally.error(row, columns.phone, first === row ? '同一户中手机号重复' : `手机号与第 ${first} 行重复`);
        continue;
      }
      phones.set(phone, row);
      residents.push({ name, phone, nameColumn: columns.name, phoneColumn: columns.phone });
    }
    out.push({ row, names, unit, room, residents });
  }
  return out;
}

/** A household already recorded on a building of the scope. */
export interface KnownHousehold {
  id: string;
  buildingId: string;
  unit: string;
  room: string;
}

/** A resident already recorded (by phone, anywhere): where, under what name, and whether they have claimed it. */
export interface KnownResident {
  id: string;
  phoneHash: string;
  householdId: string;
  name: string;
  claimed: boolean;
  /** Whether the household is on a building inside the import's scope (else nothing about it is shown). */
  inScope: boolean;
  /** `1号楼 2单元301`, for messages. */
  home: string;
}

export interface NewHousehold {
  id: string;
  buildingId: string;
  unit: string;
  room: string;
  label: string;
}

/** A resident to record or to change (another household, another name). */
export interface ResidentWrite {
  id: string;
  householdId: string;
  phone: string;
  phoneHash: string;
  name: string;
}

export interface HouseholdsPlan {
  households: NewHousehold[];
  residents: ResidentWrite[];
  changed: ResidentWrite[];
}

export interface HouseholdWorld {
  index: PlaceIndex;
  /** By `buildingId/unit/room`. */
  households: Map<string, KnownHousehold>;
  /** By phone hash. */
  residents: Map<string, KnownResident>;
  hash(phone: string): string;
  newId(): string;
}

const householdKey = (buildingId: string, unit: string, room: string) => `${buildingId}/${unit}/${room}`;

/**
 * Each row's building is found in the scope; its room is recorded once (a second row for the same room is an
 * error); each resident is recorded by phone — unchanged, moved to this household, renamed, or new. A resident who
 * has already claimed another home by logging in is not moved: that is a binding for staff to handle.
 */
export function planHouseholds(rows: HouseholdRowInput[], world: HouseholdWorld, tally: ImportTally): HouseholdsPlan {
  const plan: HouseholdsPlan = { households: [], residents: [], changed: [] };
  const rooms = new Map<string, number>();
  for (const input of rows) {
    const { row } = input;
    if (!input.names.building) continue;
    const building = world.index.resolve(input.names, row, tally);
    if (!building) continue;
    if (building.level !== PlaceLevel.Building) {
      tally.error(row, '楼栋', `「${building.name}」不是楼栋`);
      continue;
    }
    const unitNumber = parseInteger(input.unit, 1, 999);
    if (building.unitCount !== null && unitNumber !== null && unitNumber > building.unitCount) {
      tally.error(row, '单元', `${building.name}只有 ${building.unitCount} 个单元`);
    }
    const key = householdKey(building.id, input.unit, input.room);
    const sameRoom = rooms.get(key);
    if (sameRoom !== undefined) {
      tally.error(
        row,
        '房号',
        `与第 ${sameRoom} 行是同一户（${building.name} ${householdLabel(input.unit, input.room)}）`,
      );
      continue;
    }
    rooms.set(key, row);
    if (tally.hasErrors(row)) continue;
    const known = world.households.get(key);
    const householdId = known?.id ?? world.newId();
    const writes: { write: ResidentWrite; outcome: 'create' | 'change' | 'unchanged' }[] = [];
    for (const resident of input.residents) {
      const phoneHash = world.hash(resident.phone);
      const existing = world.residents.get(phoneHash);
      const write = {
        id: existing?.id ?? world.newId(),
        householdId,
        phone: resident.phone,
        phoneHash,
        name: resident.name,
      };
      if (!existing) writes.push({ write, outcome: 'create' });
      else if (!existing.inScope) {
        tally.error(row, resident.phoneColumn, '该手机号已登记在导入范围以外的住户中');
      } else if (existing.householdId !== householdId && existing.claimed) {
        tally.error(row, resident.phoneColumn, `该居民已在「${existing.home}」认证住址，请先在住址认证中处理`);
      } else if (existing.householdId !== householdId || existing.name !== resident.name) {
        writes.push({ write, outcome: 'change' });
      } else writes.push({ write, outcome: 'unchanged' });
    }
    if (tally.hasErrors(row)) continue;
    if (!known) {
      plan.households.push({
        id: householdId,
        buildingId: building.id,
        unit: input.unit,
        room: input.room,
        label: householdLabel(input.unit, input.room),
      });
      world.households.set(key, { id: householdId, buildingId: building.id, unit: input.unit, room: input.room });
    }
    tally.count(row, 'household', known ? 'unchanged' : 'create');
    for (const { write, outcome } of writes) {
      if (outcome === 'create') plan.residents.push(write);
      if (outcome === 'change') plan.changed.push(write);
      tally.count(row, 'resident', outcome);
    }
  }
  return plan;
}
