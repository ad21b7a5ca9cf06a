import {
  type ApiErrorBody,
  ErrorCode,
  type FamilyActView,
  type FamilyLinkView,
  NotificationKind,
  type NotificationView,
  ON_BEHALF_HEADER,
  type Page,
  type ReportDetail,
  Role,
} from '@tongxin/types';

import { PiiCipher } from '../src/infra/crypto/pii-cipher';
import { GrantsRepository } from '../src/modules/grants/grants.repository';
import { Notification } from '../src/modules/notifications/notification.entity';
import { Report } from '../src/modules/orders/entities/report.entity';
import { demoCategoryId, demoPlaceId } from '../src/modules/seed/demo-data';
import { User } from '../src/modules/users/user.entity';
import { roleHolder } from './factories/grid-members';
import { residents } from './factories/residents';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

type Api = ReturnType<typeof client>;

/**
 * 亲情代办: a family member links to a parent with the parent's consent (on the parent's phone, or recorded by staff at
 * a visit), acts for them on the routes that allow it — recorded as done on their behalf — and either of them, or
 * staff, ends it. A linked family member is not paid for the parent's report.
 */
describe('family proxy', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0' });
  });
  afterAll(() => t.close());

  /** A parent with a home and a phone, and a child far away (another community), each with a session. */
  async function family(n: number) {
    const [parent] = await residents(t, 1, 'ajilaqin/g1/b3');
    const [child] = await residents(t, 1, 'xingwang/g3/b1');
    const cipher = t.app.get(PiiCipher);
    const phone = `1390000${String(1000 + n)}`;
    await t.dataSource.manager.update(
      User,
      { id: parent.id },
      { phoneCipher: cipher.encrypt(phone), phoneHash: cipher.hash(phone) },
    );
    const childPhone = `1370000${String(1000 + n)}`;
    await t.dataSource.manager.update(
      User,
      { id: child.id },
      { phoneCipher: cipher.encrypt(childPhone), phoneHash: cipher.hash(childPhone) },
    );
    return { parent, child, phone, childPhone };
  }
  const forParent = (child: { token: string }, parentId: string): Api =>
    client(t.baseUrl, child.token, { [ON_BEHALF_HEADER]: parentId });

  it('links on the parent’s consent, acts for the parent, records each act, and ends', async () => {
    const { parent, child, phone } = await family(1);
    // Before any link, acting for the parent is refused.
    const early = await forParent(child, parent.id).post<ApiErrorBody>('/reports', {});
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 403, code: ErrorCode.ProxyNotAllowed });

    const asked = await child.api.post<FamilyLinkView[]>('/family/links', { parentPhone: phone, relation: '女儿' });
    expect(asked.body.map((l) => [l.status, l.can.actFor])).toEqual([['pending', false]]);
    // Unknown numbers get the same answer (no one learns who is a member).
    const unknown = await child.api.post<FamilyLinkView[]>('/family/links', {
      parentPhone: '13911110000',
      relation: '女儿',
    });
    expect(unknown.status).toBe(201);
    const told = await t.dataSource.manager.findBy(Notification, {
      userId: parent.id,
      kind: NotificationKind.FamilyLink,
    });
    expect(told).toHaveLength(1);

    const pending = await forParent(child, parent.id).get<ApiErrorBody>('/reports/mine');
    expect(pending.body.code).toBe(ErrorCode.ProxyNotAllowed);
    const linkId = asked.body[0].id;
    const notMine = await child.api.post<ApiErrorBody>(`/family/links/${linkId}/confirm`);
    expect(notMine.status).toBe(404);
    const confirmed = await parent.api.post<FamilyLinkView[]>(`/family/links/${linkId}/confirm`);
    expect(confirmed.body[0]).toMatchObject({ status: 'active', confirmedBy: 'parent', can: { confirm: false } });

    const proxy = forParent(child, parent.id);
    const need = await proxy.post<ReportDetail>('/reports', {
      categoryId: demoCategoryId('ajilaqin/errand'),
      text: '我妈妈腿脚不便，请帮忙代取降压药',
      photoIds: [],
      location: { buildingId: demoPlaceId('ajilaqin/g1/b3') },
    });
    expect(need.status).toBe(201);
    const row = await t.dataSource.manager.findOneByOrFail(Report, { id: need.body.id });
    expect(row.reporterId).toBe(parent.id);
    const inbox = await proxy.get<Page<NotificationView>>('/notifications/mine');
    expect(inbox.body.items.some((n) => n.kind === NotificationKind.FamilyLink)).toBe(true);
    // Only the routes marked for it: the parent's points, profile or mall are not the family member's to use.
    for (const [method, path] of [
      ['get', '/points/me'],
      ['post', '/mall/items/x/redeem'],
      ['delete', '/me'],
    ] as const) {
      const res = await (method === 'get'
        ? proxy.get<ApiErrorBody>(path)
        : method === 'post'
          ? proxy.post<ApiErrorBody>(path)
          : proxy.delete<ApiErrorBody>(path));
      expect({ path, code: res.body.code }).toEqual({ path, code: ErrorCode.ProxyNotAllowed });
    }

    const acts = await parent.api.get<FamilyActView[]>(`/family/links/${linkId}/acts`);
    expect(acts.body.map((a) => a.what)).toEqual(['代为提交需求或问题']);

    const ended = await parent.api.post<FamilyLinkView[]>(`/family/links/${linkId}/end`);
    expect(ended.body[0].status).toBe('ended');
    const after = await proxy.get<ApiErrorBody>('/reports/mine');
    expect(after.body.code).toBe(ErrorCode.ProxyNotAllowed);
  });

  it('lets staff record the parent’s consent at a visit, and end the link', async () => {
    const { parent, child, childPhone } = await family(2);
    const worker = client(t.baseUrl, (await loginAs(t.baseUrl, 'grid-worker')).accessToken);
    const recorded = await worker.post('/family/links/staff', { parentId: parent.id, childPhone, relation: '儿子' });
    expect(recorded.status).toBe(201);
    const links = await child.api.get<FamilyLinkView[]>('/family/links');
    expect(links.body[0]).toMatchObject({ status: 'active', confirmedBy: 'staff', can: { actFor: true } });
    // Staff elsewhere may not.
    const other = await roleHolder(t, { role: Role.GridWorker, place: 'xingwang/g1', openid: 'family-other-worker' });
    const refused = await other.api.post<ApiErrorBody>('/family/links/staff', {
      parentId: parent.id,
      childPhone,
      relation: '儿子',
    });
    expect(refused.status).toBe(403);
    const ended = await worker.post<FamilyLinkView[]>(`/family/links/${links.body[0].id}/end`);
    expect(ended.status).toBe(200);
    expect((await child.api.get<FamilyLinkView[]>('/family/links')).body[0].status).toBe('ended');
  });

  it('does not pay a family member for the parent’s report', async () => {
    const { parent, child, phone } = await family(3);
    const asked = await child.api.post<FamilyLinkView[]>('/family/links', { parentPhone: phone, relation: '女儿' });
    await parent.api.post(`/family/links/${asked.body[0].id}/confirm`);
    const rider = await roleHolder(t, { role: Role.PartTimeGridMember, place: 'ajilaqin/g1', openid: 'family-rider' });
    const filed = await parent.api.post<ReportDetail>('/reports', {
      categoryId: demoCategoryId('ajilaqin/errand'),
      text: '帮忙搬一下旧家具',
      photoIds: [],
      location: { buildingId: demoPlaceId('ajilaqin/g1/b3') },
    });
    // The child also rides in the parent's grid; grabbing the parent's order is refused.
    await t.app.get(GrantsRepository).insertGrant({
      userId: child.id,
      role: Role.PartTimeGridMember,
      placeId: demoPlaceId('ajilaqin/g1'),
      grantedBy: null,
    });
    const grab = await child.api.post<ApiErrorBody>(`/orders/${filed.body.order.id}/grab`);
    expect({ status: grab.status, code: grab.body.code }).toEqual({ status: 403, code: ErrorCode.OwnReport });
    const fair = await rider.api.post(`/orders/${filed.body.order.id}/grab`);
    expect(fair.status).toBe(200);
  });
});
