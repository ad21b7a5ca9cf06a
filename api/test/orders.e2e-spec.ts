import {
  type ApiErrorBody,
  ErrorCode,
  type FollowUpView,
  NotificationKind,
  type NotificationView,
  OrderStatus,
  type Page,
  type PointsBalance,
  type ReportDetail,
  type ReportView,
  Role,
} from '@tongxin/types';

import { newId } from '../src/infra/database/ids';
import { TokensService } from '../src/modules/auth/tokens.service';
import { GrantsRepository } from '../src/modules/grants/grants.repository';
import { GridOrder } from '../src/modules/orders/entities/grid-order.entity';
import { OrderSweepsService } from '../src/modules/orders/services/order-sweeps.service';
import { PointsEntry } from '../src/modules/points/points-entry.entity';
import { demoCategoryId, demoPlaceId } from '../src/modules/seed/demo-data';
import { User } from '../src/modules/users/user.entity';
import { uploadPhoto } from './factories/photos';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

type Api = ReturnType<typeof client>;

describe('reports and grid orders', () => {
  let t: TestApp;
  let resident: Api;
  let staff: Api;
  let gridWorker: Api;
  let sweeps: OrderSweepsService;
  const G1 = demoPlaceId('ajilaqin/g1');

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0', ORDER_ACTIVE_CAP: '3' });
    resident = client(t.baseUrl, (await loginAs(t.baseUrl, 'resident')).accessToken);
    staff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken);
    gridWorker = client(t.baseUrl, (await loginAs(t.baseUrl, 'grid-worker')).accessToken);
    sweeps = t.app.get(OrderSweepsService);
  });
  afterAll(() => t.close());

  const photo = (token: string, purpose: 'report' | 'order_proof') => uploadPhoto(t.baseUrl, token, purpose);

  /** Members who may grab in grid 1, each with a session. */
  async function grabbers(n: number): Promise<(Api & { token: string })[]> {
    const access = t.app.get(GrantsRepository);
    const tokens = t.app.get(TokensService);
    const apis: (Api & { token: string })[] = [];
    for (let i = 0; i < n; i += 1) {
      const id = newId();
      await t.dataSource.manager.insert(User, {
        id,
        nickname: `滨新侠${i}`,
        avatarUrl: null,
        homePlaceId: null,
        phoneCipher: null,
        phoneHash: null,
        wechatOpenid: null,
        deletedAt: null,
      });
      await access.insertGrant({ userId: id, role: Role.PartTimeGridMember, placeId: G1, grantedBy: null });
      const { accessToken } = await tokens.issue(id);
      apis.push(Object.assign(client(t.baseUrl, accessToken), { token: accessToken }));
    }
    return apis;
  }

  const file = async (api: Api, text: string, extra: object = {}) => {
    const res = await api.post<ReportDetail & ApiErrorBody>('/reports', {
      categoryId: demoCategoryId('ajilaqin/facilities'),
      text,
      photoIds: [],
      location: { buildingId: demoPlaceId('ajilaqin/g1/b1'), detail: '1单元门口' },
      ...extra,
    });
    expect(res.status).toBe(201);
    return res.body;
  };

  it('files a report with a photo as an open order in the building’s grid, with history', async () => {
    const token = (await loginAs(t.baseUrl, 'resident')).accessToken;
    const me = client(t.baseUrl, token);
    const photoId = await photo(token, 'report');
    const report = await file(me, '小区公共晾衣架断了一根横杆', { photoIds: [photoId] });
    expect(report).toMatchObject({
      kind: 'report',
      gridId: G1,
      buildingName: '1号楼',
      isMine: true,
      reporterNickname: '其其格',
    });
    expect(report.order.status).toBe(OrderStatus.Open);
    expect(report.photos).toHaveLength(1);
    expect(report.history.map((h) => h.action)).toEqual(['created']);
    const reuse = await me.post<ApiErrorBody>('/reports', {
      categoryId: demoCategoryId('ajilaqin/facilities'),
      text: '同一张照片再用一次',
      photoIds: [photoId],
      location: { buildingId: demoPlaceId('ajilaqin/g1/b1') },
    });
    expect(reuse.body.code).toBe(ErrorCode.PhotoNotFound);
  });

  it('shows likely duplicates nearby and counts a “me too” once', async () => {
    const first = await file(resident, '路灯不亮');
    const hints = await gridWorker.get<ReportView[]>(
      `/reports/nearby?categoryId=${demoCategoryId('ajilaqin/facilities')}&buildingId=${demoPlaceId('ajilaqin/g1/b1')}`,
    );
    expect(hints.body.map((r) => r.id)).toContain(first.id);
    expect(hints.body.every((r) => r.reporterNickname === null)).toBe(true);
    await gridWorker.post(`/reports/${first.id}/me-too`);
    const again = await gridWorker.post<ReportView>(`/reports/${first.id}/me-too`);
    expect(again.body.meTooCount).toBe(1);
  });

  it('lets exactly one of 50 simultaneous grabbers win', async () => {
    const report = await file(resident, '楼道堆放杂物堵塞消防通道');
    const crowd = await grabbers(50);
    const results = await Promise.all(
      crowd.map((api) => api.post<ReportDetail & ApiErrorBody>(`/orders/${report.order.id}/grab`)),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const losers = results.filter((r) => r.status !== 200);
    expect(losers).toHaveLength(49);
    expect(new Set(losers.map((r) => r.body.code))).toEqual(new Set([ErrorCode.OrderAlreadyClaimed]));
    const order = await t.dataSource.manager.findOneByOrFail(GridOrder, { id: report.order.id });
    expect(order.status).toBe(OrderStatus.Claimed);
  });

  it('caps the active orders one person may hold', async () => {
    const [hoarder] = await grabbers(1);
    const reports = [];
    for (let i = 0; i < 5; i += 1) reports.push(await file(resident, `垃圾桶满溢 ${i}`));
    const results = await Promise.all(reports.map((r) => hoarder.post<ApiErrorBody>(`/orders/${r.order.id}/grab`)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    expect(results.filter((r) => r.body.code === ErrorCode.ActiveOrderCapReached)).toHaveLength(2);
  });

  it('releases a claim that was not started in time', async () => {
    const report = await file(resident, '井盖松动');
    const [rider] = await grabbers(1);
    expect((await rider.post(`/orders/${report.order.id}/grab`)).status).toBe(200);
    await t.dataSource
      .createQueryBuilder()
      .update(GridOrder)
      .set({ claimedAt: new Date(Date.now() - 3_600_000) })
      .where('id = :id', { id: report.order.id })
      .execute();
    const [a, b] = await Promise.all([sweeps.releaseStaleClaims(), sweeps.releaseStaleClaims()]);
    expect(a + b).toBe(1);
    const order = await t.dataSource.manager.findOneByOrFail(GridOrder, { id: report.order.id });
    expect(order).toMatchObject({ status: OrderStatus.Open, handlerId: null });
    expect((await rider.post(`/orders/${report.order.id}/grab`)).status).toBe(200);
  });

  it('escalates once per missed deadline, even with two sweeps at once, and notifies the level above', async () => {
    const report = await file(resident, '小区门口积水严重');
    const past = new Date(Date.now() - 60_000);
    await t.dataSource
      .createQueryBuilder()
      .update(GridOrder)
      .set({ deadlineAt: past })
      .where('id = :id', { id: report.order.id })
      .execute();
    const [a, b] = await Promise.all([sweeps.escalate(), sweeps.escalate()]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    const order = await t.dataSource.manager.findOneByOrFail(GridOrder, { id: report.order.id });
    expect(order.escalation).toBe('community');
    expect(order.deadlineAt!.getTime()).toBeGreaterThan(Date.now());
    const notes = await staff.get<Page<NotificationView>>('/notifications/mine');
    expect(notes.body.items.filter((n) => n.reportId === report.id)).toHaveLength(1);
    const detail = await staff.get<ReportDetail>(`/reports/${report.id}`);
    expect(detail.body.history.filter((h) => h.action === 'escalated')).toHaveLength(1);
  });

  it('pays the reporter and the handler once each across retries and reopenings', async () => {
    const report = await file(resident, '健身器材螺丝脱落');
    const [rider] = await grabbers(1);
    const orderId = report.order.id;
    await rider.post(`/orders/${orderId}/grab`);
    await rider.post(`/orders/${orderId}/grab`); // a retry after a network drop
    await rider.post(`/orders/${orderId}/start`);
    await rider.post(`/orders/${orderId}/start`);
    const noProof = await rider.post<ApiErrorBody>(`/orders/${orderId}/finish`, { note: '已修好' });
    expect(noProof.body.code).toBe(ErrorCode.ValidationFailed);
    const finish = async () =>
      rider.post<ReportDetail>(`/orders/${orderId}/finish`, {
        note: '已拧紧螺丝',
        photoIds: [await photo(rider.token, 'order_proof')],
      });
    expect((await finish()).body.order.status).toBe(OrderStatus.Done);
    const reopened = await resident.post<ReportDetail>(`/orders/${orderId}/not-fixed`, { note: '还是晃' });
    expect(reopened.body.order).toMatchObject({
      status: OrderStatus.InProgress,
      reopenCount: 1,
      handlerId: expect.any(String),
    });
    expect((await finish()).body.order.status).toBe(OrderStatus.Done);
    await Promise.all([gridWorker.post(`/orders/${orderId}/verify`), gridWorker.post(`/orders/${orderId}/verify`)]);
    const confirmations = await Promise.all(
      [1, 2, 3].map(() => resident.post<ReportDetail>(`/orders/${orderId}/confirm`, { rating: 5, comment: '很及时' })),
    );
    expect(confirmations.some((c) => c.status === 200)).toBe(true);
    // The handler's finish sent again from an offline queue after the confirmation: the current state, no error.
    const late = await finish();
    expect({ status: late.status, order: late.body.order.status }).toEqual({
      status: 200,
      order: OrderStatus.Confirmed,
    });
    const done = await resident.get<ReportDetail>(`/reports/${report.id}`);
    expect(done.body.order).toMatchObject({ status: OrderStatus.Confirmed, rating: 5 });
    expect(done.body.verified).toBe(true);
    expect(done.body.history.map((h) => h.action)).toEqual([
      'created',
      'grabbed',
      'started',
      'finished',
      'reopened',
      'finished',
      'confirmed',
    ]);
    expect(done.body.history.find((h) => h.action === 'finished')!.photos).toHaveLength(1);

    const reporterPaid = await t.dataSource.manager.count(PointsEntry, {
      where: { sourceId: report.id, source: 'report_verified' },
    });
    const handlerPaid = await t.dataSource.manager.count(PointsEntry, {
      where: { sourceId: orderId, source: 'order_completed' },
    });
    expect([reporterPaid, handlerPaid]).toEqual([1, 1]);
    const balance = await resident.get<PointsBalance>('/points/me');
    expect(balance.body.balance).toBeGreaterThan(0);
  });

  it('confirms an unanswered order by itself, paying the handler once', async () => {
    const report = await file(resident, '楼顶防水层破损');
    const [rider] = await grabbers(1);
    await rider.post(`/orders/${report.order.id}/grab`);
    await rider.post(`/orders/${report.order.id}/start`);
    await rider.post(`/orders/${report.order.id}/finish`, {
      note: '已修补',
      photoIds: [await photo(rider.token, 'order_proof')],
    });
    await t.dataSource
      .createQueryBuilder()
      .update(GridOrder)
      .set({ deadlineAt: new Date(Date.now() - 1000) })
      .where('id = :id', { id: report.order.id })
      .execute();
    const [a, b] = await Promise.all([sweeps.autoConfirm(), sweeps.autoConfirm()]);
    expect(a + b).toBe(1);
    expect(
      await t.dataSource.manager.count(PointsEntry, {
        where: { sourceId: report.order.id, source: 'order_completed' },
      }),
    ).toBe(1);
  });

  it('turns a poor rating into a follow-up for community staff', async () => {
    const report = await file(resident, '电梯异响');
    const [rider] = await grabbers(1);
    await rider.post(`/orders/${report.order.id}/grab`);
    await rider.post(`/orders/${report.order.id}/start`);
    await rider.post(`/orders/${report.order.id}/finish`, {
      note: '已联系物业',
      photoIds: [await photo(rider.token, 'order_proof')],
    });
    await resident.post(`/orders/${report.order.id}/confirm`, { rating: 2, comment: '态度一般' });
    const tasks = await staff.get<Page<FollowUpView>>('/follow-ups');
    expect(tasks.body.items.map((f) => f.reportId)).toContain(report.id);
    // The community's staff are told; the grid worker below them is not.
    const told = (await staff.get<Page<NotificationView>>('/notifications/mine?pageSize=100')).body.items.filter(
      (n) => n.reportId === report.id,
    );
    expect(told).toEqual([expect.objectContaining({ kind: NotificationKind.OrderFollowUp, title: '差评待回访' })]);
    expect(told[0].body).toContain('态度一般');
    // (Beyond the 接单提醒 every grid member had when the order opened.)
    const below = (await gridWorker.get<Page<NotificationView>>('/notifications/mine?pageSize=100')).body.items;
    expect(below.filter((n) => n.reportId === report.id && n.kind !== NotificationKind.OrderAvailable)).toEqual([]);
  });

  it('hides the reporter from other residents and the report from other communities', async () => {
    const report = await file(resident, '外墙瓷砖有脱落风险');
    const neighbour = client(t.baseUrl, (await loginAs(t.baseUrl, 'organizer')).accessToken);
    const list = await neighbour.get<Page<ReportView>>(`/reports?communityId=${demoPlaceId('ajilaqin')}`);
    const seen = list.body.items.find((r) => r.id === report.id);
    expect(seen).toBeDefined();
    expect(seen!.reporterNickname).toBeNull();
    const staffView = await staff.get<Page<ReportView>>(`/reports?communityId=${demoPlaceId('ajilaqin')}`);
    expect(staffView.body.items.find((r) => r.id === report.id)!.reporterNickname).toBe('其其格');
    const outsider = client(t.baseUrl, (await loginAs(t.baseUrl, 'resident-2')).accessToken);
    expect((await outsider.get(`/reports?communityId=${demoPlaceId('ajilaqin')}`)).status).toBe(403);
    expect((await outsider.get(`/reports/${report.id}`)).status).toBe(404);
    const xingwangRider = client(t.baseUrl, (await loginAs(t.baseUrl, 'part-time-member')).accessToken);
    expect((await xingwangRider.post<ApiErrorBody>(`/orders/${report.order.id}/grab`)).status).toBe(403);
  });

  it('lists the hall nearest first when the grabber shares a location', async () => {
    const far = await file(resident, '远处的路面坑洼', { location: { lng: 111.6583, lat: 40.8105 } });
    const near = await file(resident, '近处的路面坑洼', { location: { lng: 111.6556, lat: 40.8083 } });
    const [rider] = await grabbers(1);
    const hall = await rider.get<Page<ReportView>>('/orders/hall?lng=111.6555&lat=40.8082&pageSize=100');
    const ids = hall.body.items.map((r) => r.id);
    expect(ids.indexOf(near.id)).toBeLessThan(ids.indexOf(far.id));
    expect(hall.body.items[0].order.distanceMeters).toBeLessThan(50);
  });

  it('pages every report list in a stable order, with the total on every page and past the end', async () => {
    const texts = ['分页一', '分页二', '分页三', '分页四', '分页五'].map((s) => `${s}：单元门禁失灵`);
    const token = (await loginAs(t.baseUrl, 'resident')).accessToken;
    const photoIds = [await photo(token, 'report'), await photo(token, 'report')];
    const filed = [await file(resident, texts[0], { photoIds })];
    for (const text of texts.slice(1)) filed.push(await file(resident, text));
    const [rider] = await grabbers(1);

    /** Every item of a list, two at a time, checking each page's total against the first one. */
    const walk = async (api: Api, path: string) => {
      const sep = path.includes('?') ? '&' : '?';
      const first = await api.get<Page<ReportView>>(`${path}${sep}page=1&pageSize=2`);
      expect(first.status).toBe(200);
      const items = [...first.body.items];
      for (let page = 2; page <= Math.ceil(first.body.total / 2); page += 1) {
        const next = await api.get<Page<ReportView>>(`${path}${sep}page=${page}&pageSize=2`);
        expect(next.body.total).toBe(first.body.total);
        items.push(...next.body.items);
      }
      const past = await api.get<Page<ReportView>>(
        `${path}${sep}page=${Math.ceil(first.body.total / 2) + 3}&pageSize=2`,
      );
      expect(past.body).toMatchObject({ items: [], total: first.body.total, hasMore: false });
      expect(new Set(items.map((r) => r.id)).size).toBe(first.body.total);
      return items;
    };
    const deadlines = (items: ReportView[]) =>
      items.map((r) => (r.order.deadlineAt ? Date.parse(r.order.deadlineAt) : 0));

    const hall = await walk(rider, '/orders/hall');
    expect(hall.map((r) => r.id)).toEqual(expect.arrayContaining(filed.map((r) => r.id)));
    expect(hall.every((r) => r.order.status === OrderStatus.Open && r.gridId === G1)).toBe(true);
    // A report with two photos is one item with both, in upload order.
    expect(hall.find((r) => r.id === filed[0].id)!.photos.map((p) => p.id)).toEqual(photoIds);
    expect(deadlines(hall)).toEqual([...deadlines(hall)].sort((a, b) => a - b));

    const mineBefore = await walk(rider, '/orders/mine');
    for (const report of filed.slice(0, 3))
      expect((await rider.post(`/orders/${report.order.id}/grab`)).status).toBe(200);
    const mine = await walk(rider, '/orders/mine');
    expect(mine.length - mineBefore.length).toBe(3);

    const queue = await walk(staff, `/orders/queue?gridId=${G1}&status=${OrderStatus.Claimed}`);
    expect(queue.map((r) => r.id)).toEqual(expect.arrayContaining(filed.slice(0, 3).map((r) => r.id)));
    expect(queue.every((r) => r.order.status === OrderStatus.Claimed && r.gridId === G1)).toBe(true);

    const reported = await walk(resident, '/reports/mine');
    const created = reported.map((r) => Date.parse(r.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(reported.map((r) => r.id)).toEqual(expect.arrayContaining(filed.map((r) => r.id)));
  });

  it('tells the people an order moves for: its new handler, the handler it goes back to, the reporter when done or cancelled', async () => {
    const notices = async (api: Api, reportId: string) =>
      (await api.get<Page<NotificationView>>('/notifications/mine?pageSize=100')).body.items.filter(
        (n) => n.reportId === reportId && n.kind !== NotificationKind.OrderAvailable, // 接单提醒: order-alerts e2e
      );
    const report = await file(resident, '楼道灯不亮了，晚上上楼很危险');
    const orderId = report.order.id;
    const [rider] = await grabbers(1);
    const riderId = (await rider.get<{ id: string }>('/me')).body.id;

    // An open order, nobody on it yet: dispatched straight from the queue.
    expect((await staff.post(`/orders/${orderId}/assign`, { handlerId: riderId })).status).toBe(200);
    expect(await notices(rider, report.id)).toEqual([
      expect.objectContaining({
        kind: NotificationKind.OrderAssigned,
        title: '您有新的派单',
        eventId: null,
        readAt: null,
      }),
    ]);
    await rider.post(`/orders/${orderId}/start`);
    await rider.post(`/orders/${orderId}/finish`, {
      note: '已换灯泡',
      photoIds: [await photo(rider.token, 'order_proof')],
    });
    const [finished] = await notices(resident, report.id);
    expect(finished).toMatchObject({ kind: NotificationKind.OrderFinished, title: '问题已处理，请确认' });
    expect(finished.body).toContain('楼道灯不亮了');

    await resident.post(`/orders/${orderId}/not-fixed`, { note: '三楼还是不亮' });
    const [reopened] = await notices(rider, report.id);
    expect(reopened).toMatchObject({ kind: NotificationKind.OrderReopened, title: '居民反馈未解决' });
    expect(reopened.body).toContain('三楼还是不亮');

    expect((await staff.post(`/orders/${orderId}/cancel`, { reason: '已转物业公司统一维修' })).status).toBe(200);
    const [cancelled] = await notices(resident, report.id);
    expect(cancelled).toMatchObject({ kind: NotificationKind.OrderCancelled });
    expect(cancelled.body).toContain('已转物业公司统一维修');
    expect(await notices(staff, report.id)).toEqual([]);

    // A grid worker who takes an order on is not told of it.
    const own = await file(resident, '垃圾桶满了没人清');
    const workerId = (await gridWorker.get<{ id: string }>('/me')).body.id;
    expect((await gridWorker.post(`/orders/${own.order.id}/assign`, { handlerId: workerId })).status).toBe(200);
    expect(await notices(gridWorker, own.id)).toEqual([]);

    // An open order can be cancelled too (nobody on it), and its reporter is told.
    const duplicate = await file(resident, '楼道灯不亮（重复上报）');
    expect((await staff.post(`/orders/${duplicate.order.id}/cancel`, { reason: '与已有工单重复' })).status).toBe(200);
    expect((await notices(resident, duplicate.id)).map((n) => n.kind)).toEqual([NotificationKind.OrderCancelled]);
  });

  it('lets nobody handle, verify or confirm an order on their own report', async () => {
    const [rider] = await grabbers(1);
    const riderId = (await rider.get<{ id: string }>('/me')).body.id;
    // A part-time grid member reports at a building of his own grid: he may not grab it, nor be assigned it.
    const own = await file(rider, '自己上报的楼道灯坏了');
    const hall = await rider.get<Page<ReportView>>('/orders/hall?pageSize=100');
    expect(hall.body.items.map((r) => r.id)).not.toContain(own.id);
    const grab = await rider.post<ApiErrorBody>(`/orders/${own.order.id}/grab`);
    expect([grab.status, grab.body.code]).toEqual([403, ErrorCode.OwnReport]);
    const assign = await staff.post<ApiErrorBody>(`/orders/${own.order.id}/assign`, { handlerId: riderId });
    expect([assign.status, assign.body.code]).toEqual([403, ErrorCode.OwnReport]);
    expect((await t.dataSource.manager.findOneByOrFail(GridOrder, { id: own.order.id })).status).toBe(OrderStatus.Open);

    // A grid worker, or staff, may not verify their own report (it would pay them as reporter).
    const workers = await gridWorker.post<ApiErrorBody>(
      `/orders/${(await file(gridWorker, '网格员自己上报的井盖松动')).order.id}/verify`,
    );
    expect([workers.status, workers.body.code]).toEqual([403, ErrorCode.OwnReport]);
    const staffs = await staff.post<ApiErrorBody>(
      `/orders/${(await file(staff, '工作人员自己上报的路灯')).order.id}/verify`,
    );
    expect([staffs.status, staffs.body.code]).toEqual([403, ErrorCode.OwnReport]);

    // An order its reporter came to hold (before these rules) cannot be confirmed by them, and pays no handler.
    await t.dataSource.manager.update(
      GridOrder,
      { id: own.order.id },
      { status: OrderStatus.Done, handlerId: riderId },
    );
    const confirm = await rider.post<ApiErrorBody>(`/orders/${own.order.id}/confirm`, { rating: 5 });
    expect([confirm.status, confirm.body.code]).toEqual([403, ErrorCode.OwnReport]);
    // Nor does the sweep that confirms unanswered orders pay them.
    await t.dataSource.manager.update(GridOrder, { id: own.order.id }, { deadlineAt: new Date(Date.now() - 1000) });
    await sweeps.autoConfirm();
    expect(await t.dataSource.manager.count(PointsEntry, { where: { memberId: riderId } })).toBe(0);
  });

  it('finds the members who may take an order in a grid, for dispatch', async () => {
    const [rider] = await grabbers(1);
    const me = await rider.get<{ id: string; nickname: string }>('/me');
    const list = await staff.get<Page<{ id: string }>>(
      `/members?placeId=${G1}&role=part_time_grid_member&pageSize=100`,
    );
    expect(list.status).toBe(200);
    expect(list.body.items.map((m) => m.id)).toContain(me.body.id);
    const residentsOnly = await staff.get<Page<{ id: string }>>(`/members?placeId=${G1}&pageSize=100`);
    expect(residentsOnly.body.items.map((m) => m.id)).not.toContain(me.body.id);
  });

  it('refuses bad input with codes', async () => {
    const noPlace = await resident.post<ApiErrorBody>('/reports', {
      categoryId: demoCategoryId('ajilaqin/facilities'),
      text: '无位置',
      photoIds: [],
      location: {},
    });
    expect(noPlace.body.code).toBe(ErrorCode.ValidationFailed);
    const outside = await resident.post<ApiErrorBody>('/reports', {
      categoryId: demoCategoryId('ajilaqin/facilities'),
      text: '不在网格内',
      photoIds: [],
      location: { lng: 100, lat: 30 },
    });
    expect(outside.body.code).toBe(ErrorCode.LocationOutsideGrids);
    const elevenPhotos = await resident.post<ApiErrorBody>('/reports', {
      categoryId: demoCategoryId('ajilaqin/facilities'),
      text: '照片太多',
      photoIds: Array.from({ length: 10 }, () => newId()),
      location: { buildingId: demoPlaceId('ajilaqin/g1/b1') },
    });
    expect(elevenPhotos.body.code).toBe(ErrorCode.TooManyPhotos);
    const open = await file(resident, '居民不能抢单');
    expect((await resident.post<ApiErrorBody>(`/orders/${open.order.id}/grab`)).status).toBe(403);
    expect((await gridWorker.post<ApiErrorBody>(`/orders/${newId()}/grab`)).body.code).toBe(ErrorCode.NotFound);
  });
});
