import { PlaceIndex, type PlaceNode } from './place-index';
import { parsePlaceRows, planPlaces } from './places.kind';
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

const street = node('s', 'street', '环河街街道');
const ajilaqin = node('c1', 'community', '阿吉拉沁社区', street);
const g1 = node('g1', 'grid', '阿吉拉沁第一网格', ajilaqin);
const b1 = node('b1', 'building', '1号楼', g1, 3);

type Cells = Record<string, string>;
const HEADERS = ['社区', '网格', '楼栋', '单元数', '经度', '纬度'];

function run(rows: Cells[], scope: PlaceNode = street) {
  const tally = new ImportTally(HEADERS);
  const parsed = parsePlaceRows(
    { headers: HEADERS, rows: rows.map((cells, i) => ({ row: i + 2, cells: new Map(Object.entries(cells)) })) },
    tally,
  );
  let n = 0;
  const places = [street, ajilaqin, g1, b1].map((p) => ({ ...p }));
  const index = new PlaceIndex(
    places.find((p) => p.id === scope.id)!,
    places,
  );
  const plan = planPlaces(parsed, index, tally, () => `new-${(n += 1)}`);
  return {
    plan,
    report: tally.report({
      kind: 'places',
      scopeId: scope.id,
      scopeName: scope.name,
      fileHash: 'x',
      rows: rows.length,
    }),
  };
}

describe('places import rows', () => {
  it('creates each missing place once, under the places the row names, and finds those that exist', () => {
    const { plan, report } = run([
      { 社区: '阿吉拉沁社区', 网格: '阿吉拉沁第二网格', 楼栋: '4号楼', 单元数: '2', 经度: '111.66', 纬度: '40.81' },
      { 社区: '阿吉拉沁社区', 网格: '阿吉拉沁第二网格', 楼栋: '5号楼' },
      { 社区: '阿吉拉沁社区', 网格: '阿吉拉沁第一网格', 楼栋: '1号楼', 单元数: '3' },
      { 社区: '新社区' },
    ]);
    expect(report.errors).toEqual([]);
    expect(plan.created.map((p) => [p.id, p.level, p.name, p.path, p.unitCount, p.lng])).toEqual([
      ['new-1', 'grid', '阿吉拉沁第二网格', 's/c1/new-1/', null, null],
      ['new-2', 'building', '4号楼', 's/c1/new-1/new-2/', 2, 111.66],
      ['new-3', 'building', '5号楼', 's/c1/new-1/new-3/', null, null],
      ['new-4', 'community', '新社区', 's/new-4/', null, null],
    ]);
    expect(plan.updated).toEqual([]);
    expect(report.counts).toEqual({ create: 3, change: 0, unchanged: 1 });
    expect(report.breakdown).toEqual([
      { thing: 'grid', create: 1, change: 0, unchanged: 0 },
      { thing: 'building', create: 2, change: 0, unchanged: 1 },
      { thing: 'community', create: 1, change: 0, unchanged: 0 },
    ]);
  });

  it('changes an existing building’s units or position only where the sheet fills them in', () => {
    const { plan, report } = run([
      { 社区: '阿吉拉沁社区', 网格: '阿吉拉沁第一网格', 楼栋: '1号楼', 经度: '111.656', 纬度: '40.809' },
    ]);
    expect(plan.updated).toEqual([{ id: 'b1', unitCount: 3, lng: 111.656, lat: 40.809 }]);
    expect(report.counts).toEqual({ create: 0, change: 1, unchanged: 0 });
  });

  it('names each bad cell', () => {
    const { plan, report } = run([
      { 网格: '阿吉拉沁第二网格' },
      { 社区: '阿吉拉沁社区', 楼栋: '9号楼' },
      { 社区: '阿吉拉沁社区', 网格: '阿吉拉沁第一网格', 单元数: '2' },
      { 社区: '阿吉拉沁社区', 网格: '阿吉拉沁第一网格', 楼栋: '7号楼', 单元数: '2.5', 经度: '40.8', 纬度: '111.6' },
      { 社区: '阿吉拉沁社区', 网格: '阿吉拉沁第一网格', 楼栋: '6号楼', 经度: '111.6' },
      { 社区: '阿吉拉沁社区', 网格: '阿吉拉沁第一网格', 楼栋: '8号楼' },
      { 社区: '阿吉拉沁社区', 网格: '阿吉拉沁第一网格', 楼栋: '8号楼' },
      { 单元数: '3' },
    ]);
    expect(report.errors).toEqual([
      { row: 2, column: '社区', reason: '按街道导入时必须填写社区' },
      { row: 3, column: '网格', reason: '填写楼栋时必须填写所在网格' },
      { row: 4, column: '单元数', reason: '只有楼栋可以填写单元数' },
      { row: 5, column: '单元数', reason: '「2.5」不是 1–99 的整数' },
      { row: 5, column: '经度', reason: '「40.8」不是 73–136 之间的经度' },
      { row: 5, column: '纬度', reason: '「111.6」不是 3–54 之间的纬度' },
      { row: 6, column: '纬度', reason: '经度和纬度要同时填写' },
      { row: 8, column: '楼栋', reason: '与第 7 行重复' },
      { row: 9, column: '楼栋', reason: '请填写社区、网格或楼栋' },
    ]);
    expect(plan.created.map((p) => p.name)).toEqual(['8号楼']);
  });

  it('imports into a community without the 社区 column, and refuses another community', () => {
    const { plan, report } = run(
      [
        { 网格: '阿吉拉沁第五网格', 楼栋: '1号楼' },
        { 社区: '兴旺社区', 网格: '兴旺网格' },
      ],
      ajilaqin,
    );
    expect(report.errors).toEqual([
      { row: 3, column: '社区', reason: '社区「兴旺社区」不在导入范围「阿吉拉沁社区」内' },
    ]);
    expect(plan.created.map((p) => p.path)).toEqual(['s/c1/new-1/', 's/c1/new-1/new-2/']);
  });
});
