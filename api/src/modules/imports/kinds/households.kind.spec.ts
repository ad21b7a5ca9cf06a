import { type HouseholdWorld, type KnownResident, parseHouseholdRows, planHouseholds } from './households.kind';
import { PlaceIndex, type PlaceNode } from './place-index';
import { ImportTally } from './tally';

const node = (
  id: string,
  level: PlaceNode['level'],
  name: string,
  parent?: PlaceNode,
  unitCount: number | null = null,
) =>
  ({
    id,
    level,
    name,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? ''}${id}/`,
    unitCount,
    lng: null,
    lat: null,
  }) satisfies PlaceNode;

// 滨河街道 → 兴旺社区 (红色网格: 1号楼, 2号楼 with 2 units; 橙色网格: 1号楼) and 新城社区 (红色网格: 9号楼).
const street = node('s', 'street', '滨河街道');
const xingwang = node('c1', 'community', '兴旺社区', street);
const red = node('g1', 'grid', '红色网格', xingwang);
const orange = node('g2', 'grid', '橙色网格', xingwang);
const b1 = node('b1', 'building', '1号楼', red);
const b2 = node('b2', 'building', '2号楼', red, 2);
const o1 = node('b3', 'building', '1号楼', orange);
const xincheng = node('c2', 'community', '新城社区', street);
const red2 = node('g3', 'grid', '红色网格', xincheng);
const b9 = node('b9', 'building', '9号楼', red2);
const PLACES = [street, xingwang, red, orange, b1, b2, o1, xincheng, red2, b9];

type Cells = Record<string, string>;
const HEADERS = ['社区', '网格', '楼栋', '单元', '房号', '居民1姓名', '居民1手机号', '居民2姓名', '居民2手机号'];
const table = (rows: Cells[]) => ({
  headers: HEADERS,
  rows: rows.map((cells, i) => ({ row: i + 2, cells: new Map(Object.entries(cells)) })),
});

function run(rows: Cells[], options: { scope?: PlaceNode; residents?: KnownResident[]; outside?: string[] } = {}) {
  const tally = new ImportTally(HEADERS);
  const parsed = parseHouseholdRows(table(rows), tally);
  let n = 0;
  const world: HouseholdWorld = {
    index: new PlaceIndex(options.scope ?? street, PLACES, new Set(options.outside ?? [])),
    households: new Map([['b1/1/101', { id: 'h-101', buildingId: 'b1', unit: '1', room: '101' }]]),
    residents: new Map((options.residents ?? []).map((r) => [r.phoneHash, r])),
    hash: (phone) => `hash:${phone}`,
    newId: () => `new-${(n += 1)}`,
  };
  const plan = planHouseholds(parsed, world, tally);
  return {
    plan,
    report: tally.report({ kind: 'households', scopeId: 's', scopeName: '滨河街道', fileHash: 'x', rows: rows.length }),
  };
}

const home = (cells: Cells = {}): Cells => ({
  社区: '兴旺社区',
  网格: '红色网格',
  楼栋: '1号楼',
  单元: '2',
  房号: '301',
  ...cells,
});

describe('households import rows', () => {
  it('records a new room and its residents, and finds a room already recorded', () => {
    const { plan, report } = run([
      home({ 居民1姓名: '其其格', 居民1手机号: '138 0000 0001', 居民2姓名: '巴特尔', 居民2手机号: '13800000002' }),
      home({ 单元: '1单元', 房号: '101室' }),
    ]);
    expect(report.errors).toEqual([]);
    expect(plan.households).toEqual([{ id: 'new-1', buildingId: 'b1', unit: '2', room: '301', label: '2单元301' }]);
    expect(plan.residents.map((r) => [r.householdId, r.phone, r.phoneHash, r.name])).toEqual([
      ['new-1', '13800000001', 'hash:13800000001', '其其格'],
      ['new-1', '13800000002', 'hash:13800000002', '巴特尔'],
    ]);
    expect(report.counts).toEqual({ create: 1, change: 0, unchanged: 1 });
    expect(report.breakdown).toEqual([
      { thing: 'household', create: 1, change: 0, unchanged: 1 },
      { thing: 'resident', create: 2, change: 0, unchanged: 0 },
    ]);
  });

  it('names each bad cell with its row and column, in Chinese', () => {
    const { report } = run([
      home({ 房号: '' }),
      home({ 楼栋: '', 房号: '1' }),
      home({ 房号: '2', 居民1姓名: '张三', 居民1手机号: '1380000' }),
      home({ 房号: '3', 居民1姓名: '李四' }),
      home({ 房号: '4', 居民1手机号: '13800000009' }),
      home({ 房号: '5', 居民1姓名: '王五', 居民1手机号: '13800000005' }),
      home({ 房号: '6', 居民1姓名: '王五', 居民1手机号: '13800000005' }),
    ]);
    expect(report.errors).toEqual([
      { row: 2, column: '房号', reason: '请填写房号' },
      { row: 3, column: '楼栋', reason: '请填写楼栋' },
      { row: 4, column: '居民1手机号', reason: '「1380000」不是有效的 11 位手机号' },
      { row: 5, column: '居民1手机号', reason: '请填写手机号（居民用它登录后自动认证住址）' },
      { row: 6, column: '居民1姓名', reason: '请填写居民姓名' },
      { row: 8, column: '居民1手机号', reason: '手机号与第 7 行重复' },
    ]);
    expect(report.counts).toEqual({ create: 1, change: 0, unchanged: 0 });
  });

  it('finds buildings by name inside the scope, asking for the grid or community when names repeat', () => {
    const { report } = run(
      [
        { 楼栋: '1号楼', 房号: '1' },
        { 网格: '红色网格', 楼栋: '9号楼', 房号: '1' },
        { 楼栋: '8号楼', 房号: '1' },
        { 网格: '紫色网格', 楼栋: '1号楼', 房号: '1' },
        { 网格: '橙色网格', 楼栋: '2号楼', 房号: '1' },
        { 社区: '阿吉拉沁社区', 楼栋: '1号楼', 房号: '1' },
        { 楼栋: '2号楼', 房号: '1' },
      ],
      { outside: ['community:阿吉拉沁社区'] },
    );
    expect(report.errors).toEqual([
      { row: 2, column: '楼栋', reason: '有 2 个楼栋叫「1号楼」，请填写社区、网格以区分' },
      { row: 4, column: '楼栋', reason: '找不到楼栋「8号楼」' },
      { row: 5, column: '网格', reason: '找不到网格「紫色网格」' },
      { row: 6, column: '楼栋', reason: '网格「橙色网格」下没有楼栋「2号楼」' },
      { row: 7, column: '社区', reason: '社区「阿吉拉沁社区」不在导入范围「滨河街道」内' },
    ]);
    expect(report.counts.create).toBe(2);
  });

  it('refuses another community in a community scope, and a room written twice', () => {
    const outside = run([{ 社区: '新城社区', 楼栋: '9号楼', 房号: '1' }], { scope: xingwang });
    expect(outside.report.errors).toEqual([
      { row: 2, column: '社区', reason: '社区「新城社区」不在导入范围「兴旺社区」内' },
    ]);
    const twice = run([home(), home({ 单元: '2单元', 房号: '301室' })]);
    expect(twice.report.errors).toEqual([{ row: 3, column: '房号', reason: '与第 2 行是同一户（1号楼 2单元301）' }]);
  });

  it('refuses a unit the building does not have', () => {
    const { report } = run([{ 网格: '红色网格', 楼栋: '2号楼', 单元: '3', 房号: '101' }]);
    expect(report.errors).toEqual([{ row: 2, column: '单元', reason: '2号楼只有 2 个单元' }]);
  });

  it('moves an unclaimed resident, keeps a claimed one where they verified, and leaves other scopes alone', () => {
    const known = (phone: string, fields: Partial<KnownResident>): KnownResident => ({
      id: `r-${phone}`,
      phoneHash: `hash:${phone}`,
      householdId: 'h-101',
      name: '其其格',
      claimed: false,
      inScope: true,
      home: '1号楼 1单元101',
      ...fields,
    });
    const { plan, report } = run(
      [
        home({ 单元: '1', 房号: '101', 居民1姓名: '其其格', 居民1手机号: '13800000001' }),
        home({ 房号: '302', 居民1姓名: '其其格', 居民1手机号: '13800000002' }),
        home({ 房号: '303', 居民1姓名: '其其格', 居民1手机号: '13800000003' }),
        home({ 房号: '304', 居民1姓名: '其其格', 居民1手机号: '13800000004' }),
      ],
      {
        residents: [
          known('13800000001', {}),
          known('13800000002', {}),
          known('13800000003', { claimed: true }),
          known('13800000004', { inScope: false }),
        ],
      },
    );
    expect(report.errors).toEqual([
      { row: 4, column: '居民1手机号', reason: '该居民已在「1号楼 1单元101」认证住址，请先在住址认证中处理' },
      { row: 5, column: '居民1手机号', reason: '该手机号已登记在导入范围以外的住户中' },
    ]);
    expect(plan.changed.map((r) => [r.id, r.householdId])).toEqual([['r-13800000002', 'new-1']]);
    expect(report.breakdown).toContainEqual({ thing: 'resident', create: 0, change: 1, unchanged: 1 });
  });
});
