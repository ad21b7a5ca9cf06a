import {
  type ApiErrorBody,
  type AuditLogEntry,
  type CommunityReconciliation,
  type CreatePlaceUnitRequest,
  ErrorCode,
  type GrantRoleRequest,
  type MemberPhoneResponse,
  type MemberSummary,
  type Page,
  PlaceUnitKind,
  type PlaceUnitSummary,
  type PointsRuleView,
  Role,
  type RoleGrantRow,
  type UpdatePlaceUnitRequest,
  type UpdatePointsRuleRequest,
} from '@tongxin/types';

import { PiiCipher } from '../src/infra/crypto/pii-cipher';
import { PointsAccount } from '../src/modules/points/points-account.entity';
import { demoPlaceId, demoUserId } from '../src/modules/seed/demo-data';
import { User } from '../src/modules/users/user.entity';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

type Api = ReturnType<typeof client>;
const code = (res: { status: number; body: unknown }) => ({
  status: res.status,
  code: (res.body as ApiErrorBody).code,
});

/** The staff screens' API: unit details, grants by phone, member search, phone reveal, audit filters, reconciliation. */
describe('staff desk', () => {
  let t: TestApp;
  let street: Api;
  let xingwang: Api;
  let ajilaqin: Api;
  let resident: Api;

  beforeAll(async () => {
    t = await startTestApp();
    const as = async (account: string) => client(t.baseUrl, (await loginAs(t.baseUrl, account)).accessToken);
    street = await as('street-admin');
    xingwang = await as('staff-xingwang');
    ajilaqin = await as('staff-ajilaqin');
    resident = await as('resident');
  });
  afterAll(() => t.close());

  describe('站点与共建单位', () => {
    it('keeps services, hours, contact and location, clears one with null, and refuses a malformed number', async () => {
      const created = await xingwang.post<PlaceUnitSummary>(`/places/${demoPlaceId('xingwang/g2')}/units`, {
        kind: PlaceUnitKind.ServicePoint,
        name: '橙色网格同心服务点',
        address: '丽日家园5号楼底商',
        services: '代办证明、助老预约',
        openingHours: '每天 9:00–18:00',
        contactName: '刘敏',
        contactPhone: '0477-8000199',
        location: { lng: 109.783, lat: 39.609 },
      } satisfies CreatePlaceUnitRequest);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        services: '代办证明、助老预约',
        openingHours: '每天 9:00–18:00',
        contactName: '刘敏',
        contactPhone: '0477-8000199',
        location: { lng: 109.783, lat: 39.609 },
      });

      const edited = await xingwang.patch<PlaceUnitSummary>(`/place-units/${created.body.id}`, {
        openingHours: '周一至周五 9:00–17:00',
        contactPhone: null,
        location: null,
      } satisfies UpdatePlaceUnitRequest);
      expect(edited.body).toMatchObject({
        services: '代办证明、助老预约',
        openingHours: '周一至周五 9:00–17:00',
        contactPhone: null,
        location: null,
      });

      const listed = await client(t.baseUrl).get<Page<PlaceUnitSummary>>(
        `/places/${demoPlaceId('xingwang')}/units?kind=service_point`,
      );
      expect(listed.body.items.find((u) => u.id === created.body.id)).toMatchObject({ contactName: '刘敏' });

      const bad = [
        { contactPhone: '电话12345' },
        { location: { lng: 109.78 } },
        { location: { lng: 500, lat: 39 } },
        { services: '' },
      ];
      for (const body of bad) {
        expect(code(await xingwang.patch(`/place-units/${created.body.id}`, body))).toEqual({
          status: 400,
          code: ErrorCode.ValidationFailed,
        });
      }
    });
  });

  describe('人员与角色', () => {
    it('grants by phone: an existing member keeps their account, a new number gets the account its first login will find', async () => {
      const existing = await street.post<RoleGrantRow>('/role-grants', {
        phone: '13800000002',
        role: Role.Organizer,
        placeId: demoPlaceId('xingwang'),
      } satisfies GrantRoleRequest);
      expect(existing.status).toBe(201);
      expect(existing.body).toMatchObject({
        userId: demoUserId('resident-2'),
        nickname: '李秀兰',
        phone: '138****0002',
        placeName: '兴旺社区',
        placeLevel: 'community',
      });

      const fresh = await street.post<RoleGrantRow>('/role-grants', {
        phone: '13900001234',
        nickname: '苏德',
        role: Role.GridWorker,
        placeId: demoPlaceId('xingwang/g3'),
      } satisfies GrantRoleRequest);
      expect(fresh.status).toBe(201);
      expect(fresh.body).toMatchObject({ nickname: '苏德', phone: '139****1234', role: Role.GridWorker });
      const cipher = t.app.get(PiiCipher);
      const account = await t.dataSource.manager.findOneByOrFail(User, { phoneHash: cipher.hash('13900001234') });
      expect(account.id).toBe(fresh.body.userId);

      // Twice, and both ways at once, are refused; so is a grant on a street admin's own number.
      expect(
        code(
          await street.post('/role-grants', {
            phone: '13900001234',
            role: Role.GridWorker,
            placeId: demoPlaceId('xingwang/g3'),
          }),
        ),
      ).toEqual({ status: 409, code: ErrorCode.Conflict });
      expect(
        code(
          await street.post('/role-grants', {
            phone: '13800000003',
            userId: demoUserId('rider'),
            role: Role.Organizer,
            placeId: demoPlaceId('xingwang'),
          }),
        ),
      ).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
      expect(
        code(await street.post('/role-grants', { role: Role.Organizer, placeId: demoPlaceId('xingwang') })),
      ).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
      expect(
        code(
          await street.post('/role-grants', {
            phone: '13800000009',
            role: Role.Organizer,
            placeId: demoPlaceId('xingwang'),
          }),
        ),
      ).toEqual({ status: 403, code: ErrorCode.Forbidden });
      // Staff of 阿吉拉沁 cannot grant on 兴旺, by phone or otherwise.
      expect(
        code(
          await ajilaqin.post('/role-grants', {
            phone: '13900005678',
            role: Role.GridWorker,
            placeId: demoPlaceId('xingwang/g3'),
          }),
        ),
      ).toEqual({ status: 403, code: ErrorCode.Forbidden });
      expect(await t.dataSource.manager.countBy(User, { phoneHash: cipher.hash('13900005678') })).toBe(0);
    });

    it('lists who holds what under a place, of one role, in the order asked, phones masked', async () => {
      const below = await street.get<Page<RoleGrantRow>>(
        `/role-grants?placeId=${demoPlaceId('xingwang')}&includeBelow=true&role=grid_worker`,
      );
      expect(below.body.items.map((g) => [g.nickname, g.placeName])).toEqual([['苏德', '兴旺黄色网格']]);
      const onlyThere = await street.get<Page<RoleGrantRow>>(
        `/role-grants?placeId=${demoPlaceId('xingwang')}&role=grid_worker`,
      );
      expect(onlyThere.body.total).toBe(0);

      const byName = await street.get<Page<RoleGrantRow>>(
        `/role-grants?placeId=${demoPlaceId('xingwang')}&includeBelow=true&sort=nickname&pageSize=100`,
      );
      const names = byName.body.items.map((g) => g.nickname);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(byName.body.items.every((g) => g.phone === null || /^\d{3}\*{4}\d{4}$/.test(g.phone))).toBe(true);
      expect(byName.body.items.map((g) => g.placeName)).not.toContain('阿吉拉沁社区');
      // 居民 (a verified home) only when asked for.
      expect(byName.body.items.map((g) => g.role)).not.toContain(Role.Resident);
      const residents = await street.get<Page<RoleGrantRow>>(
        `/role-grants?placeId=${demoPlaceId('xingwang')}&includeBelow=true&withResidents=true&pageSize=100`,
      );
      expect(residents.body.items.map((g) => g.role)).toContain(Role.Resident);
      expect(residents.body.total).toBeGreaterThan(byName.body.total);

      // Newest first unless asked otherwise (SQLite keeps seconds only, so ties are allowed).
      const times = async (query: string) =>
        (await street.get<Page<RoleGrantRow>>(`/role-grants?pageSize=100${query}`)).body.items.map((g) => g.grantedAt);
      const newest = await times('');
      expect(newest).toEqual([...newest].sort().reverse());
      const oldest = await times('&sort=grantedAt');
      expect(oldest).toEqual([...oldest].sort());
      expect(code(await street.get('/role-grants?sort=phone'))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
    });
  });

  describe('成员名录', () => {
    it('finds members by part of a nickname or a whole phone number, within the caller’s places only', async () => {
      const byName = await xingwang.get<Page<MemberSummary>>(`/members?q=${encodeURIComponent('秀兰')}`);
      expect(byName.body.items.map((m) => [m.nickname, m.phone])).toEqual([['李秀兰', '138****0002']]);
      const byPhone = await xingwang.get<Page<MemberSummary>>('/members?q=13800000002');
      expect(byPhone.body.items.map((m) => m.id)).toEqual([demoUserId('resident-2')]);
      // A wildcard is a character to match, not a wildcard.
      expect((await xingwang.get<Page<MemberSummary>>(`/members?q=${encodeURIComponent('%')}`)).body.total).toBe(0);
      // 其其格 lives in 阿吉拉沁: not in 兴旺's directory, by name or by number.
      expect((await xingwang.get<Page<MemberSummary>>(`/members?q=${encodeURIComponent('其其格')}`)).body.total).toBe(
        0,
      );
      expect((await xingwang.get<Page<MemberSummary>>('/members?q=13800000001')).body.total).toBe(0);
      expect((await resident.get('/members?q=13800000002')).status).toBe(403);
    });

    it('reveals one number as a POST, and writes each reveal to the audit log', async () => {
      const revealed = await xingwang.post<MemberPhoneResponse>(`/members/${demoUserId('resident-2')}/phone-reveal`);
      expect(revealed.status).toBe(200);
      expect(revealed.body).toEqual({ id: demoUserId('resident-2'), phone: '13800000002' });
      expect((await xingwang.get(`/members/${demoUserId('resident-2')}/phone`)).status).toBe(404);
      expect(code(await xingwang.post(`/members/${demoUserId('resident')}/phone-reveal`))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      const audit = await xingwang.get<Page<AuditLogEntry>>('/audit-logs?action=pii.view');
      expect(audit.body.items.map((a) => [a.action, a.targetId, a.actorNickname, a.placeName])).toEqual([
        ['pii.view', demoUserId('resident-2'), '刘敏', '丽日家园2号楼'],
      ]);
    });
  });

  describe('操作日志', () => {
    it('filters by action, place and China-time day, and refuses a place outside the caller’s', async () => {
      const grants = await street.get<Page<AuditLogEntry>>('/audit-logs?action=role.grant');
      expect(grants.body.items.map((a) => a.placeName).sort()).toEqual(['兴旺社区', '兴旺黄色网格']);
      expect(grants.body.items.every((a) => a.actorNickname === '高强')).toBe(true);

      const inGrid = await street.get<Page<AuditLogEntry>>(
        `/audit-logs?action=role.grant&placeId=${demoPlaceId('xingwang/g3')}`,
      );
      expect(inGrid.body.items.map((a) => a.details)).toEqual([
        { userId: expect.any(String), role: Role.GridWorker, byPhone: true, accountCreated: true },
      ]);

      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
      const todays = await street.get<Page<AuditLogEntry>>(`/audit-logs?from=${today}&to=${today}`);
      expect(todays.body.total).toBe((await street.get<Page<AuditLogEntry>>('/audit-logs')).body.total);
      expect((await street.get<Page<AuditLogEntry>>('/audit-logs?to=2020-01-01')).body.total).toBe(0);

      // 阿吉拉沁's staff see none of 兴旺's entries, and may not ask for 兴旺 by name.
      expect((await ajilaqin.get<Page<AuditLogEntry>>('/audit-logs?action=role.grant')).body.total).toBe(0);
      expect(code(await ajilaqin.get(`/audit-logs?placeId=${demoPlaceId('xingwang')}`))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      for (const query of ['from=2026-13-01', 'to=yesterday', 'action=DROP%20TABLE', 'placeId=nope']) {
        expect((await street.get(`/audit-logs?${query}`)).status).toBe(400);
      }
    });
  });

  describe('积分规则 and 积分对账', () => {
    it('audits a rule change with what it was and what it became', async () => {
      const body = { points: 4, dailyCap: 8, monthlyCap: null, enabled: true } satisfies UpdatePointsRuleRequest;
      const saved = await xingwang.put<PointsRuleView>(`/points/rules/${demoPlaceId('xingwang')}/quiz`, body);
      expect(saved.body).toMatchObject({ source: 'quiz', ...body });
      const [entry] = (await xingwang.get<Page<AuditLogEntry>>('/audit-logs?action=points.rule.update')).body.items;
      expect(entry).toMatchObject({
        targetType: 'points_rule',
        placeName: '兴旺社区',
        details: { source: 'quiz', after: body, before: expect.objectContaining({ points: expect.any(Number) }) },
      });
    });

    it('shows the drifted members of the street admin’s community only', async () => {
      // 李秀兰 (兴旺) and 其其格 (阿吉拉沁) each get a balance their ledger does not explain.
      for (const key of ['resident-2', 'resident']) {
        await t.dataSource.manager.upsert(PointsAccount, { memberId: demoUserId(key), balance: 37 }, ['memberId']);
      }
      const report = await street.get<CommunityReconciliation>(
        `/points/reconciliation?communityId=${demoPlaceId('xingwang')}`,
      );
      expect(report.status).toBe(200);
      expect(report.body).toMatchObject({ communityName: '兴旺社区', total: 1, page: 1, hasMore: false });
      expect(report.body.members).toBeGreaterThanOrEqual(5);
      expect(report.body.items).toEqual([
        {
          memberId: demoUserId('resident-2'),
          nickname: '李秀兰',
          homeName: '丽日家园2号楼',
          balance: 37,
          ledgerSum: 0,
        },
      ]);
      expect(code(await street.get(`/points/reconciliation?communityId=${demoPlaceId('ajilaqin')}`))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect(code(await xingwang.get(`/points/reconciliation?communityId=${demoPlaceId('xingwang')}`))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect((await street.get(`/points/reconciliation?communityId=${demoPlaceId('xingwang/g1')}`)).status).toBe(404);
    });
  });
});

describe('staff desk: a phone reveal is a write', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_WRITES_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('counts each reveal against the caller’s writes', async () => {
    const staff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-xingwang')).accessToken);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await staff.post(`/members/${demoUserId('resident-2')}/phone-reveal`)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
