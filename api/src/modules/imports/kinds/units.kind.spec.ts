import { PlaceUnitKind } from '@tongxin/types';

import { PlaceIndex, type PlaceNode } from './place-index';
import { ImportTally } from './tally';
import { parseUnitRows, planUnits } from './units.kind';

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

const street = node('s', 'street', '滨河街道');
const xingwang = node('c1', 'community', '兴旺社区', street);
const g1 = node('g1', 'grid', '丽日家园红色网格', xingwang);
const HEADERS = [
  '类型',
  '名称',
  '社区',
  '网格',
  '楼栋',
  '地址',
  '服务内容',
  '开放时间',
  '联系人',
  '联系电话',
  '经度',
  '纬度',
];
const NO_DETAILS = {
  address: null,
  services: null,
  openingHours: null,
  contactName: null,
  contactPhone: null,
  lng: null,
  lat: null,
};

function run(rows: Record<string, string>[]) {
  const tally = new ImportTally(HEADERS);
  const parsed = parseUnitRows(
    { headers: HEADERS, rows: rows.map((cells, i) => ({ row: i + 2, cells: new Map(Object.entries(cells)) })) },
    tally,
  );
  let n = 0;
  const world = {
    index: new PlaceIndex(street, [street, xingwang, g1]),
    units: new Map([
      [
        'c1/兴旺社区实践教育站',
        {
          id: 'u1',
          placeId: 'c1',
          kind: PlaceUnitKind.EducationStation,
          name: '兴旺社区实践教育站',
          ...NO_DETAILS,
          openingHours: '周一至周五 9:00–17:30',
        },
      ],
    ]),
    newId: () => `new-${(n += 1)}`,
  };
  const plan = planUnits(parsed, world, tally);
  return {
    plan,
    report: tally.report({ kind: 'units', scopeId: 's', scopeName: '滨河街道', fileHash: 'x', rows: rows.length }),
  };
}

describe('units import rows', () => {
  it('creates units on the place a row names (the scope when none), and changes those found by name', () => {
    const { plan, report } = run([
      { 类型: '实践教育所', 名称: '滨河街道实践教育所' },
      {
        类型: '实践教育点',
        名称: '丽日家园服务点',
        社区: '兴旺社区',
        网格: '丽日家园红色网格',
        服务内容: '代办证明、矛盾调解',
        联系电话: '0477 858 1234',
        经度: '109.7801',
        纬度: '39.6091',
      },
      { 类型: '实践教育站', 名称: '兴旺社区实践教育站', 社区: '兴旺社区', 地址: '兴旺社区党群服务中心' },
      { 类型: '实践教育站', 名称: '兴旺社区实践教育站', 社区: '兴旺社区' },
    ]);
    expect(report.errors).toEqual([{ row: 5, column: '名称', reason: '与第 4 行是同一单位（兴旺社区）' }]);
    expect(plan.created).toEqual([
      { id: 'new-1', placeId: 's', kind: PlaceUnitKind.EducationInstitute, name: '滨河街道实践教育所', ...NO_DETAILS },
      {
        id: 'new-2',
        placeId: 'g1',
        kind: PlaceUnitKind.ServicePoint,
        name: '丽日家园服务点',
        ...NO_DETAILS,
        services: '代办证明、矛盾调解',
        contactPhone: '04778581234',
        lng: 109.7801,
        lat: 39.6091,
      },
    ]);
    expect(plan.updated).toEqual([
      {
        id: 'u1',
        placeId: 'c1',
        kind: PlaceUnitKind.EducationStation,
        name: '兴旺社区实践教育站',
        ...NO_DETAILS,
        address: '兴旺社区党群服务中心',
        openingHours: '周一至周五 9:00–17:30',
      },
    ]);
  });

  it('names unknown kinds, missing names and bad details', () => {
    const { report } = run([
      { 类型: '党支部', 名称: '某单位' },
      { 类型: '共建单位' },
      { 类型: '共建单位', 名称: '某医院', 联系电话: '电话待定', 经度: '109.78', 开放时间: '全天'.repeat(60) },
    ]);
    expect(report.errors).toEqual([
      { row: 2, column: '类型', reason: '不认识的类型「党支部」' },
      { row: 3, column: '名称', reason: '请填写名称' },
      { row: 4, column: '开放时间', reason: '开放时间最多 100 个字' },
      { row: 4, column: '联系电话', reason: '「电话待定」不是有效的电话号码' },
      { row: 4, column: '纬度', reason: '经度和纬度要同时填写' },
    ]);
  });
});
