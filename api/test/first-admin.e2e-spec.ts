import { type AuthTokens, ErrorCode, type MeResponse, Role } from '@tongxin/types';
import { IsNull } from 'typeorm';

import { RoleGrant } from '../src/modules/access/role-grant.entity';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { FirstAdminService } from '../src/modules/grants/first-admin.service';
import { Place } from '../src/modules/places/place.entity';
import { User } from '../src/modules/users/user.entity';
import { type FakeTencentSms, startFakeTencentSms } from './fakes/fake-tencent-sms.server';
import { type FakeWechat, startFakeWechat } from './fakes/fake-wechat.server';
import { providerEnv } from './fakes/provider-env';
import { client } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

/** `npm run admin:first`: the first administrator of a street on an empty production database. */
describe('the first street administrator', () => {
  let sms: FakeTencentSms;
  let wx: FakeWechat;
  let t: TestApp;
  let firstAdmin: FirstAdminService;

  beforeAll(async () => {
    sms = await startFakeTencentSms();
    wx = await startFakeWechat();
    t = await startTestApp(providerEnv(sms, wx, { SEED_DEMO: 'never' }));
    firstAdmin = t.app.get(FirstAdminService);
  });
  afterAll(async () => {
    await t.close();
    await sms.close();
    await wx.close();
  });

  async function smsLogin(phone: string): Promise<ReturnType<typeof client>> {
    const api = client(t.baseUrl);
    expect((await api.post('/auth/sms/send', { phone })).status).toBe(202);
    const login = await api.post<AuthTokens>('/auth/sms/login', { phone, code: sms.lastCodeFor(phone) });
    expect(login.status).toBe(200);
    return client(t.baseUrl, login.body.accessToken);
  }

  it('starts from an empty database: the street, the admin by phone, the grant, audited', async () => {
    expect(await t.dataSource.manager.count(Place)).toBe(0);
    const result = await firstAdmin.create({ street: '滨河街道', phone: '13700001111', name: '张三' });
    expect(result).toMatchObject({ streetCreated: true, userCreated: true });

    const street = await t.dataSource.manager.findOneByOrFail(Place, { id: result.streetId });
    expect(street).toMatchObject({ name: '滨河街道', level: 'street', parentId: null, path: `${street.id}/` });
    const user = await t.dataSource.manager.findOneByOrFail(User, { id: result.userId });
    expect(user.nickname).toBe('张三');
    expect(user.phoneCipher).not.toContain('13700001111');
    const audit = await t.dataSource.manager.findOneByOrFail(AuditLog, { targetId: result.grantId });
    expect(audit).toMatchObject({ action: 'role.grant', placeId: street.id, actorId: user.id });

    // The admin logs in with that phone and holds 街道管理员 on the street.
    const admin = await smsLogin('13700001111');
    const me = await admin.get<MeResponse>('/me');
    expect(me.body.roles).toEqual([expect.objectContaining({ role: Role.StreetAdmin, placeId: street.id })]);
  });

  it('refuses to run twice for the same street, writing nothing', async () => {
    const before = await t.dataSource.manager.count(RoleGrant);
    const again = firstAdmin.create({ street: '滨河街道', phone: '13700002222' });
    await expect(again).rejects.toMatchObject({ code: ErrorCode.Conflict });
    expect(await t.dataSource.manager.count(RoleGrant)).toBe(before);
    expect(await t.dataSource.manager.count(User, { where: { nickname: '管理员2222' } })).toBe(0);
  });

  it('makes a member who already logged in the admin of another street', async () => {
    const member = await smsLogin('13700003333');
    const result = await firstAdmin.create({ street: '新华街道', phone: '13700003333' });
    expect(result).toMatchObject({ streetCreated: true, userCreated: false });
    const me = await member.get<MeResponse>('/me');
    expect(me.body.roles.map((r) => r.role)).toEqual([Role.StreetAdmin]);
    const grants = await t.dataSource.manager.count(RoleGrant, { where: { revokedAt: IsNull() } });
    expect(grants).toBe(2);
  });

  it('refuses a malformed phone or street name', async () => {
    await expect(firstAdmin.create({ street: '东城街道', phone: '1234' })).rejects.toMatchObject({
      code: ErrorCode.InvalidPhone,
    });
    await expect(firstAdmin.create({ street: ' ', phone: '13700004444' })).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
    });
    expect(await t.dataSource.manager.count(Place, { where: { name: '东城街道' } })).toBe(0);
  });
});
