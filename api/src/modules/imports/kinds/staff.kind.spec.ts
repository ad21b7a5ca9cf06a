import { Role } from '@tongxin/types';

import { canGrant } from '../../access/permissions';
import { PlaceIndex, type PlaceNode } from './place-index';
import { parseStaffRows, planStaff, type StaffWorld } from './staff.kind';
import { ImportTally } from './tally';

const node = (id: string, level: PlaceNode['level'], name: string, parent?: PlaceNode) =>
  ({
    id,
    level,
    name,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? ''}${id}/`,
    unitCount: null,
    lng: null,
    lat: null,
  }) satisfies PlaceNode;

const street = node('s', 'street', '环河街街道');
const ajilaqin = node('c1', 'community', '阿吉拉沁社区', street);
const g1 = node('g1', 'grid', '阿吉拉沁第一网格', ajilaqin);
const HEADERS = ['姓名', '手机号', '角色', '社区', '网格'];

function run(rows: Record<string, string>[], callerRoles: Role[] = [Role.CommunityStaff]) {
  const tally = new ImportTally(HEADERS);
  const parsed = parseStaffRows(
    { headers: HEADERS, rows: rows.map((cells, i) => ({ row: i + 2, cells: new Map(Object.entries(cells)) })) },
    tally,
  );
  let n = 0;
  const world: StaffWorld = {
    index: new PlaceIndex(street, [street, ajilaqin, g1]),
    members: new Map([
      ['hash:13800000005', { id: 'wang' }],
      ['hash:13800000007', { id: 'me' }],
    ]),
    activeGrants: new Set(['wang:grid_worker:g1']),
    callerId: 'me',
    // The caller holds callerRoles on the community (not on the street).
    mayGrant: (path, role) => path.startsWith(ajilaqin.path) && canGrant(callerRoles, role),
    hash: (phone) => `hash:${phone}`,
    newId: () => `new-${(n += 1)}`,
  };
  const plan = planStaff(parsed, world, tally);
  return {
    plan,
    report: tally.report({ kind: 'staff', scopeId: 's', scopeName: '环河街街道', fileHash: 'x', rows: rows.length }),
  };
}

const row = (cells: Record<string, string>) => ({
  姓名: '王建国',
  手机号: '13800000005',
  社区: '阿吉拉沁社区',
  ...cells,
});

describe('staff import rows', () => {
  it('grants roles by phone, creating a member once for an unknown phone, and finds grants already held', () => {
    const { plan, report } = run([
      row({ 角色: '网格员', 网格: '阿吉拉沁第一网格' }),
      row({ 姓名: '阿娜尔', 手机号: '13800000006', 角色: '活动组织者' }),
      row({ 姓名: '阿娜尔', 手机号: '138 0000 0006', 角色: '兼职网格员', 网格: '阿吉拉沁第一网格' }),
    ]);
    expect(report.errors).toEqual([]);
    expect(plan.members).toEqual([
      { id: 'new-1', phone: '13800000006', phoneHash: 'hash:13800000006', name: '阿娜尔' },
    ]);
    expect(plan.grants).toEqual([
      { userId: 'new-1', role: Role.Organizer, placeId: 'c1' },
      { userId: 'new-1', role: Role.PartTimeGridMember, placeId: 'g1' },
    ]);
    expect(report.counts).toEqual({ create: 2, change: 0, unchanged: 1 });
    expect(report.breakdown).toEqual([
      { thing: 'grant', create: 2, change: 0, unchanged: 1 },
      { thing: 'member', create: 1, change: 0, unchanged: 0 },
    ]);
  });

  it('refuses roles the importer cannot grant, on the wrong kind of place, to themselves, or unknown', () => {
    const { plan, report } = run([
      row({ 角色: '社区工作人员' }),
      row({ 角色: '网格员' }),
      row({ 角色: '网格员', 社区: '', 网格: '' }),
      row({ 手机号: '13800000007', 角色: '网格员', 网格: '阿吉拉沁第一网格' }),
      row({ 角色: '居民' }),
      row({ 角色: '书记' }),
      row({ 手机号: '12345', 角色: '网格员' }),
      row({ 姓名: '王二', 角色: '活动组织者' }),
      row({ 角色: '网格员', 网格: '阿吉拉沁第一网格' }),
      row({ 角色: '网格员', 网格: '阿吉拉沁第一网格' }),
    ]);
    expect(report.errors).toEqual([
      { row: 2, column: '角色', reason: '您不能在「阿吉拉沁社区」授予社区工作人员' },
      { row: 3, column: '网格', reason: '网格员须授予在网格上' },
      { row: 4, column: '社区', reason: '网格员须授予在网格上' },
      { row: 5, column: '手机号', reason: '不能给自己授予角色' },
      { row: 6, column: '角色', reason: '居民由「住户与居民」导入或住址认证获得' },
      { row: 7, column: '角色', reason: '不认识的角色「书记」' },
      { row: 8, column: '手机号', reason: '「12345」不是有效的 11 位手机号' },
      { row: 9, column: '姓名', reason: '与第 2 行同一手机号，姓名却是「王建国」' },
      { row: 11, column: '角色', reason: '与第 10 行重复' },
    ]);
    expect(plan.grants).toEqual([]);
    expect(report.counts).toEqual({ create: 0, change: 0, unchanged: 1 });
  });

  it('lets a street admin grant community staff', () => {
    const { plan, report } = run([row({ 角色: '社区工作人员' })], [Role.StreetAdmin]);
    expect(report.errors).toEqual([]);
    expect(plan.grants).toEqual([{ userId: 'wang', role: Role.CommunityStaff, placeId: 'c1' }]);
  });
});
