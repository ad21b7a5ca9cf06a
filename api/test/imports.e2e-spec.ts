import {
  type ApiErrorBody,
  type AuditLogEntry,
  type AuthTokens,
  BindingStatus,
  ErrorCode,
  type ImportApplyResponse,
  type ImportReport,
  type ImportSummary,
  type MemberSummary,
  type MeResponse,
  type NotificationView,
  type Page,
  type PlaceDetail,
  type PlaceSummary,
  type PlaceUnitSummary,
  type ReportCategoryView,
  Role,
} from '@tongxin/types';
import readXlsxFile from 'read-excel-file/node';
import { IsNull } from 'typeorm';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';

import { RoleGrant } from '../src/modules/access/role-grant.entity';
import { SmsCode } from '../src/modules/auth/sms-code.entity';
import { ResidenceBinding } from '../src/modules/bindings/residence-binding.entity';
import { Household } from '../src/modules/imports/entities/household.entity';
import { HouseholdResident } from '../src/modules/imports/entities/household-resident.entity';
import { Place } from '../src/modules/places/place.entity';
import { demoPlaceId } from '../src/modules/seed/demo-data';
import { User } from '../src/modules/users/user.entity';
import { type FakeTencentSms, startFakeTencentSms } from './fakes/fake-tencent-sms.server';
import { type FakeWechat, startFakeWechat } from './fakes/fake-wechat.server';
import { providerEnv } from './fakes/provider-env';
import { client, loginAs } from './helpers/session';
import { http, startTestApp, type TestApp } from './helpers/test-app';

type Cell = string | number | null;
type Api = ReturnType<typeof client>;

/** A workbook as staff fill in a template: the header row, then the rows. */
function workbook(rows: Cell[][], sheet = '数据'): Promise<Buffer> {
  const data: SheetData = rows.map((row) => row.map((value) => (value === null ? null : { value })));
  return writeExcelFile(data, { sheet }).toBuffer();
}

const HOUSEHOLDS = ['社区', '网格', '楼栋', '单元', '房号', '居民1姓名', '居民1手机号', '居民2姓名', '居民2手机号'];
const PLACES = ['社区', '网格', '楼栋', '单元数', '经度', '纬度'];
const STAFF = ['姓名', '手机号', '角色', '社区', '网格'];
const UNITS = ['类型', '名称', '社区', '网格', '楼栋', '地址', '开放时间', '联系电话', '经度', '纬度'];

describe('imports (导入)', () => {
  let sms: FakeTencentSms;
  let wx: FakeWechat;
  let t: TestApp;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sms = await startFakeTencentSms();
    wx = await startFakeWechat();
    t = await startTestApp(providerEnv(sms, wx));
    for (const key of ['street-admin', 'staff-ajilaqin', 'staff-xingwang', 'resident', 'grid-worker']) {
      token[key] = (await loginAs(t.baseUrl, key)).accessToken;
    }
  });
  afterAll(async () => {
    await t.close();
    await sms.close();
    await wx.close();
  });

  const as = (key: string): Api => client(t.baseUrl, token[key]);

  /** POSTs a workbook as multipart/form-data to a dry run or an apply. */
  function send<T>(
    key: string | null,
    {
      kind,
      phase,
      scopeId,
      data,
      name = '台账.xlsx',
    }: { kind: string; phase: 'dry-run' | 'apply'; scopeId: string; data: Buffer; name?: string },
  ) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)]), name);
    return http<T & ApiErrorBody>(t.baseUrl, `/api/imports/${kind}/${phase}?scopeId=${encodeURIComponent(scopeId)}`, {
      method: 'POST',
      headers: key ? { authorization: `Bearer ${token[key]}` } : {},
      body: form,
    });
  }
  const dryRun = (key: string, kind: string, scopeId: string, data: Buffer) =>
    send<ImportReport>(key, { kind, phase: 'dry-run', scopeId, data });
  const apply = (key: string, kind: string, scopeId: string, data: Buffer) =>
    send<ImportApplyResponse>(key, { kind, phase: 'apply', scopeId, data });

  async function smsLogin(phone: string): Promise<AuthTokens> {
    const api = client(t.baseUrl);
    expect((await api.post('/auth/sms/send', { phone })).status).toBe(202);
    const login = await api.post<AuthTokens>('/auth/sms/login', { phone, code: sms.lastCodeFor(phone) });
    expect(login.status).toBe(200);
    return login.body;
  }

  describe('templates', () => {
    it.each(['places', 'households', 'staff', 'units'])(
      'offers the %s template to anyone, with a 说明 sheet',
      async (kind) => {
        const res = await fetch(`${t.baseUrl}/api/imports/templates/${kind}.xlsx`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('spreadsheetml');
        expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''%E5%AF%BC%E5%85%A5");
        const sheets = await readXlsxFile(Buffer.from(await res.arrayBuffer()));
        expect(sheets.map((s) => s.sheet)[1]).toBe('说明');
        expect(sheets[0].data).toHaveLength(2);
        expect(sheets[1].data.length).toBeGreaterThan(5);
      },
    );

    it('lets a filled-in template be read back as it was written', async () => {
      const res = await fetch(`${t.baseUrl}/api/imports/templates/households.xlsx`);
      const [sheet] = await readXlsxFile(Buffer.from(await res.arrayBuffer()));
      expect(sheet.data[0].slice(0, 5)).toEqual(['社区', '网格', '楼栋*', '单元', '房号*']);
      // The template's example row is 阿吉拉沁 1号楼: a community staff member can dry-run it as it comes.
      const report = await dryRun(
        'staff-ajilaqin',
        'households',
        demoPlaceId('ajilaqin'),
        Buffer.from(await (await fetch(`${t.baseUrl}/api/imports/templates/households.xlsx`)).arrayBuffer()),
      );
      expect(report.status).toBe(200);
      expect(report.body).toMatchObject({ rows: 1, errorCount: 0, counts: { create: 1, change: 0, unchanged: 0 } });
    });

    it('refuses an unknown kind', async () => {
      const res = await http<ApiErrorBody>(t.baseUrl, '/api/imports/templates/budgets.xlsx');
      expect([res.status, res.body.code]).toEqual([400, ErrorCode.ValidationFailed]);
    });
  });

  describe('places: dry run, then apply, then the same file again', () => {
    const file = () =>
      workbook([
        PLACES,
        ['滨河新城社区', null, null, null, null, null],
        ['滨河新城社区', '新城一网格', '1号楼', 4, 109.7801, 39.6091],
        ['滨河新城社区', '新城一网格', '2号楼', 2, null, null],
        ['滨河新城社区', '新城二网格', '3号楼', null, null, null],
        ['兴旺社区', '兴旺黄色网格', '兴旺小区1号楼', 6, null, null],
      ]);

    it('reports what it would do and writes nothing on a dry run', async () => {
      const before = await t.dataSource.manager.count(Place);
      const res = await dryRun('street-admin', 'places', demoPlaceId('binhe'), await file());
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        kind: 'places',
        scopeName: '滨河街道',
        rows: 5,
        counts: { create: 4, change: 1, unchanged: 0 },
        errors: [],
        errorCount: 0,
      });
      expect(res.body.breakdown).toEqual(
        expect.arrayContaining([
          { thing: 'community', create: 1, change: 0, unchanged: 0 },
          { thing: 'grid', create: 2, change: 0, unchanged: 0 },
          { thing: 'building', create: 3, change: 1, unchanged: 0 },
        ]),
      );
      expect(await t.dataSource.manager.count(Place)).toBe(before);
    });

    it('applies it, readable through the places endpoints, stored and audited', async () => {
      const res = await apply('street-admin', 'places', demoPlaceId('binhe'), await file());
      expect(res.status).toBe(201);
      expect(res.body.import).toMatchObject({
        kind: 'places',
        status: 'applied',
        scopeName: '滨河街道',
        actorName: '高强',
        fileName: '台账.xlsx',
        rows: 5,
        counts: { create: 4, change: 1, unchanged: 0 },
      });
      const anon = client(t.baseUrl);
      const communities = await anon.get<Page<PlaceSummary>>(`/places?parentId=${demoPlaceId('binhe')}`);
      const community = communities.body.items.find((p) => p.name === '滨河新城社区')!;
      expect(community.level).toBe('community');
      // The new community takes reports from its first day: it has the default categories.
      const categories = await as('street-admin').get<ReportCategoryView[]>(
        `/report-categories?communityId=${community.id}`,
      );
      expect(categories.body.map((c) => c.name)).toEqual(
        expect.arrayContaining(['环境卫生', '公共设施损坏', '跑腿代办', '助老帮扶']),
      );
      const grids = await anon.get<Page<PlaceSummary>>(`/places?parentId=${community.id}`);
      expect(grids.body.items.map((g) => g.name)).toEqual(['新城一网格', '新城二网格']);
      const buildings = await anon.get<Page<PlaceSummary>>(`/places?parentId=${grids.body.items[0].id}`);
      const building = await anon.get<PlaceDetail>(`/places/${buildings.body.items[0].id}`);
      expect(building.body).toMatchObject({
        name: '1号楼',
        unitCount: 4,
        location: { lng: 109.7801, lat: 39.6091 },
        ancestors: [{ name: '滨河街道' }, { name: '滨河新城社区' }, { name: '新城一网格' }],
      });
      const changed = await anon.get<PlaceDetail>(`/places/${demoPlaceId('xingwang/g3/b1')}`);
      expect(changed.body.unitCount).toBe(6);
      const audit = await as('street-admin').get<Page<AuditLogEntry>>('/audit-logs?pageSize=100');
      expect(audit.body.items.find((a) => a.action === 'import.apply')).toMatchObject({
        targetId: res.body.import.id,
        placeId: demoPlaceId('binhe'),
      });
    });

    it('changes nothing when the same file is imported again', async () => {
      const before = await t.dataSource.manager.count(Place);
      const res = await apply('street-admin', 'places', demoPlaceId('binhe'), await file());
      expect(res.status).toBe(201);
      expect(res.body.import.counts).toEqual({ create: 0, change: 0, unchanged: 5 });
      expect(await t.dataSource.manager.count(Place)).toBe(before);
    });
  });

  describe('households: all or nothing, then pre-verified homes', () => {
    const ajilaqin = demoPlaceId('ajilaqin');
    const rows = (bad: boolean): Cell[][] => [
      HOUSEHOLDS,
      [null, '阿吉拉沁第一网格', '1号楼', '2单元', '301', '巴特尔', '13912340001', '娜仁', '139 1234 0002'],
      [null, '阿吉拉沁第二网格', '4号楼', 1, 102, '张桂兰', '13912340003', null, null],
      [null, null, bad ? '99号楼' : '7号楼', 3, 501, '刘洋', bad ? '1391234' : '13912340004', null, null],
      [null, '阿吉拉沁第一网格', '1号楼', 2, '301室', null, null, null, null],
      [null, '阿吉拉沁第一网格', '1号楼', 1, '101', '王芳', '13912340005', null, null],
    ];

    it('lists every bad row on a dry run, with row, column and reason', async () => {
      const res = await dryRun('staff-ajilaqin', 'households', ajilaqin, await workbook(rows(true)));
      expect(res.status).toBe(200);
      expect(res.body.errors).toEqual([
        { row: 4, column: '楼栋', reason: '找不到楼栋「99号楼」' },
        { row: 4, column: '居民1手机号', reason: '「1391234」不是有效的 11 位手机号' },
        { row: 5, column: '房号', reason: '与第 2 行是同一户（1号楼 2单元301）' },
      ]);
      expect(res.body.errorCount).toBe(3);
      expect(res.body.counts).toEqual({ create: 3, change: 0, unchanged: 0 });
    });

    it('writes nothing when any row is bad, and keeps the refused import in the list', async () => {
      const res = await apply('staff-ajilaqin', 'households', ajilaqin, await workbook(rows(true)));
      expect([res.status, res.body.code]).toEqual([422, ErrorCode.ImportRowsInvalid]);
      expect((res.body.details as ImportReport).errorCount).toBe(3);
      expect(await t.dataSource.manager.count(Household)).toBe(0);
      expect(await t.dataSource.manager.count(HouseholdResident)).toBe(0);
      const list = await as('staff-ajilaqin').get<Page<ImportSummary>>('/imports?kind=households');
      expect(list.body.items[0]).toMatchObject({ status: 'rejected', errorCount: 3, actorName: '乌云' });
    });

    it('applies the fixed file: rooms and residents, phones encrypted', async () => {
      const res = await apply(
        'staff-ajilaqin',
        'households',
        ajilaqin,
        await workbook(rows(false).filter((_, i) => i !== 4)),
      );
      expect(res.status).toBe(201);
      expect(res.body.report.counts).toEqual({ create: 4, change: 0, unchanged: 0 });
      expect(res.body.report.breakdown).toEqual([
        { thing: 'household', create: 4, change: 0, unchanged: 0 },
        { thing: 'resident', create: 5, change: 0, unchanged: 0 },
      ]);
      const stored = JSON.stringify(await t.dataSource.manager.find(HouseholdResident));
      expect(stored).not.toContain('13912340001');
      expect(stored).not.toContain('巴特尔');
      const households = await t.dataSource.manager.find(Household, { order: { label: 'ASC' } });
      expect(households.map((h) => h.label)).toEqual(['1单元101', '1单元102', '2单元301', '3单元501']);
    });

    it('changes nothing on a second import of the same file', async () => {
      const res = await apply(
        'staff-ajilaqin',
        'households',
        ajilaqin,
        await workbook(rows(false).filter((_, i) => i !== 4)),
      );
      expect(res.status).toBe(201);
      expect(res.body.report.counts).toEqual({ create: 0, change: 0, unchanged: 4 });
      expect(await t.dataSource.manager.count(Household)).toBe(4);
      expect(await t.dataSource.manager.count(HouseholdResident)).toBe(5);
    });

    it('writes a file applied twice at once only once', async () => {
      const file = await workbook([
        HOUSEHOLDS,
        [null, null, '8号楼', 1, 101, '高娃', '13912340011', null, null],
        [null, null, '8号楼', 1, 102, '敖登', '13912340012', null, null],
      ]);
      const before = await t.dataSource.manager.count(Household);
      const both = await Promise.all([1, 2].map(() => apply('staff-ajilaqin', 'households', ajilaqin, file)));
      expect(both.map((r) => r.status)).toEqual([201, 201]);
      expect(both.map((r) => r.body.report.counts.create).sort()).toEqual([0, 2]);
      expect(await t.dataSource.manager.count(Household)).toBe(before + 2);
    });

    it('finds the home verified when the resident first logs in with that phone, once', async () => {
      const login = await smsLogin('13912340001');
      const building = demoPlaceId('ajilaqin/g1/b1');
      expect(login.user.roles).toEqual([expect.objectContaining({ role: Role.Resident, placeId: building })]);
      const member = client(t.baseUrl, login.accessToken);
      const me = await member.get<MeResponse>('/me');
      expect(me.body.home).toEqual({
        buildingId: building,
        buildingName: '1号楼',
        household: '2单元301',
        status: BindingStatus.Verified,
      });
      const notices = await member.get<Page<NotificationView>>('/notifications/mine');
      expect(notices.body.items.map((n) => n.title)).toContain('住址认证已通过');
      // The member is now one of 阿吉拉沁's residents, in the staff's member directory.
      const members = await as('staff-ajilaqin').get<Page<MemberSummary>>(`/members?placeId=${building}&pageSize=100`);
      expect(members.body.items.find((m) => m.id === login.user.id)).toMatchObject({ phone: '139****0001' });

      // A second login claims nothing more.
      await t.dataSource.createQueryBuilder().delete().from(SmsCode).execute(); // past the cooldown
      await smsLogin('13912340001');
      const userId = login.user.id;
      expect(await t.dataSource.manager.count(ResidenceBinding, { where: { userId } })).toBe(1);
      expect(await t.dataSource.manager.count(RoleGrant, { where: { userId, revokedAt: IsNull() } })).toBe(1);
      const audit = await as('staff-ajilaqin').get<Page<AuditLogEntry>>('/audit-logs?pageSize=100');
      expect(audit.body.items.filter((a) => a.action === 'binding.claim' && a.actorId === userId)).toHaveLength(1);
    });

    it('verifies the home of a WeChat member who links that phone', async () => {
      const file = await workbook([
        HOUSEHOLDS,
        [null, '阿吉拉沁第二网格', '5号楼', 1, 201, '乌兰', '13912340021', null, null],
      ]);
      expect((await apply('staff-ajilaqin', 'households', ajilaqin, file)).status).toBe(201);
      const api = client(t.baseUrl);
      const login = await api.post<AuthTokens>('/auth/wechat/login', { code: wx.issueLoginCode('openid-wulan') });
      expect(login.body.user.roles).toEqual([]);
      const member = client(t.baseUrl, login.body.accessToken);
      const linked = await member.post<MeResponse>('/auth/wechat/phone', { code: wx.issuePhoneCode('13912340021') });
      expect(linked.status).toBe(200);
      expect(linked.body.home).toMatchObject({ buildingName: '5号楼', household: '1单元201', status: 'verified' });
      expect(linked.body.roles).toEqual([expect.objectContaining({ role: Role.Resident, placeName: '5号楼' })]);
    });

    it('verifies an existing member’s home at once, replacing a pending request', async () => {
      // 其其格 (13800000001, demo) asks to live elsewhere; the 台账 says 1号楼 3单元601.
      const resident = as('resident');
      expect(
        (await resident.post('/me/binding', { buildingId: demoPlaceId('ajilaqin/g2/b1'), household: '9单元9' })).status,
      ).toBe(201);
      const res = await apply(
        'staff-ajilaqin',
        'households',
        ajilaqin,
        await workbook([HOUSEHOLDS, [null, '阿吉拉沁第一网格', '1号楼', 3, 601, '其其格', '13800000001', null, null]]),
      );
      expect(res.status).toBe(201);
      const me = await resident.get<MeResponse>('/me');
      expect(me.body.home).toMatchObject({ household: '3单元601', status: BindingStatus.Verified });
      const user = await t.dataSource.manager.findOneByOrFail(User, { nickname: '其其格' });
      expect(user.homePlaceId).toBe(demoPlaceId('ajilaqin/g1/b1'));
    });

    it('does not move a resident who has claimed their home', async () => {
      const res = await dryRun(
        'staff-ajilaqin',
        'households',
        ajilaqin,
        await workbook([HOUSEHOLDS, [null, '阿吉拉沁第一网格', '1号楼', 5, 501, '巴特尔', '13912340001', null, null]]),
      );
      expect(res.body.errors).toEqual([
        { row: 2, column: '居民1手机号', reason: '该居民已在「1号楼 2单元301」认证住址，请先在住址认证中处理' },
      ]);
    });
  });

  describe('staff and roles', () => {
    it('grants roles by phone, creating the member, who finds the role at first login and sees the grid’s hall', async () => {
      const file = await workbook([
        STAFF,
        ['孟和', '13912340101', '网格员', '兴旺社区', '丽日家园红色网格'],
        ['孟和', '13912340101', '活动组织者', '兴旺社区', null],
        ['吴敏', '13912340102', '社区工作人员', '兴旺社区', null],
      ]);
      const res = await apply('street-admin', 'staff', demoPlaceId('binhe'), file);
      expect(res.status).toBe(201);
      expect(res.body.report.breakdown).toEqual([
        { thing: 'member', create: 2, change: 0, unchanged: 0 },
        { thing: 'grant', create: 3, change: 0, unchanged: 0 },
      ]);
      const grid = demoPlaceId('xingwang/g1');
      const workers = await as('staff-xingwang').get<Page<MemberSummary>>(`/members?role=grid_worker&placeId=${grid}`);
      expect(workers.body.items.map((m) => [m.nickname, m.phone])).toEqual([['孟和', '139****0101']]);

      const login = await smsLogin('13912340101');
      expect(login.user.nickname).toBe('孟和');
      expect(login.user.roles.map((r) => [r.role, r.placeName]).sort()).toEqual(
        [
          [Role.GridWorker, '丽日家园红色网格'],
          [Role.Organizer, '兴旺社区'],
        ].sort(),
      );
      expect((await client(t.baseUrl, login.accessToken).get('/orders/hall')).status).toBe(200);

      const again = await apply('street-admin', 'staff', demoPlaceId('binhe'), file);
      expect(again.body.report.counts).toEqual({ create: 0, change: 0, unchanged: 3 });
    });

    it('lets community staff grant only below their own rank, in their community', async () => {
      const res = await dryRun(
        'staff-ajilaqin',
        'staff',
        demoPlaceId('ajilaqin'),
        await workbook([
          STAFF,
          ['赵强', '13912340201', '社区工作人员', null, null],
          ['赵强', '13912340201', '兼职网格员', '兴旺社区', '丽日家园红色网格'],
          ['赵强', '13912340201', '兼职网格员', null, '阿吉拉沁第三网格'],
        ]),
      );
      expect(res.body.errors).toEqual([
        { row: 2, column: '角色', reason: '您不能在「阿吉拉沁社区」授予社区工作人员' },
        { row: 3, column: '社区', reason: '社区「兴旺社区」不在导入范围「阿吉拉沁社区」内' },
      ]);
      expect(res.body.counts).toEqual({ create: 1, change: 0, unchanged: 0 });
    });
  });

  describe('stations and co-building units', () => {
    it('imports units onto the places they name, readable through the place units list', async () => {
      const file = await workbook([
        UNITS,
        ['实践教育点', '丽日家园网格同心服务点', '兴旺社区', '丽日家园红色网格', null, null, null, null, null, null],
        ['共建单位', '康巴什区人民医院', '兴旺社区', null, null, '康巴什区', '全天', '0477-8581120', 109.79, 39.61],
        ['实践教育所', '滨河街道新时代文明实践所', null, null, null, null, null, null, null, null],
      ]);
      const res = await apply('street-admin', 'units', demoPlaceId('binhe'), file);
      expect(res.status).toBe(201);
      // The demo already has 丽日家园网格同心服务点 on that grid.
      expect(res.body.report.counts).toEqual({ create: 2, change: 0, unchanged: 1 });
      const units = await client(t.baseUrl).get<Page<PlaceUnitSummary>>(
        `/places/${demoPlaceId('xingwang')}/units?pageSize=100`,
      );
      expect(units.body.items.find((u) => u.name === '康巴什区人民医院')).toMatchObject({
        kind: 'co_building_unit',
        address: '康巴什区',
        openingHours: '全天',
        contactPhone: '0477-8581120',
        location: { lng: 109.79, lat: 39.61 },
      });
    });
  });

  describe('who may import where', () => {
    const file = () => workbook([UNITS, ['共建单位', '某单位', null, null, null, null]]);

    it('refuses callers outside the scope, and a scope that is not a street or a community', async () => {
      const cases: [string | null, string, number, string][] = [
        [null, demoPlaceId('ajilaqin'), 401, ErrorCode.Unauthenticated],
        ['resident', demoPlaceId('ajilaqin'), 403, ErrorCode.Forbidden],
        ['grid-worker', demoPlaceId('ajilaqin'), 403, ErrorCode.Forbidden],
        ['staff-ajilaqin', demoPlaceId('xingwang'), 403, ErrorCode.Forbidden],
        ['staff-ajilaqin', demoPlaceId('huanhejie'), 403, ErrorCode.Forbidden],
        ['street-admin', demoPlaceId('ajilaqin'), 403, ErrorCode.Forbidden],
        ['staff-ajilaqin', demoPlaceId('ajilaqin/g1'), 400, ErrorCode.ValidationFailed],
        ['staff-ajilaqin', 'no-such-place', 404, ErrorCode.PlaceNotFound],
      ];
      for (const [key, scopeId, status, code] of cases) {
        for (const phase of ['dry-run', 'apply'] as const) {
          const res = await send(key, { kind: 'units', phase, scopeId, data: await file() });
          expect({ key, scopeId, phase, status: res.status, code: res.body.code }).toEqual({
            key,
            scopeId,
            phase,
            status,
            code,
          });
        }
      }
    });

    it('lists imports in the caller’s places only, paged', async () => {
      const street = await as('street-admin').get<Page<ImportSummary>>('/imports?pageSize=2');
      expect(street.status).toBe(200);
      expect(street.body).toMatchObject({ page: 1, pageSize: 2, hasMore: true });
      const all = await as('street-admin').get<Page<ImportSummary>>('/imports?pageSize=100');
      expect(new Set(all.body.items.map((i) => i.scopeName))).toEqual(new Set(['滨河街道']));
      const ajilaqin = await as('staff-ajilaqin').get<Page<ImportSummary>>('/imports?pageSize=100');
      expect(new Set(ajilaqin.body.items.map((i) => i.scopeName))).toEqual(new Set(['阿吉拉沁社区']));
      const xingwang = await as('staff-xingwang').get<Page<ImportSummary>>('/imports?pageSize=100');
      expect(xingwang.body.items).toEqual([]);
      const one = await as('staff-ajilaqin').get<ImportSummary>(`/imports/${ajilaqin.body.items[0].id}`);
      expect(one.body.id).toBe(ajilaqin.body.items[0].id);
      const theirs = await as('staff-xingwang').get<ApiErrorBody>(`/imports/${ajilaqin.body.items[0].id}`);
      expect([theirs.status, theirs.body.code]).toEqual([403, ErrorCode.Forbidden]);
      expect((await as('resident').get<ApiErrorBody>('/imports')).status).toBe(403);
    });

    it('answers a file that is not a workbook, or no file, with a code', async () => {
      const notXlsx = await send('staff-ajilaqin', {
        kind: 'households',
        phase: 'dry-run',
        scopeId: demoPlaceId('ajilaqin'),
        data: Buffer.from('楼栋,房号\n1号楼,301\n'),
        name: '台账.csv',
      });
      expect([notXlsx.status, notXlsx.body.code]).toEqual([400, ErrorCode.WorkbookInvalid]);
      const noHeader = await dryRun(
        'staff-ajilaqin',
        'households',
        demoPlaceId('ajilaqin'),
        await workbook([['姓名'], ['x']]),
      );
      expect([noHeader.status, noHeader.body.code]).toEqual([400, ErrorCode.WorkbookInvalid]);
      const json = await as('staff-ajilaqin').post<ApiErrorBody>(
        `/imports/units/dry-run?scopeId=${demoPlaceId('ajilaqin')}`,
        {},
      );
      expect([json.status, json.body.code]).toEqual([415, ErrorCode.UnsupportedMediaType]);
    });
  });
});
