import {
  type ApiErrorBody,
  ErrorCode,
  type GrabOrderRequest,
  HallReason,
  OrderStatus,
  type Page,
  type ReportDetail,
  type ReportView,
  type RiderRoute,
  Role,
  type RouteGridChoice,
  type UpdateRiderRouteRequest,
  type Weekday,
} from '@tongxin/types';
import { In } from 'typeorm';

import { GrantsRepository } from '../src/modules/grants/grants.repository';
import { GridOrder } from '../src/modules/orders/entities/grid-order.entity';
import { HandlerLoad } from '../src/modules/orders/entities/handler-load.entity';
import { OrderHistory } from '../src/modules/orders/entities/order-history.entity';
import { OrderSweepsService } from '../src/modules/orders/services/order-sweeps.service';
import { FreeWindowRow } from '../src/modules/rider-routes/free-window.entity';
import { minutesClock } from '../src/modules/rider-routes/free-windows';
import { RoutePlace } from '../src/modules/rider-routes/route-place.entity';
import { demoCategoryId, demoPlaceId } from '../src/modules/seed/demo-data';
import { type RoleHolder, roleHolder } from './factories/grid-members';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

type Api = ReturnType<typeof client>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const CHINA = 8 * HOUR;
/** ajilaqin/facilities: a claim must be started within 4 hours. */
const CLAIMED_HOURS = 4;
/** ORDER_CLAIM_RELEASE_MINUTES: the grace a claim gets before the sweep takes it back. */
const GRACE_MINUTES = 30;

/** Minutes after midnight, China time. */
const chinaMinutes = (at: Date) => Math.floor(((at.getTime() + CHINA) % (24 * HOUR)) / MINUTE);
/** ISO weekday of `at` in China. */
const chinaWeekday = (at: Date) => (((new Date(at.getTime() + CHINA).getUTCDay() + 6) % 7) + 1) as Weekday;

describe('顺路单: the hall ranks by a rider’s route and free time; a grab for later is held until its promise', () => {
  let t: TestApp;
  let resident: Api;
  let staff: Api;
  let neighbour: Api;
  let rider: RoleHolder;
  let sweeps: OrderSweepsService;

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0', ORDER_ACTIVE_CAP: '20' });
    resident = client(t.baseUrl, (await loginAs(t.baseUrl, 'resident')).accessToken);
    staff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken);
    neighbour = client(t.baseUrl, (await loginAs(t.baseUrl, 'organizer')).accessToken);
    sweeps = t.app.get(OrderSweepsService);
    // A rider of 阿吉拉沁's first and second grids.
    rider = await roleHolder(t, { role: Role.PartTimeGridMember, place: 'ajilaqin/g1', openid: 'o-route-rider' });
    await t.app.get(GrantsRepository).insertGrant({
      userId: rider.id,
      role: Role.PartTimeGridMember,
      placeId: demoPlaceId('ajilaqin/g2'),
      grantedBy: null,
    });
  });
  afterAll(() => t.close());

  const put = (api: Api, body: UpdateRiderRouteRequest) => api.put<RiderRoute & ApiErrorBody>('/me/route', body);
  const everyDay = (start: Date, minutes: number, weekdays: Weekday[] = []) => ({
    start: minutesClock(chinaMinutes(start)),
    end: minutesClock((chinaMinutes(start) + minutes) % (24 * 60)),
    weekdays,
  });

  /** A report filed by 其其格 in a building or at a point, its order due `dueIn` from now. */
  const file = async (
    text: string,
    where: { building: string } | { lng: number; lat: number },
    dueIn?: number,
  ): Promise<ReportDetail> => {
    const res = await resident.post<ReportDetail>('/reports', {
      categoryId: demoCategoryId('ajilaqin/facilities'),
      text,
      photoIds: [],
      location: 'building' in where ? { buildingId: demoPlaceId(where.building) } : where,
    });
    expect(res.status).toBe(201);
    if (dueIn !== undefined) {
      await t.dataSource.manager.update(
        GridOrder,
        { id: res.body.order.id },
        { deadlineAt: new Date(Date.now() + dueIn) },
      );
    }
    return res.body;
  };

  describe('我的顺路 settings', () => {
    it('starts empty and is for those who may grab', async () => {
      expect((await rider.api.get<RiderRoute>('/me/route')).body).toEqual({
        places: [],
        windows: [],
        nextFreeAt: null,
      });
      expect((await resident.get('/me/route')).status).toBe(403);
      expect((await put(resident, { placeIds: [], windows: [] })).status).toBe(403);
    });

    it('offers the grids where the rider may grab, paged', async () => {
      const grids = await rider.api.get<Page<RouteGridChoice>>('/me/route/grids?pageSize=1');
      expect(grids.body).toMatchObject({ total: 2, hasMore: true });
      expect(grids.body.items).toEqual([
        { id: demoPlaceId('ajilaqin/g1'), name: '阿吉拉沁第一网格', communityName: '阿吉拉沁社区' },
      ]);
      const second = await rider.api.get<Page<RouteGridChoice>>('/me/route/grids?pageSize=1&page=2');
      expect(second.body.items.map((g) => g.name)).toEqual(['阿吉拉沁第二网格']);
    });

    it('refuses places the rider may not grab in, places that are not grids or buildings, and bad windows', async () => {
      const refused = async (body: UpdateRiderRouteRequest) => {
        const res = await put(rider.api, body);
        return [res.status, res.body.code];
      };
      const noWindows = { windows: [] };
      expect(await refused({ placeIds: [demoPlaceId('xingwang/g1')], ...noWindows })).toEqual([
        403,
        ErrorCode.Forbidden,
      ]);
      expect(await refused({ placeIds: [demoPlaceId('ajilaqin/g3/b1')], ...noWindows })).toEqual([
        403,
        ErrorCode.Forbidden,
      ]);
      expect(await refused({ placeIds: [demoPlaceId('ajilaqin')], ...noWindows })).toEqual([
        400,
        ErrorCode.ValidationFailed,
      ]);
      expect(await refused({ placeIds: ['0191c0de-0000-7000-8000-000000000000'], ...noWindows })).toEqual([
        404,
        ErrorCode.PlaceNotFound,
      ]);
      const g1 = [demoPlaceId('ajilaqin/g1')];
      for (const window of [
        { start: '14:00', end: '14:00', weekdays: [] },
        { start: '24:00', end: '02:00', weekdays: [] },
        { start: '14:00', end: '16:00', weekdays: [8] },
        { start: '14:00', end: '16:00', weekdays: [1, 1] },
      ]) {
        expect(await refused({ placeIds: g1, windows: [window as never] })).toEqual([400, ErrorCode.ValidationFailed]);
      }
      const tooMany = Array.from({ length: 7 }, (_, i) => ({ start: `0${i}:00`, end: `0${i}:30`, weekdays: [] }));
      expect(await refused({ placeIds: g1, windows: tooMany })).toEqual([400, ErrorCode.ValidationFailed]);
      expect((await rider.api.get<RiderRoute>('/me/route')).body.places).toEqual([]);
    });

    it('saves grids, single buildings and windows (across midnight, on some days), and replaces them', async () => {
      const saved = await put(rider.api, {
        placeIds: [demoPlaceId('ajilaqin/g2/b1'), demoPlaceId('ajilaqin/g1')],
        windows: [
          { start: '14:00', end: '16:00', weekdays: [] },
          { start: '22:00', end: '01:00', weekdays: [5, 6] },
        ],
      });
      expect(saved.status).toBe(200);
      expect(saved.body.places).toEqual([
        {
          id: demoPlaceId('ajilaqin/g1'),
          name: '阿吉拉沁第一网格',
          level: 'grid',
          gridId: demoPlaceId('ajilaqin/g1'),
          gridName: '阿吉拉沁第一网格',
        },
        {
          id: demoPlaceId('ajilaqin/g2/b1'),
          name: '4号楼',
          level: 'building',
          gridId: demoPlaceId('ajilaqin/g2'),
          gridName: '阿吉拉沁第二网格',
        },
      ]);
      expect(saved.body.windows).toEqual([
        { start: '14:00', end: '16:00', weekdays: [] },
        { start: '22:00', end: '01:00', weekdays: [5, 6] },
      ]);
      expect(saved.body.nextFreeAt).not.toBeNull();
      const replaced = await put(rider.api, { placeIds: [demoPlaceId('ajilaqin/g1')], windows: [] });
      expect(replaced.body).toMatchObject({ windows: [], nextFreeAt: null });
      expect(replaced.body.places.map((p) => p.name)).toEqual(['阿吉拉沁第一网格']);
    });

    it('settles two saves at once: one of them is the route, whole', async () => {
      const a = { placeIds: [demoPlaceId('ajilaqin/g1')], windows: [{ start: '08:00', end: '09:00', weekdays: [] }] };
      const b = {
        placeIds: [demoPlaceId('ajilaqin/g2'), demoPlaceId('ajilaqin/g1/b2')],
        windows: [{ start: '18:00', end: '19:00', weekdays: [] }],
      };
      const results = await Promise.all([put(rider.api, a), put(rider.api, b), put(rider.api, a), put(rider.api, b)]);
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      const route = (await rider.api.get<RiderRoute>('/me/route')).body;
      const asA = route.windows[0]?.start === '08:00';
      expect(route.places.map((p) => p.id).sort()).toEqual((asA ? a : b).placeIds.sort());
      expect(route.windows).toHaveLength(1);
    });
  });

  describe('the hall', () => {
    const mine = new Set<string>();
    let onRouteSoon: ReportDetail;
    let onRouteLater: ReportDetail;
    let byBuilding: ReportDetail;
    let near: ReportDetail;
    let far: ReportDetail;

    const hall = async (query = '') => {
      const res = await rider.api.get<Page<ReportView>>(`/orders/hall?pageSize=50${query}`);
      expect(res.status).toBe(200);
      return res.body.items.filter((r) => mine.has(r.id));
    };
    const texts = (items: ReportView[]) => items.map((r) => r.text);

    beforeAll(async () => {
      // The route: the first grid whole, and one building (4号楼) of the second.
      await put(rider.api, { placeIds: [demoPlaceId('ajilaqin/g1'), demoPlaceId('ajilaqin/g2/b1')], windows: [] });
      onRouteSoon = await file('顺路·快到期：2号楼楼道灯不亮', { building: 'ajilaqin/g1/b2' }, 40 * MINUTE);
      onRouteLater = await file('顺路·不急：3号楼门禁失灵', { building: 'ajilaqin/g1/b3' }, 10 * HOUR);
      byBuilding = await file('顺路楼栋：4号楼单元门关不上', { building: 'ajilaqin/g2/b1' }, 5 * HOUR);
      // In the second grid but not on the route, filed by position: one close to the rider, one across the grid.
      near = await file('不顺路·近：健身器材螺丝松了', { lng: 111.6601, lat: 40.8091 }, 3 * HOUR);
      far = await file('不顺路·远：路边护栏倒了', { lng: 111.6618, lat: 40.8105 }, 2 * HOUR);
      for (const r of [onRouteSoon, onRouteLater, byBuilding, near, far]) mine.add(r.id);
    });

    it('puts orders on the route first, then the rest, each by deadline, saying why', async () => {
      const items = await hall();
      expect(texts(items)).toEqual([onRouteSoon, byBuilding, onRouteLater, far, near].map((r) => r.text));
      expect(items.map((r) => r.reasons)).toEqual([
        [HallReason.OnRoute, HallReason.Expiring],
        [HallReason.OnRoute],
        [HallReason.OnRoute],
        [],
        [],
      ]);
    });

    it('puts orders on the route that fit a free time before those that do not', async () => {
      // Free every day from three hours from now for two hours: time enough before 4号楼 (5 h) and 3号楼 (10 h) are
      // due, not before the lamp (40 min).
      const from = new Date(Date.now() + 3 * HOUR);
      await put(rider.api, {
        placeIds: [demoPlaceId('ajilaqin/g1'), demoPlaceId('ajilaqin/g2/b1')],
        windows: [everyDay(from, 120)],
      });
      const items = await hall();
      expect(texts(items)).toEqual([byBuilding, onRouteLater, onRouteSoon, far, near].map((r) => r.text));
      expect(items.map((r) => r.reasons)).toEqual([
        [HallReason.OnRoute, HallReason.FreeWindow],
        [HallReason.OnRoute, HallReason.FreeWindow],
        [HallReason.OnRoute, HallReason.Expiring],
        [],
        [],
      ]);

      // The same window on every day but the one it next falls on: the next one is a day later, too late for all.
      const skipped = chinaWeekday(from);
      const otherDays = ([1, 2, 3, 4, 5, 6, 7] as Weekday[]).filter((d) => d !== skipped);
      await put(rider.api, {
        placeIds: [demoPlaceId('ajilaqin/g1'), demoPlaceId('ajilaqin/g2/b1')],
        windows: [everyDay(from, 120, otherDays)],
      });
      const later = await hall();
      expect(texts(later)).toEqual([onRouteSoon, byBuilding, onRouteLater, far, near].map((r) => r.text));
      expect(later.some((r) => r.reasons?.includes(HallReason.FreeWindow))).toBe(false);
    });

    it('ranks by distance before deadline within a tier when the rider gives a position', async () => {
      const items = await hall('&lng=111.6600&lat=40.8090');
      expect(texts(items).slice(3)).toEqual([near, far].map((r) => r.text));
      expect(items[3].order.distanceMeters).toBeLessThan(items[4].order.distanceMeters!);
      // The route still comes first.
      expect(items.slice(0, 3).every((r) => r.reasons?.includes(HallReason.OnRoute))).toBe(true);
    });

    it('ranks in the statement: pages follow the ranking', async () => {
      const whole = (await hall()).map((r) => r.id);
      const paged: string[] = [];
      for (let page = 1; page <= 20; page += 1) {
        const res = await rider.api.get<Page<ReportView>>(`/orders/hall?pageSize=2&page=${page}`);
        paged.push(...res.body.items.map((r) => r.id).filter((id) => mine.has(id)));
        if (!res.body.hasMore) break;
      }
      expect(paged).toEqual(whole);
    });
  });

  describe('grabbing for later (稍后上门)', () => {
    const grab = (api: Api, order: ReportDetail, body: GrabOrderRequest = {}) =>
      api.post<ReportDetail & ApiErrorBody>(`/orders/${order.order.id}/grab`, body);

    it('takes a promised time between now and the claim’s deadline, and refuses others', async () => {
      const order = await file('稍后上门：5号楼晾衣架断了', { building: 'ajilaqin/g2/b2' });
      for (const promisedAt of [
        new Date(Date.now() - 5 * MINUTE).toISOString(),
        new Date(Date.now() + CLAIMED_HOURS * HOUR + 10 * MINUTE).toISOString(),
      ]) {
        const refused = await grab(rider.api, order, { promisedAt });
        expect([refused.status, refused.body.code]).toEqual([422, ErrorCode.PromiseOutsideDeadline]);
      }
      const garbled = await grab(rider.api, order, { promisedAt: '明天下午' });
      expect([garbled.status, garbled.body.code]).toEqual([400, ErrorCode.ValidationFailed]);
      expect((await t.dataSource.manager.findOneByOrFail(GridOrder, { id: order.order.id })).status).toBe('open');

      const promisedAt = new Date(Date.now() + 2 * HOUR);
      const grabbed = await grab(rider.api, order, { promisedAt: promisedAt.toISOString() });
      expect(grabbed.status).toBe(200);
      expect(grabbed.body.order).toMatchObject({
        status: OrderStatus.Claimed,
        promisedAt: promisedAt.toISOString(),
        claimHours: CLAIMED_HOURS,
      });
      expect(grabbed.body.history.at(-1)?.note).toMatch(/^稍后上门，承诺 \d\d-\d\d \d\d:\d\d 前到$/);
      // The reporter and staff see the promise; another member of the community does not.
      const seen = async (api: Api) => (await api.get<ReportDetail>(`/reports/${order.id}`)).body.order.promisedAt;
      expect(await seen(resident)).toBe(promisedAt.toISOString());
      expect(await seen(staff)).toBe(promisedAt.toISOString());
      expect(await seen(neighbour)).toBeNull();
    });

    it('still grabs now without a body', async () => {
      const order = await file('现在去：6号楼门口积水', { building: 'ajilaqin/g2/b3' });
      const res = await rider.api.post<ReportDetail>(`/orders/${order.order.id}/grab`);
      expect(res.status).toBe(200);
      expect(res.body.order).toMatchObject({ status: OrderStatus.Claimed, promisedAt: null });
    });
  });

  describe('the claim sweep', () => {
    it('leaves a claim for later until its promise and grace have passed unstarted, then two sweeps release it once', async () => {
      const later = await file('承诺上门：1号楼单元门锁坏了', { building: 'ajilaqin/g1/b1' });
      const nowClaim = await file('现在去：2号楼垃圾桶满了', { building: 'ajilaqin/g1/b2' });
      const started = await file('已开始：3号楼路灯不亮', { building: 'ajilaqin/g1/b3' });
      const promise = new Date(Date.now() + HOUR);
      for (const [order, body] of [
        [later, { promisedAt: promise.toISOString() }],
        [nowClaim, {}],
        [started, { promisedAt: promise.toISOString() }],
      ] as const) {
        expect((await rider.api.post(`/orders/${order.order.id}/grab`, body)).status).toBe(200);
      }
      expect((await rider.api.post(`/orders/${started.order.id}/start`)).status).toBe(200);
      const status = async (r: ReportDetail) =>
        (await t.dataSource.manager.findOneByOrFail(GridOrder, { id: r.order.id })).status;

      // Past the grace of a claim made now: the one grabbed now goes back, the promised one stays.
      await sweeps.releaseStaleClaims(new Date(Date.now() + (GRACE_MINUTES + 1) * MINUTE));
      expect([await status(later), await status(nowClaim)]).toEqual([OrderStatus.Claimed, OrderStatus.Open]);
      // Past the promise, within its grace: still held.
      await sweeps.releaseStaleClaims(new Date(promise.getTime() + (GRACE_MINUTES - 1) * MINUTE));
      expect(await status(later)).toBe(OrderStatus.Claimed);

      // Past the promise and its grace, unstarted: two sweeps at once release it exactly once.
      const at = new Date(promise.getTime() + (GRACE_MINUTES + 1) * MINUTE);
      const released = await Promise.all([sweeps.releaseStaleClaims(at), sweeps.releaseStaleClaims(at)]);
      expect(released[0] + released[1]).toBe(1);
      const row = await t.dataSource.manager.findOneByOrFail(GridOrder, { id: later.order.id });
      expect(row).toMatchObject({ status: OrderStatus.Open, handlerId: null, promisedAt: null });
      const history = await t.dataSource.manager.findBy(OrderHistory, { orderId: later.order.id, action: 'released' });
      expect(history.map((h) => h.note)).toEqual(['承诺上门时间已过仍未开始，已退回抢单大厅']);
      // Started work is never released; the handler's load still counts exactly the orders they hold.
      expect(await status(started)).toBe(OrderStatus.InProgress);
      const load = await t.dataSource.manager.findOneByOrFail(HandlerLoad, { userId: rider.id });
      const held = await t.dataSource.manager.countBy(GridOrder, {
        handlerId: rider.id,
        status: In([OrderStatus.Claimed, OrderStatus.InProgress]),
      });
      expect(load.active).toBe(held);
      expect(await sweeps.releaseStaleClaims(at)).toBe(0);
    });
  });

  it('forgets a rider’s route when they delete their account', async () => {
    const leaving = await roleHolder(t, {
      role: Role.PartTimeGridMember,
      place: 'ajilaqin/g1',
      openid: 'o-route-leaving',
    });
    const saved = await put(leaving.api, {
      placeIds: [demoPlaceId('ajilaqin/g1')],
      windows: [{ start: '14:00', end: '16:00', weekdays: [] }],
    });
    expect(saved.status).toBe(200);
    expect((await leaving.api.delete('/me')).status).toBe(204);
    const left = async (entity: typeof RoutePlace | typeof FreeWindowRow) =>
      t.dataSource.manager.countBy(entity, { userId: leaving.id });
    expect([await left(RoutePlace), await left(FreeWindowRow)]).toEqual([0, 0]);
  });
});
