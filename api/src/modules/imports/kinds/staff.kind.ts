import { ImportKind, PLACE_LEVEL_LABEL, PlaceLevel, Role, ROLE_LABEL } from '@tongxin/types';

import { cleanName, parsePhone } from '../workbook/cells';
import type { SheetTable } from '../workbook/workbook';
import type { KindSpec } from './kind-spec';
import { namesOf, type PlaceIndex, type PlaceNames } from './place-index';
import type { ImportTally } from './tally';

/** The roles a sheet may grant, by the words staff write; 居民 comes from households, not from this sheet. */
const ROLE_WORDS: Record<string, Exclude<Role, 'resident'>> = {
  [ROLE_LABEL.part_time_grid_member]: Role.PartTimeGridMember,
  [ROLE_LABEL.grid_worker]: Role.GridWorker,
  专职网格员: Role.GridWorker,
  [ROLE_LABEL.organizer]: Role.Organizer,
  [ROLE_LABEL.community_staff]: Role.CommunityStaff,
  [ROLE_LABEL.street_admin]: Role.StreetAdmin,
  [ROLE_LABEL.mediator]: Role.Mediator,
  [ROLE_LABEL.mediation_admin]: Role.MediationAdmin,
  [ROLE_LABEL.care_worker]: Role.CareWorker,
};

/** Where each role is held: grid members on a grid, staff on their community, organizers on either. */
const ROLE_LEVELS: Record<Exclude<Role, 'resident'>, PlaceLevel[]> = {
  part_time_grid_member: [PlaceLevel.Grid],
  grid_worker: [PlaceLevel.Grid],
  organizer: [PlaceLevel.Community, PlaceLevel.Grid],
  community_staff: [PlaceLevel.Community],
  street_admin: [PlaceLevel.Street],
  mediator: [PlaceLevel.Community],
  mediation_admin: [PlaceLevel.Community, PlaceLevel.Street],
  care_worker: [PlaceLevel.Community],
};

export const STAFF_SPEC: KindSpec = {
  kind: ImportKind.Staff,
  sheet: '人员',
  headerColumns: ['姓名', '手机号', '角色'],
  columns: [
    { header: '姓名', required: true, width: 10, example: '王建国', note: '新成员以此为昵称；已有成员的昵称不变' },
    {
      header: '手机号',
      required: true,
      width: 14,
      example: '13800000005',
      note: '11 位手机号：本人用它登录即拥有角色',
    },
    {
      header: '角色',
      required: true,
      width: 14,
      example: ROLE_LABEL.grid_worker,
      note: '兼职网格员、网格员、活动组织者、社区工作人员（街道管理员可授予）',
    },
    {
      header: '社区',
      required: false,
      width: 16,
      example: '阿吉拉沁社区',
      note: '按街道导入时必填；社区工作人员填到社区',
    },
    { header: '网格', required: false, width: 18, example: '阿吉拉沁第一网格', note: '网格员、兼职网格员必填' },
  ],
  notes: [
    '每行是一个人在一个地点的一个角色；同一人有多个角色时写多行。',
    '手机号还没有登录过小程序的，会按手机号新建成员，本人用该手机号登录即可使用。',
    '只能授予比自己低的角色：社区工作人员可授予网格员、兼职网格员、活动组织者；街道管理员还可授予社区工作人员。',
    '已拥有的角色再次导入不会重复授予。',
  ],
};

export interface StaffRowInput {
  row: number;
  name: string;
  phone: string;
  role: Exclude<Role, 'resident'>;
  names: PlaceNames;
}

const NAME_MAX = 32;

/** Cell checks that need nothing but the sheet: name, phone, role words, rows written twice. */
export function parseStaffRows(table: SheetTable, tally: ImportTally): StaffRowInput[] {
  const seen = new Map<string, number>();
  const nameOfPhone = new Map<string, { name: string; row: number }>();
  const out: StaffRowInput[] = [];
  for (const { row, cells } of table.rows) {
    const name = cleanName(cells.get('姓名') ?? '');
    const phoneText = cells.get('手机号') ?? '';
    const roleText = (cells.get('角色') ?? '').replace(/\s+/g, '');
    if (!name) tally.error(row, '姓名', '请填写姓名');
    else if (name.length > NAME_MAX) tally.error(row, '姓名', `姓名最多 ${NAME_MAX} 个字`);
    const phone = phoneText ? parsePhone(phoneText) : null;
    if (!phoneText) tally.error(row, '手机号', '请填写手机号');
    else if (!phone) tally.error(row, '手机号', `「${phoneText}」不是有效的 11 位手机号`);
    const role = ROLE_WORDS[roleText];
    if (!roleText) tally.error(row, '角色', '请填写角色');
    else if (roleText === ROLE_LABEL.resident) tally.error(row, '角色', '居民由「住户与居民」导入或住址认证获得');
    else if (!role) tally.error(row, '角色', `不认识的角色「${roleText}」`);
    const names = namesOf(cells);
    if (!phone || !role || !name) continue;
    const other = nameOfPhone.get(phone);
    if (other && other.name !== name) {
      tally.error(row, '姓名', `与第 ${other.row} 行同一手机号，姓名却是「${other.name}」`);
    } else if (!other) nameOfPhone.set(phone, { name, row });
    const key = [phone, role, names.community ?? '', names.grid ?? '', names.building ?? ''].join('/');
    const first = seen.get(key);
    if (first !== undefined) tally.error(row, '角色', `与第 ${first} 行重复`);
    else seen.set(key, row);
    out.push({ row, name, phone, role, names });
  }
  return out;
}

export interface NewMember {
  id: string;
  phone: string;
  phoneHash: string;
  name: string;
}

export interface GrantWrite {
  userId: string;
  role: Role;
  placeId: string;
}

export interface StaffPlan {
  members: NewMember[];
  grants: GrantWrite[];
}

export interface StaffWorld {
  index: PlaceIndex;
  /** Active members by phone hash. */
  members: Map<string, { id: string }>;
  /** `user:role:place` of the active grants among those members. */
  activeGrants: Set<string>;
  callerId: string;
  /** Whether the importer may grant `role` on the place at `path` (their own roles there outrank it). */
  mayGrant(path: string, role: Role): boolean;
  hash(phone: string): string;
  newId(): string;
}

export const grantKey = (g: GrantWrite) => `${g.userId}:${g.role}:${g.placeId}`;

/**
 * Each row's place is found in the scope and must suit the role; the importer must outrank the role there and
 * never grants themselves. A phone nobody has logged in with becomes a new member (once, whatever its rows).
 */
export function planStaff(rows: StaffRowInput[], world: StaffWorld, tally: ImportTally): StaffPlan {
  const plan: StaffPlan = { members: [], grants: [] };
  for (const input of rows) {
    const { row, role } = input;
    if (tally.hasErrors(row)) continue;
    const place = world.index.resolve(input.names, row, tally);
    if (!place) continue;
    if (!ROLE_LEVELS[role].includes(place.level)) {
      const where = ROLE_LEVELS[role].map((level) => PLACE_LEVEL_LABEL[level]).join('或');
      tally.error(row, place.level === PlaceLevel.Street ? '社区' : '网格', `${ROLE_LABEL[role]}须授予在${where}上`);
      continue;
    }
    if (!world.mayGrant(place.path, role)) {
      tally.error(row, '角色', `您不能在「${place.name}」授予${ROLE_LABEL[role]}`);
      continue;
    }
    const phoneHash = world.hash(input.phone);
    let member = world.members.get(phoneHash);
    if (member?.id === world.callerId) {
      tally.error(row, '手机号', '不能给自己授予角色');
      continue;
    }
    if (!member) {
      member = { id: world.newId() };
      world.members.set(phoneHash, member);
      plan.members.push({ id: member.id, phone: input.phone, phoneHash, name: input.name });
      tally.count(row, 'member', 'create');
    }
    const grant = { userId: member.id, role, placeId: place.id };
    if (world.activeGrants.has(grantKey(grant))) {
      tally.count(row, 'grant', 'unchanged');
      continue;
    }
    world.activeGrants.add(grantKey(grant));
    plan.grants.push(grant);
    tally.count(row, 'grant', 'create');
  }
  return plan;
}
