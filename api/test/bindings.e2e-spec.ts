import { BindingStatus, type BindingSummary, type MeResponse, Role } from '@tongxin/types';
import { IsNull } from 'typeorm';

import { newId } from '../src/infra/database/ids';
import { RoleGrant } from '../src/modules/access/role-grant.entity';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { TokensService } from '../src/modules/auth/tokens.service';
import { demoPlaceId } from '../src/modules/seed/demo-data';
import { User } from '../src/modules/users/user.entity';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

/** 住址认证: a member asks, community staff verify (居民 on the building), the member may leave again. */
describe('residence bindings', () => {
  let t: TestApp;
  let staff: ReturnType<typeof client>;
  const B1 = demoPlaceId('ajilaqin/g1/b1');

  beforeAll(async () => {
    t = await startTestApp();
    staff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken);
  });
  afterAll(() => t.close());

  async function newcomer() {
    const id = newId();
    await t.dataSource.manager.insert(User, {
      id,
      nickname: '新住户',
      avatarUrl: null,
      homePlaceId: null,
      phoneCipher: null,
      phoneHash: null,
      wechatOpenid: null,
      deletedAt: null,
    });
    const { accessToken } = await t.app.get(TokensService).issue(id);
    return { id, api: client(t.baseUrl, accessToken) };
  }

  const residentGrants = (userId: string) =>
    t.dataSource.manager.count(RoleGrant, { where: { userId, role: Role.Resident, revokedAt: IsNull() } });

  it('verifies a home once, and leaving it takes back the 居民 role it gave, audited', async () => {
    const member = await newcomer();
    const asked = await member.api.post<BindingSummary>('/me/binding', { buildingId: B1, household: '3单元501' });
    expect(asked.status).toBe(201);
    const [a, b] = await Promise.all([
      staff.post(`/bindings/${asked.body.id}/verify`),
      staff.post(`/bindings/${asked.body.id}/verify`),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(await residentGrants(member.id)).toBe(1);
    let me = (await member.api.get<MeResponse>('/me')).body;
    expect(me.roles.map((r) => r.role)).toEqual([Role.Resident]);

    expect((await member.api.delete('/me/binding')).status).toBe(204);
    expect(await residentGrants(member.id)).toBe(0);
    me = (await member.api.get<MeResponse>('/me')).body;
    expect(me.roles).toEqual([]);
    expect((await member.api.get<BindingSummary | null>('/me/binding')).body).toBeFalsy();
    const revoked = await t.dataSource.manager.findOneByOrFail(AuditLog, { action: 'role.revoke', actorId: member.id });
    expect(revoked).toMatchObject({ placeId: B1, details: { userId: member.id, role: Role.Resident } });

    // The member can ask again (another building) and is pending, not a resident, until staff verify.
    const again = await member.api.post<BindingSummary>('/me/binding', {
      buildingId: demoPlaceId('ajilaqin/g1/b2'),
      household: '1单元101',
    });
    expect(again.body.status).toBe(BindingStatus.Pending);
    expect(await residentGrants(member.id)).toBe(0);
  });

  it('withdrawing a pending request leaves the roles alone', async () => {
    const member = await newcomer();
    await member.api.post('/me/binding', { buildingId: B1, household: '2单元202' });
    expect((await member.api.delete('/me/binding')).status).toBe(204);
    expect(await residentGrants(member.id)).toBe(0);
    expect(await t.dataSource.manager.count(AuditLog, { where: { actorId: member.id } })).toBe(0);
  });
});
