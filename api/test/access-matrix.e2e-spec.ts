import {
  type ApiErrorBody,
  type AuditLogEntry,
  type BindingSummary,
  ErrorCode,
  type MeResponse,
  type Page,
  type RiderApplicationSummary,
  Role,
} from '@tongxin/types';

import { RoleGrant } from '../src/modules/access/role-grant.entity';
import { demoGrantId, demoPlaceId, demoUserId } from '../src/modules/seed/demo-data';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

type Api = ReturnType<typeof client>;

/** Records that belong to one side: 阿吉拉沁 (环河街街道) or 兴旺 (滨河街道). */
interface Side {
  binding: string;
  application: string;
  grant: string;
  member: string;
  community: string;
  grid: string;
  building: string;
}

/** Every endpoint that acts on or lists another place's records, as one attacker would call it. */
const ATTACKS: { name: string; call: (api: Api, other: Side) => ReturnType<Api['get']> }[] = [
  { name: 'verify binding', call: (api, o) => api.post(`/bindings/${o.binding}/verify`) },
  { name: 'reject binding', call: (api, o) => api.post(`/bindings/${o.binding}/reject`, { reason: '不符' }) },
  { name: 'approve rider', call: (api, o) => api.post(`/rider-applications/${o.application}/approve`) },
  { name: 'reject rider', call: (api, o) => api.post(`/rider-applications/${o.application}/reject`, { reason: '不符' }) },
  { name: 'revoke rider', call: (api, o) => api.post(`/rider-applications/${o.application}/revoke`, { reason: '不符' }) },
  {
    name: 'grant role',
    call: (api, o) => api.post('/role-grants', { userId: o.member, role: Role.GridWorker, placeId: o.grid }),
  },
  { name: 'revoke role', call: (api, o) => api.delete(`/role-grants/${o.grant}`) },
  { name: 'reveal phone', call: (api, o) => api.get(`/members/${o.member}/phone`) },
];

/** List endpoints: refused, or answered without a single record of the other side. */
const LISTS: { name: string; call: (api: Api, other: Side) => ReturnType<Api['get']>; leaks: (body: string, o: Side) => boolean }[] = [
  { name: 'bindings', call: (api) => api.get('/bindings'), leaks: (b, o) => b.includes(o.binding) },
  { name: 'rider applications', call: (api) => api.get('/rider-applications'), leaks: (b, o) => b.includes(o.application) },
  { name: 'role grants', call: (api, o) => api.get(`/role-grants?placeId=${o.grid}`), leaks: (b, o) => b.includes(o.grant) },
  { name: 'members', call: (api, o) => api.get(`/members?placeId=${o.community}`), leaks: (b, o) => b.includes(o.member) },
  { name: 'audit log', call: (api) => api.get('/audit-logs?pageSize=100'), leaks: (b, o) => b.includes(o.member) },
];

describe('access matrix: a role on one place reaches no other place’s records', () => {
  let t: TestApp;
  const sides = {} as Record<'ajilaqin' | 'xingwang', Side>;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const key of ['resident', 'resident-2', 'rider', 'grid-worker', 'organizer', 'part-time-member', 'staff-ajilaqin', 'staff-xingwang', 'street-admin']) {
      token[key] = (await loginAs(t.baseUrl, key)).accessToken;
    }
    const as = (key: string) => client(t.baseUrl, token[key]);

    // 阿吉拉沁: 其其格 asks to bind a home, 王建国 (a grid worker there) applies as a rider.
    const bindingA = await as('resident').post<BindingSummary>('/me/binding', { buildingId: demoPlaceId('ajilaqin/g1/b1'), household: '1单元101' });
    const appA = await as('grid-worker').post<RiderApplicationSummary>('/rider-applications', {
      platform: 'meituan',
      gridIds: [demoPlaceId('ajilaqin/g1')],
      statement: '每天在阿吉拉沁送餐',
    });
    // 兴旺: 李秀兰 binds, 张师傅 applies.
    const bindingB = await as('resident-2').post<BindingSummary>('/me/binding', { buildingId: demoPlaceId('xingwang/g1/b2'), household: '2单元302' });
    const appB = await as('rider').post<RiderApplicationSummary>('/rider-applications', {
      platform: 'eleme',
      gridIds: [demoPlaceId('xingwang/g1'), demoPlaceId('xingwang/g2')],
      statement: '丽日家园是我的配送片区',
    });
    expect([bindingA.status, appA.status, bindingB.status, appB.status]).toEqual([201, 201, 201, 201]);
    // Audit entries on both sides.
    expect((await as('staff-ajilaqin').get(`/members/${demoUserId('resident')}/phone`)).status).toBe(200);
    expect((await as('staff-xingwang').get(`/members/${demoUserId('resident-2')}/phone`)).status).toBe(200);

    sides.ajilaqin = {
      binding: bindingA.body.id,
      application: appA.body.id,
      grant: demoGrantId('grid-worker', Role.GridWorker, 'ajilaqin/g1'),
      member: demoUserId('resident'),
      community: demoPlaceId('ajilaqin'),
      grid: demoPlaceId('ajilaqin/g2'),
      building: demoPlaceId('ajilaqin/g1/b1'),
    };
    sides.xingwang = {
      binding: bindingB.body.id,
      application: appB.body.id,
      grant: demoGrantId('part-time-member', Role.PartTimeGridMember, 'xingwang/g1'),
      member: demoUserId('resident-2'),
      community: demoPlaceId('xingwang'),
      grid: demoPlaceId('xingwang/g3'),
      building: demoPlaceId('xingwang/g1/b2'),
    };
  });
  afterAll(() => t.close());

  // Every role held on 阿吉拉沁 (环河街街道) against 兴旺's records, and every role held on 兴旺/滨河 against 阿吉拉沁's.
  const cases: [string, 'ajilaqin' | 'xingwang'][] = [
    ['resident', 'xingwang'],
    ['grid-worker', 'xingwang'],
    ['organizer', 'xingwang'],
    ['staff-ajilaqin', 'xingwang'],
    ['resident-2', 'ajilaqin'],
    ['rider', 'ajilaqin'],
    ['part-time-member', 'ajilaqin'],
    ['staff-xingwang', 'ajilaqin'],
    ['street-admin', 'ajilaqin'],
  ];

  it.each(cases)('%s cannot act on %s records', async (account, target) => {
    const api = client(t.baseUrl, token[account]);
    for (const attack of ATTACKS) {
      const res = await attack.call(api, sides[target]);
      expect({ attack: attack.name, refused: [403, 404].includes(res.status) }).toEqual({ attack: attack.name, refused: true });
      expect([ErrorCode.Forbidden, ErrorCode.NotFound, ErrorCode.PlaceNotFound]).toContain((res.body as ApiErrorBody).code);
    }
    for (const list of LISTS) {
      const res = await list.call(api, sides[target]);
      const leaked = res.status === 200 && list.leaks(JSON.stringify(res.body), sides[target]);
      const answered = [200, 403].includes(res.status);
      expect({ list: list.name, answered, leaked }).toEqual({ list: list.name, answered: true, leaked: false });
    }
  });

  it('left every record as it was', async () => {
    const staffB = client(t.baseUrl, token['staff-xingwang']);
    const staffA = client(t.baseUrl, token['staff-ajilaqin']);
    const pendingB = await staffB.get<Page<BindingSummary>>('/bindings');
    expect(pendingB.body.items.map((b) => b.id)).toEqual([sides.xingwang.binding]);
    const pendingA = await staffA.get<Page<RiderApplicationSummary>>('/rider-applications');
    expect(pendingA.body.items.map((a) => a.id)).toEqual([sides.ajilaqin.application]);
    const grant = await t.dataSource.manager.findOneByOrFail(RoleGrant, { id: sides.xingwang.grant });
    expect(grant.revokedAt).toBeNull();
  });

  it('lets staff act inside their own places, with masked phones and an audit trail', async () => {
    const staffB = client(t.baseUrl, token['staff-xingwang']);
    const list = await staffB.get<Page<BindingSummary>>('/bindings');
    expect(list.body.items[0].phone).toBe('138****0002');
    expect((await staffB.post<BindingSummary>(`/bindings/${sides.xingwang.binding}/verify`)).body.status).toBe('verified');
    const approved = await staffB.post<RiderApplicationSummary>(`/rider-applications/${sides.xingwang.application}/approve`);
    expect(approved.body.status).toBe('approved');
    const rider = await client(t.baseUrl, token.rider).get<MeResponse>('/me');
    expect(rider.body.roles.filter((r) => r.role === Role.PartTimeGridMember).map((r) => r.placeName).sort()).toEqual([
      '丽日家园橙色网格',
      '丽日家园红色网格',
    ]);
    const audit = await staffB.get<Page<AuditLogEntry>>('/audit-logs');
    expect(audit.body.items.map((a) => a.action)).toEqual(expect.arrayContaining(['binding.verify', 'rider.approve', 'pii.view']));
    // The street admin above 兴旺 sees the same entries.
    const street = await client(t.baseUrl, token['street-admin']).get<Page<AuditLogEntry>>('/audit-logs');
    expect(street.body.total).toBe(audit.body.total);
  });

  it('takes the role away when staff revoke an approved rider', async () => {
    const staffB = client(t.baseUrl, token['staff-xingwang']);
    const noReason = await staffB.post<ApiErrorBody>(`/rider-applications/${sides.xingwang.application}/revoke`, {});
    expect(noReason.body.code).toBe(ErrorCode.ValidationFailed);
    const revoked = await staffB.post<RiderApplicationSummary>(`/rider-applications/${sides.xingwang.application}/revoke`, { reason: '离职' });
    expect(revoked.body.status).toBe('revoked');
    const rider = await client(t.baseUrl, token.rider).get<MeResponse>('/me');
    expect(rider.body.roles.map((r) => r.role)).not.toContain(Role.PartTimeGridMember);
  });
});

describe('no mass assignment, no self-promotion', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const as = async (account: string) => client(t.baseUrl, (await loginAs(t.baseUrl, account)).accessToken);

  it('refuses fields a resident does not own', async () => {
    const resident = await as('resident');
    for (const body of [
      { nickname: '新名字', role: 'street_admin' },
      { nickname: '新名字', id: demoUserId('street-admin') },
      { phoneHash: 'x' },
      { deletedAt: null },
    ]) {
      const res = await resident.patch<ApiErrorBody>('/me', body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status: 400, code: ErrorCode.ValidationFailed });
    }
    const binding = await resident.post<ApiErrorBody>('/me/binding', {
      buildingId: demoPlaceId('ajilaqin/g1/b1'),
      household: '1单元101',
      status: 'verified',
    });
    expect(binding.body.code).toBe(ErrorCode.ValidationFailed);
    const application = await resident.post<ApiErrorBody>('/rider-applications', {
      platform: 'meituan',
      gridIds: [demoPlaceId('ajilaqin/g1')],
      statement: '我想帮忙',
      status: 'approved',
    });
    expect(application.body.code).toBe(ErrorCode.ValidationFailed);
    const me = await resident.get<MeResponse>('/me');
    expect(me.body.nickname).toBe('其其格');
  });

  it('refuses a role to anyone granting it to themselves or above their own rank', async () => {
    const resident = await as('resident');
    const self = await resident.post<ApiErrorBody>('/role-grants', {
      userId: demoUserId('resident'),
      role: Role.CommunityStaff,
      placeId: demoPlaceId('ajilaqin'),
    });
    expect(self.status).toBe(403);
    const staff = await as('staff-ajilaqin');
    const selfStaff = await staff.post<ApiErrorBody>('/role-grants', {
      userId: demoUserId('staff-ajilaqin'),
      role: Role.GridWorker,
      placeId: demoPlaceId('ajilaqin/g2'),
    });
    expect(selfStaff.status).toBe(403);
    const peer = await staff.post<ApiErrorBody>('/role-grants', {
      userId: demoUserId('resident'),
      role: Role.CommunityStaff,
      placeId: demoPlaceId('ajilaqin'),
    });
    expect(peer.status).toBe(403);
    const ok = await staff.post('/role-grants', { userId: demoUserId('resident'), role: Role.GridWorker, placeId: demoPlaceId('ajilaqin/g2') });
    expect(ok.status).toBe(201);
    const twice = await staff.post<ApiErrorBody>('/role-grants', { userId: demoUserId('resident'), role: Role.GridWorker, placeId: demoPlaceId('ajilaqin/g2') });
    expect(twice.body.code).toBe(ErrorCode.Conflict);
  });

  it('answers unknown records and places with 404 codes', async () => {
    const staff = await as('staff-ajilaqin');
    const unknownPlace = await staff.post<ApiErrorBody>('/role-grants', {
      userId: demoUserId('resident'),
      role: Role.GridWorker,
      placeId: demoPlaceId('nowhere'),
    });
    expect(unknownPlace.body).toMatchObject({ code: ErrorCode.PlaceNotFound });
    expect((await staff.post<ApiErrorBody>(`/bindings/${demoPlaceId('nope')}/verify`)).body.code).toBe(ErrorCode.NotFound);
    const unknownBuilding = await (await as('resident')).post<ApiErrorBody>('/me/binding', {
      buildingId: demoPlaceId('ajilaqin'),
      household: '1',
    });
    expect(unknownBuilding.body.code).toBe(ErrorCode.PlaceNotFound);
  });
});
