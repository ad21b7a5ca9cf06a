import {
  type ApiErrorBody,
  ErrorCode,
  type MyMonth,
  type PointsBalance,
  type ReportDetail,
  Role,
} from '@tongxin/types';

import { GridOrder } from '../src/modules/orders/entities/grid-order.entity';
import { demoCategoryId, demoPlaceId } from '../src/modules/seed/demo-data';
import { roleHolder } from './factories/grid-members';
import { uploadPhoto } from './factories/photos';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

type Api = ReturnType<typeof client>;

/** 我的本月: a handler's month is kept as orders are finished and rated, and read from that rollup. */
describe('my month', () => {
  let t: TestApp;
  let resident: Api;
  let riderSeq = 0;

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0' });
    resident = client(t.baseUrl, (await loginAs(t.baseUrl, 'resident')).accessToken);
  });
  afterAll(() => t.close());

  const rider = () => {
    riderSeq += 1;
    return roleHolder(t, { role: Role.PartTimeGridMember, place: 'ajilaqin/g1', openid: `month-rider-${riderSeq}` });
  };

  const file = async (text: string): Promise<ReportDetail> => {
    const res = await resident.post<ReportDetail>('/reports', {
      categoryId: demoCategoryId('ajilaqin/facilities'),
      text,
      photoIds: [],
      location: { buildingId: demoPlaceId('ajilaqin/g1/b1') },
    });
    expect(res.status).toBe(201);
    return res.body;
  };

  /** The rider grabs, starts and finishes the order with a proof photo. */
  const finish = async (api: Api, token: string, orderId: string) =>
    api.post<ReportDetail>(`/orders/${orderId}/finish`, {
      note: '已处理',
      photoIds: [await uploadPhoto(t.baseUrl, token, 'order_proof')],
    });

  it('counts an order once though it is finished twice, with the rating and the points it paid', async () => {
    const { api, token } = await rider();
    const report = await file('单元门禁失灵');
    const orderId = report.order.id;
    await api.post(`/orders/${orderId}/grab`);
    await api.post(`/orders/${orderId}/start`);
    expect((await finish(api, token, orderId)).status).toBe(200);
    await resident.post(`/orders/${orderId}/not-fixed`, { note: '还是打不开' });
    expect((await finish(api, token, orderId)).status).toBe(200);
    await Promise.all([1, 2, 3].map(() => resident.post(`/orders/${orderId}/confirm`, { rating: 4, comment: '可以' })));

    const month = await api.get<MyMonth>('/orders/mine/month');
    expect(month.status).toBe(200);
    const balance = await api.get<PointsBalance>('/points/me');
    expect(month.body).toEqual({
      month: expect.stringMatching(/^\d{4}-\d{2}$/),
      ordersFinished: 1,
      onTimeShare: 1,
      averageRating: 4,
      ratings: 1,
      pointsEarned: balance.body.balance,
    });
    expect(month.body.pointsEarned).toBeGreaterThan(0);
  });

  it('counts a finish after the deadline as late', async () => {
    const { api, token } = await rider();
    const onTime = await file('楼道灯不亮');
    const late = await file('垃圾桶破损');
    for (const r of [onTime, late]) {
      await api.post(`/orders/${r.order.id}/grab`);
      await api.post(`/orders/${r.order.id}/start`);
    }
    await t.dataSource.manager.update(GridOrder, { id: late.order.id }, { deadlineAt: new Date(Date.now() - 60_000) });
    await finish(api, token, onTime.order.id);
    await finish(api, token, late.order.id);
    await resident.post(`/orders/${onTime.order.id}/confirm`, { rating: 5 });
    await resident.post(`/orders/${late.order.id}/confirm`, { rating: 2, comment: '来得太晚' });

    const month = (await api.get<MyMonth>('/orders/mine/month')).body;
    expect(month).toMatchObject({ ordersFinished: 2, onTimeShare: 0.5, averageRating: 3.5, ratings: 2 });
    // Another month of the same member is empty; a month that is not one is refused.
    const before = await api.get<MyMonth>(`/orders/mine/month?month=2020-01`);
    expect(before.body).toEqual({
      month: '2020-01',
      ordersFinished: 0,
      onTimeShare: null,
      averageRating: null,
      ratings: 0,
      pointsEarned: 0,
    });
    const bad = await api.get<ApiErrorBody>(`/orders/mine/month?month=2026-13`);
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
  });

  it('shows a member who handled nothing an empty month', async () => {
    const month = await resident.get<MyMonth>('/orders/mine/month');
    expect(month.body).toMatchObject({ ordersFinished: 0, onTimeShare: null, averageRating: null, ratings: 0 });
  });
});
