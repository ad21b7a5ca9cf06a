import {
  type ApiErrorBody,
  ErrorCode,
  type ModerationCaseView,
  ModerationState,
  NotificationKind,
  type OrderAlertSettings,
  OrderStatus,
  type Page,
  type ReportDetail,
  Role,
  type UpdateOrderAlertSettingsRequest,
} from '@tongxin/types';

import { AlertsRepository } from '../src/modules/alerts/alerts.repository';
import { OrderAlertMember } from '../src/modules/alerts/order-alert-member.entity';
import { chinaMinutes, toClock } from '../src/modules/alerts/quiet-hours';
import { Notification } from '../src/modules/notifications/notification.entity';
import { NotificationPushService } from '../src/modules/notifications/notification-push.service';
import { GridOrder } from '../src/modules/orders/entities/grid-order.entity';
import { OrderSweepsService } from '../src/modules/orders/services/order-sweeps.service';
import { demoCategoryId, demoPlaceId } from '../src/modules/seed/demo-data';
import { type RoleHolder, roleHolder } from './factories/grid-members';
import { type FakeWechat, startFakeWechat } from './fakes/fake-wechat.server';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

type Api = ReturnType<typeof client>;
type Member = RoleHolder;

const ORDER_TEMPLATE = 'tmplOrderAlert003';
const G1 = demoPlaceId('ajilaqin/g1');

describe('接单提醒: grid members hear of orders waiting in their grid, batched, with quiet hours and a switch', () => {
  let wx: FakeWechat;
  let t: TestApp;
  let resident: Api;
  let staff: Api;
  let sweeps: OrderSweepsService;
  let rider: Member;
  let sleeper: Member;
  let worker: Member;
  let elsewhere: Member;
  let silenced: Member;

  const member = (role: Role, place: string, openid: string) => roleHolder(t, { role, place, openid });

  beforeAll(async () => {
    wx = await startFakeWechat();
    t = await startTestApp({
      SWEEP_INTERVAL_MS: '0',
      WECHAT_API_BASE: wx.baseUrl,
      WECHAT_APPID: wx.appId,
      WECHAT_SECRET: wx.appSecret,
      WECHAT_TEMPLATE_ORDER: `${ORDER_TEMPLATE}:thing1,thing2,time3`,
      ORDER_ALERT_WINDOW_MINUTES: '15',
      ORDER_ALERT_EXPIRY_MINUTES: '60',
    });
    resident = client(t.baseUrl, (await loginAs(t.baseUrl, 'resident')).accessToken);
    staff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken);
    sweeps = t.app.get(OrderSweepsService);
    rider = await member(Role.PartTimeGridMember, 'ajilaqin/g1', 'o-alert-rider');
    sleeper = await member(Role.PartTimeGridMember, 'ajilaqin/g1', 'o-alert-sleeper');
    worker = await member(Role.GridWorker, 'ajilaqin', 'o-alert-worker');
    elsewhere = await member(Role.PartTimeGridMember, 'ajilaqin/g2', 'o-alert-elsewhere');
    silenced = await member(Role.PartTimeGridMember, 'ajilaqin/g1', 'o-alert-silenced');
  });
  afterAll(async () => {
    await t.close();
    await wx.close();
  });

  const file = async (api: Api, text: string) => {
    const res = await api.post<ReportDetail & ApiErrorBody>('/reports', {
      categoryId: demoCategoryId('ajilaqin/facilities'),
      text,
      photoIds: [],
      location: { buildingId: demoPlaceId('ajilaqin/g1/b1') },
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const alerts = (userId: string) =>
    t.dataSource.manager.find(Notification, {
      where: { userId, kind: NotificationKind.OrderAvailable },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  const openInG1 = () => t.dataSource.manager.count(GridOrder, { where: { gridId: G1, status: OrderStatus.Open } });
  const put = (m: Member, body: UpdateOrderAlertSettingsRequest) =>
    m.api.put<OrderAlertSettings & ApiErrorBody>('/me/order-alerts', body);

  it('keeps settings for grid members only: on by default, quiet hours as HH:mm both or neither', async () => {
    expect((await rider.api.get<OrderAlertSettings>('/me/order-alerts')).body).toEqual({
      enabled: true,
      quietStart: null,
      quietEnd: null,
      windowMinutes: 15,
    });
    expect((await resident.get('/me/order-alerts')).status).toBe(403);
    expect((await put(rider, { enabled: true, quietStart: '25:00', quietEnd: '07:00' })).status).toBe(400);
    const half = await put(rider, { enabled: true, quietStart: '22:00', quietEnd: null });
    expect(half.status).toBe(400);
    expect(half.body.code).toBe(ErrorCode.ValidationFailed);
    const night = await put(rider, { enabled: true, quietStart: '22:00', quietEnd: '07:00' });
    expect(night.body).toMatchObject({ enabled: true, quietStart: '22:00', quietEnd: '07:00' });
    expect((await put(rider, { enabled: true, quietStart: null, quietEnd: null })).body.quietStart).toBeNull();
  });

  it('tells only the grid’s members, pushes once per window with the count waiting, quiet hours and switch kept', async () => {
    // The sleeper's quiet hours are now (China time); the silenced member turned 接单提醒 off.
    const now = chinaMinutes(new Date());
    await put(sleeper, {
      enabled: true,
      quietStart: toClock((now + 1440 - 60) % 1440),
      quietEnd: toClock((now + 60) % 1440),
    });
    await put(silenced, { enabled: false, quietStart: null, quietEnd: null });

    const first = await file(resident, '3号楼门口垃圾桶满了');
    const waiting = await openInG1();
    for (const m of [rider, worker]) {
      const [notice] = await alerts(m.id);
      expect(notice).toMatchObject({ reportId: first.id, pushState: 'pending', title: '新工单待抢' });
      expect(notice.body).toContain(`阿吉拉沁第一网格有 ${waiting} 个新工单待抢`);
    }
    // In the inbox during quiet hours, but no WeChat reminder.
    expect((await alerts(sleeper.id)).map((n) => n.pushState)).toEqual([null]);
    expect(await alerts(silenced.id)).toHaveLength(0);
    expect(await alerts(elsewhere.id)).toHaveLength(0);
    const me = (await loginAs(t.baseUrl, 'resident')).user.id;
    expect(await alerts(me)).toHaveLength(0);

    // A second order inside the window: another notice, no second push.
    await file(resident, '楼道灯不亮');
    expect((await alerts(rider.id)).map((n) => n.pushState)).toEqual(['pending', null]);
    expect((await alerts(rider.id))[1].body).toContain(`有 ${waiting + 1} 个新工单待抢`);

    // The window over, the next order reminds again, counting all that wait.
    await t.dataSource.manager.update(
      OrderAlertMember,
      { userId: rider.id },
      { lastPushedAt: new Date(Date.now() - 16 * 60_000) },
    );
    await file(resident, '单元门禁坏了');
    const third = (await alerts(rider.id))[2];
    expect(third.pushState).toBe('pending');
    expect(third.body).toContain(`有 ${waiting + 2} 个新工单待抢`);

    // The reminder goes out on the order template.
    wx.acceptTemplate(rider.openid, ORDER_TEMPLATE);
    await t.app.get(NotificationPushService).pushDue();
    const sent = wx.subscribeMessages.filter((m) => m.touser === rider.openid);
    expect(sent).toHaveLength(1);
    expect(sent[0].template_id).toBe(ORDER_TEMPLATE);
  });

  it('gives a member’s push window to exactly one of many replicas at once', async () => {
    const fresh = await member(Role.PartTimeGridMember, 'ajilaqin/g3', 'o-alert-race');
    const repository = t.app.get(AlertsRepository);
    const now = new Date();
    const won = await Promise.all(
      Array.from({ length: 10 }, () =>
        repository.claimPushWindow(fresh.id, now, new Date(now.getTime() - 15 * 60_000)),
      ),
    );
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it('tells nobody of a report held for review until a moderator passes it', async () => {
    const held = await file(resident, '楼下有人发小广告：兼职日结，加微信');
    expect(held.moderation).toBe(ModerationState.Held);
    expect((await alerts(worker.id)).some((n) => n.reportId === held.id)).toBe(false);
    // Nor is it counted among the orders waiting: a grid member cannot see it in the hall.
    const next = await file(resident, '2号楼楼道声控灯坏了');
    const told = (await alerts(worker.id)).find((n) => n.reportId === next.id);
    expect(told?.body).toContain(`有 ${(await openInG1()) - 1} 个新工单待抢`);
    const cases = await staff.get<Page<ModerationCaseView>>('/moderation/cases?status=open&pageSize=100');
    const heldCase = cases.body.items.find((c) => c.recordId === held.id);
    expect((await staff.post(`/moderation/cases/${heldCase!.id}/pass`, { reason: '属实的问题上报' })).status).toBe(200);
    expect((await alerts(worker.id)).filter((n) => n.reportId === held.id)).toHaveLength(1);
  });

  it('never tells the author of their own report', async () => {
    const before = (await alerts(rider.id)).length;
    const own = await file(rider.api, '消防通道被电动车堵了');
    expect(await alerts(rider.id)).toHaveLength(before);
    expect((await alerts(worker.id)).some((n) => n.reportId === own.id)).toBe(true);
  });

  it('tells them again when an order is taken back or released to the hall, and once before it expires', async () => {
    const taken = await file(resident, '健身器材松动');
    expect((await rider.api.post(`/orders/${taken.order.id}/grab`)).status).toBe(200);
    const back = await staff.post(`/orders/${taken.order.id}/take-back`, { note: '重新派' });
    expect(back.status).toBe(200);
    const returned = (await alerts(sleeper.id)).filter((n) => n.reportId === taken.id);
    expect(returned.map((n) => n.body.includes('已退回抢单大厅'))).toEqual([false, true]);

    expect((await rider.api.post(`/orders/${taken.order.id}/grab`)).status).toBe(200);
    await t.dataSource.manager.update(
      GridOrder,
      { id: taken.order.id },
      { claimedAt: new Date(Date.now() - 3_600_000) },
    );
    expect(await sweeps.releaseStaleClaims()).toBe(1);
    expect((await alerts(worker.id)).filter((n) => n.reportId === taken.id)).toHaveLength(3);

    await t.dataSource.manager.update(
      GridOrder,
      { id: taken.order.id },
      { deadlineAt: new Date(Date.now() + 30 * 60_000) },
    );
    const [a, b] = await Promise.all([sweeps.announceExpiring(), sweeps.announceExpiring()]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    const expiring = (await alerts(worker.id)).filter((n) => n.reportId === taken.id && n.title === '工单即将超时');
    expect(expiring).toHaveLength(1);
    expect(await sweeps.announceExpiring()).toBe(0);
  });
});
