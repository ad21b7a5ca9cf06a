import {
  type ApiErrorBody,
  type CommunityReconciliation,
  ErrorCode,
  type HonourView,
  type Leaderboard,
  type MallItemView,
  NotificationKind,
  type NotificationView,
  type Page,
  type PendingAwardView,
  type PointsBalance,
  type PointsEntryView,
  PointsSource,
  type RedemptionView,
} from '@tongxin/types';

import { MallService } from '../src/modules/mall/mall.service';
import { MallItem } from '../src/modules/mall/mall-item.entity';
import { Redemption } from '../src/modules/mall/redemption.entity';
import { LedgerService } from '../src/modules/points/ledger.service';
import { PointsEntry } from '../src/modules/points/points-entry.entity';
import { demoPlaceId, demoUnitId, demoUserId } from '../src/modules/seed/demo-data';
import { client, loginAs } from './helpers/session';
import { http, startTestApp, type TestApp } from './helpers/test-app';

const XINGWANG = demoPlaceId('xingwang');
const LI = demoUserId('resident-2');
const MA = demoUserId('part-time-member');

let keySeq = 0;
const newKey = (label: string) => `${label}-${Date.now()}-${(keySeq += 1)}`.slice(0, 64);

describe('points: ledger, mall, leaderboards, honours', () => {
  let t: TestApp;
  let staff: ReturnType<typeof client>;
  let street: ReturnType<typeof client>;
  let li: ReturnType<typeof client>;
  let ledger: LedgerService;

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0' });
    staff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-xingwang')).accessToken);
    street = client(t.baseUrl, (await loginAs(t.baseUrl, 'street-admin')).accessToken);
    li = client(t.baseUrl, (await loginAs(t.baseUrl, 'resident-2')).accessToken);
    ledger = t.app.get(LedgerService);
  });
  afterAll(() => t.close());

  const award = (api: ReturnType<typeof client>, key: string | null, body: object) =>
    http<PointsEntryView & ApiErrorBody>(t.baseUrl, '/api/points/awards', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: (api as unknown as { token?: string }).token ?? '',
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify(body),
    });
  let staffToken: string;
  const staffAward = (key: string | null, body: object, token = staffToken) =>
    http<PointsEntryView & ApiErrorBody>(t.baseUrl, '/api/points/awards', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify(body),
    });
  const fund = async (memberId: string, points: number) =>
    ledger.award({
      memberId,
      source: PointsSource.StaffAward,
      sourceId: 'test',
      idempotencyKey: newKey('fund'),
      communityId: XINGWANG,
      points,
    });
  const balanceOf = async (memberId: string) => (await loginAndGet(memberId)).balance;
  const loginAndGet = async (memberId: string) => {
    const account = memberId === LI ? 'resident-2' : 'part-time-member';
    const api = client(t.baseUrl, (await loginAs(t.baseUrl, account)).accessToken);
    return (await api.get<PointsBalance>('/points/me')).body;
  };

  describe('staff awards', () => {
    beforeAll(async () => {
      staffToken = (await loginAs(t.baseUrl, 'staff-xingwang')).accessToken;
      void award;
    });

    it('awards with a reason, once per idempotency key, and audits it', async () => {
      const key = newKey('award');
      const first = await staffAward(key, { memberId: LI, amount: 30, reason: '协助维护公共晾衣架' });
      expect(first.status).toBe(201);
      const again = await staffAward(key, { memberId: LI, amount: 30, reason: '协助维护公共晾衣架' });
      expect(again.body.id).toBe(first.body.id);
      const changed = await staffAward(key, { memberId: LI, amount: 50, reason: '协助维护公共晾衣架' });
      expect(changed.body.code).toBe(ErrorCode.IdempotencyKeyReused);

      const mine = await li.get<PointsBalance>('/points/me');
      expect(mine.body.balance).toBe(30);
      const history = await li.get<Page<PointsEntryView>>('/points/me/entries');
      expect(history.body.items[0]).toMatchObject({ amount: 30, source: 'staff_award', reason: '协助维护公共晾衣架' });
      const audit = await staff.get<Page<{ action: string }>>('/audit-logs');
      expect(audit.body.items.map((a) => a.action)).toContain('points.award');
    });

    it('needs an idempotency key, a reason, and a member inside the staff member’s places', async () => {
      expect((await staffAward(null, { memberId: LI, amount: 5, reason: '好人好事' })).body.code).toBe(
        ErrorCode.ValidationFailed,
      );
      expect((await staffAward(newKey('x'), { memberId: LI, amount: 5 })).body.code).toBe(ErrorCode.ValidationFailed);
      const otherStaff = (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken;
      const outside = await staffAward(newKey('x'), { memberId: LI, amount: 5, reason: '好人好事' }, otherStaff);
      expect(outside.status).toBe(403);
      const resident = (await loginAs(t.baseUrl, 'resident-2')).accessToken;
      expect(
        (await staffAward(newKey('x'), { memberId: LI, amount: 5, reason: '自己奖励自己' }, resident)).status,
      ).toBe(403);
    });

    it('pays once when 50 identical requests arrive together', async () => {
      const key = newKey('same');
      const results = await Promise.all(
        Array.from({ length: 50 }, () => staffAward(key, { memberId: MA, amount: 7, reason: '巡查发现井盖缺失' })),
      );
      expect(results.every((r) => r.status === 201)).toBe(true);
      expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
      const entries = await t.dataSource.manager.count(PointsEntry, { where: { memberId: MA } });
      expect(entries).toBe(1);
      expect(await balanceOf(MA)).toBe(7);
    });
  });

  describe('awards nobody deals to themselves', () => {
    const STAFF = demoUserId('staff-xingwang');
    const pendingOf = (body: unknown) => body as PendingAwardView & ApiErrorBody;
    beforeAll(async () => {
      staffToken = (await loginAs(t.baseUrl, 'staff-xingwang')).accessToken;
    });

    it('shows staff the demo’s large award waiting for them', async () => {
      const list = await staff.get<Page<PendingAwardView>>('/points/pending-awards');
      expect(list.body.items).toEqual([
        expect.objectContaining({ memberName: '李秀兰', amount: 300, proposedByName: '高强', canDecide: true }),
      ]);
    });

    it('refuses an award to oneself', async () => {
      const self = await staffAward(newKey('self'), { memberId: STAFF, amount: 5, reason: '奖励自己' });
      expect([self.status, self.body.code]).toEqual([403, ErrorCode.SelfAward]);
      expect(await t.dataSource.manager.count(PointsEntry, { where: { memberId: STAFF } })).toBe(0);
    });

    it('holds a large award for a second staff member, whom the proposer cannot replace', async () => {
      const key = newKey('large');
      const body = { memberId: LI, amount: 500, reason: '长期义务照顾孤寡老人' };
      const before = await balanceOf(LI);
      const proposed = await staffAward(key, body);
      expect(proposed.status).toBe(202);
      const pending = pendingOf(proposed.body);
      expect(pending).toMatchObject({ status: 'pending', memberId: LI, amount: 500, canDecide: false });
      expect((await staffAward(key, body)).body.id).toBe(pending.id);
      expect(await balanceOf(LI)).toBe(before);

      // The proposer cannot approve it; nor can anyone approve an award to themselves.
      const own = await staff.post<ApiErrorBody>(`/points/pending-awards/${pending.id}/approve`);
      expect([own.status, own.body.code]).toEqual([409, ErrorCode.SecondApproverRequired]);
      const list = await street.get<Page<PendingAwardView>>('/points/pending-awards');
      expect(list.body.items.find((p) => p.id === pending.id)).toMatchObject({
        canDecide: true,
        proposedByName: '刘敏',
      });

      const approved = await street.post<PendingAwardView>(`/points/pending-awards/${pending.id}/approve`);
      expect(approved.body).toMatchObject({ status: 'approved', decidedByName: '高强' });
      expect(await balanceOf(LI)).toBe(before + 500);
      const again = await street.post<ApiErrorBody>(`/points/pending-awards/${pending.id}/approve`);
      expect(again.body.code).toBe(ErrorCode.Conflict);
      expect(await balanceOf(LI)).toBe(before + 500);

      // A rejected one pays nothing; an award to a staff member is not theirs to approve.
      const streetToken = (await loginAs(t.baseUrl, 'street-admin')).accessToken;
      const forLi = pendingOf(
        (await staffAward(newKey('li'), { memberId: LI, amount: 300, reason: '见义勇为' }, streetToken)).body,
      );
      const toStaff = pendingOf(
        (await staffAward(newKey('staff'), { memberId: STAFF, amount: 300, reason: '组织社区文化节' }, streetToken))
          .body,
      );
      const selfApprove = await staff.post<ApiErrorBody>(`/points/pending-awards/${toStaff.id}/approve`);
      expect([selfApprove.status, selfApprove.body.code]).toEqual([403, ErrorCode.SelfAward]);
      const rejected = await staff.post<PendingAwardView>(`/points/pending-awards/${forLi.id}/reject`, {
        reason: '证明材料不足',
      });
      expect(rejected.body).toMatchObject({ status: 'rejected', decisionNote: '证明材料不足' });
      expect(await balanceOf(LI)).toBe(before + 500);

      const audit = await street.get<Page<{ action: string }>>('/audit-logs?pageSize=100');
      expect(audit.body.items.map((a) => a.action)).toEqual(
        expect.arrayContaining(['points.award.request', 'points.award.approve', 'points.award.reject']),
      );
    });
    it('approves a large award once when ten approvals arrive together', async () => {
      const RIDER = demoUserId('rider');
      const streetToken = (await loginAs(t.baseUrl, 'street-admin')).accessToken;
      const proposed = await staffAward(
        newKey('race'),
        { memberId: RIDER, amount: 250, reason: '协助疏散群众' },
        streetToken,
      );
      const id = pendingOf(proposed.body).id;
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          staff.post<PendingAwardView & ApiErrorBody>(`/points/pending-awards/${id}/approve`),
        ),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(new Set(results.filter((r) => r.status !== 200).map((r) => r.body.code))).toEqual(
        new Set([ErrorCode.Conflict]),
      );
      const paid = await t.dataSource.manager.find(PointsEntry, { where: { memberId: RIDER } });
      expect(paid.map((e) => e.amount)).toEqual([250]);
    });
  });

  describe('rules and caps', () => {
    it('holds a daily cap under concurrency and applies rule changes to future entries only', async () => {
      const rule = await staff.put('/points/rules/' + XINGWANG + '/quiz', {
        points: 10,
        dailyCap: 30,
        monthlyCap: null,
        enabled: true,
      });
      expect(rule.status).toBe(200);
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          ledger.award({
            memberId: MA,
            source: PointsSource.Quiz,
            sourceId: `quiz-${i}`,
            idempotencyKey: newKey('quiz'),
            communityId: XINGWANG,
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(refused.map((r) => (r.reason as { code: string }).code)).toEqual(
        Array(7).fill(ErrorCode.PointsCapReached),
      );

      await staff.put('/points/rules/' + XINGWANG + '/video', {
        points: 5,
        dailyCap: null,
        monthlyCap: null,
        enabled: false,
      });
      await expect(
        ledger.award({
          memberId: MA,
          source: PointsSource.Video,
          sourceId: 'v1',
          idempotencyKey: newKey('video'),
          communityId: XINGWANG,
        }),
      ).rejects.toMatchObject({ code: ErrorCode.PointsSourceDisabled });
      const rules = await li.get<{ source: string; points: number; enabled: boolean }[]>(`/points/rules/${XINGWANG}`);
      expect(rules.body.find((r) => r.source === 'quiz')).toMatchObject({ points: 10, enabled: true });
    });
  });

  describe('points mall', () => {
    let item: MallItemView;
    const redeem = (token: string, itemId: string, key: string) =>
      http<RedemptionView & ApiErrorBody>(t.baseUrl, `/api/mall/items/${itemId}/redeem`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
      });
    const makeItem = async (body: Partial<MallItemView> = {}) => {
      const res = await staff.post<MallItemView>('/mall/items', {
        communityId: XINGWANG,
        name: '石榴籽环保袋',
        pointsPrice: 10,
        stock: 10,
        perMemberLimit: 100,
        pickupPlace: '兴旺社区党群服务中心一楼',
        ...body,
      });
      expect(res.status).toBe(201);
      return res.body;
    };

    it('sells exactly the stock to 100 simultaneous redemptions', async () => {
      await fund(MA, 1000);
      item = await makeItem({ stock: 10 });
      const token = (await loginAs(t.baseUrl, 'part-time-member')).accessToken;
      const before = await balanceOf(MA);
      const results = await Promise.all(Array.from({ length: 100 }, () => redeem(token, item.id, newKey('r'))));
      expect(results.filter((r) => r.status === 201)).toHaveLength(10);
      const refused = results.filter((r) => r.status !== 201);
      expect(new Set(refused.map((r) => r.body.code))).toEqual(new Set([ErrorCode.OutOfStock]));
      const stock = await t.dataSource.manager.findOneByOrFail(MallItem, { id: item.id });
      expect(stock.stock).toBe(0);
      expect(await balanceOf(MA)).toBe(before - 100);
    });

    it('never overdraws under concurrent debits', async () => {
      const rich = await makeItem({ stock: 100, pointsPrice: 40 });
      const token = (await loginAs(t.baseUrl, 'part-time-member')).accessToken;
      const balance = await balanceOf(MA);
      const results = await Promise.all(Array.from({ length: 40 }, () => redeem(token, rich.id, newKey('d'))));
      const won = results.filter((r) => r.status === 201).length;
      expect(won).toBe(Math.floor(balance / 40));
      expect(results.filter((r) => r.status !== 201).every((r) => r.body.code === ErrorCode.InsufficientPoints)).toBe(
        true,
      );
      expect(await balanceOf(MA)).toBe(balance - won * 40);
      expect(await balanceOf(MA)).toBeGreaterThanOrEqual(0);
    });

    it('holds the per-member limit, answers a retry with the first redemption, and lets the member cancel', async () => {
      await fund(LI, 100);
      const limited = await makeItem({ stock: 50, perMemberLimit: 2, pointsPrice: 5, name: '丽日家园定制水杯' });
      const token = (await loginAs(t.baseUrl, 'resident-2')).accessToken;
      const results = await Promise.all(Array.from({ length: 8 }, () => redeem(token, limited.id, newKey('l'))));
      expect(results.filter((r) => r.status === 201)).toHaveLength(2);
      expect(results.filter((r) => r.body.code === ErrorCode.RedemptionLimitReached)).toHaveLength(6);

      const key = newKey('retry');
      const other = await makeItem({ stock: 5, perMemberLimit: 5, pointsPrice: 3, name: '社区洗衣卡' });
      const first = await redeem(token, other.id, key);
      const retry = await redeem(token, other.id, key);
      expect(retry.body.id).toBe(first.body.id);
      expect(first.body.pickupCode).toMatch(/^\d{8}$/);

      const before = await balanceOf(LI);
      const cancelled = await li.post<RedemptionView>(`/mall/redemptions/${first.body.id}/cancel`);
      expect(cancelled.body.status).toBe('cancelled');
      expect(await balanceOf(LI)).toBe(before + 3);
      expect((await t.dataSource.manager.findOneByOrFail(MallItem, { id: other.id })).stock).toBe(5);
      expect((await li.post<ApiErrorBody>(`/mall/redemptions/${first.body.id}/cancel`)).body.code).toBe(
        ErrorCode.RedemptionNotCancellable,
      );
    });

    it('lets staff collect a pickup code once, in their own community only', async () => {
      const token = (await loginAs(t.baseUrl, 'resident-2')).accessToken;
      const bag = await makeItem({ stock: 3, pointsPrice: 2, name: '石榴籽书签' });
      const mine = await redeem(token, bag.id, newKey('c'));
      const code = mine.body.pickupCode as string;
      const otherStaff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken);
      expect((await otherStaff.post<ApiErrorBody>('/mall/redemptions/collect', { pickupCode: code })).body.code).toBe(
        ErrorCode.PickupCodeInvalid,
      );
      const collected = await staff.post<RedemptionView>('/mall/redemptions/collect', { pickupCode: code });
      expect(collected.body.status).toBe('collected');
      const twice = await staff.post<ApiErrorBody>('/mall/redemptions/collect', { pickupCode: code });
      expect(twice.status).toBe(409);
      expect(twice.body.details).toMatchObject({ status: 'collected' });
      expect((await staff.post<ApiErrorBody>('/mall/redemptions/collect', { pickupCode: '00000000' })).body.code).toBe(
        ErrorCode.PickupCodeInvalid,
      );
    });

    it('expires unclaimed redemptions once, with a refund, even with two sweeps at once', async () => {
      const token = (await loginAs(t.baseUrl, 'resident-2')).accessToken;
      const item2 = await makeItem({ stock: 2, pointsPrice: 4, name: '爱心理发券' });
      const mine = await redeem(token, item2.id, newKey('e'));
      const before = await balanceOf(LI);
      await t.dataSource
        .createQueryBuilder()
        .update(Redemption)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where('id = :id', { id: mine.body.id })
        .execute();
      const mall = t.app.get(MallService);
      const [a, b] = await Promise.all([mall.expireDue(), mall.expireDue()]);
      expect(a + b).toBe(1);
      expect(await balanceOf(LI)).toBe(before + 4);
      expect((await t.dataSource.manager.findOneByOrFail(MallItem, { id: item2.id })).stock).toBe(2);
      const refunds = await t.dataSource.manager.count(PointsEntry, {
        where: { sourceId: mine.body.id, source: PointsSource.Refund },
      });
      expect(refunds).toBe(1);
      // Told once, with the item and the points.
      const notices = (
        await client(t.baseUrl, token).get<Page<NotificationView>>('/notifications/mine')
      ).body.items.filter((n) => n.kind === NotificationKind.RedemptionExpired && n.body.includes('爱心理发券'));
      expect(notices.map((n) => n.body)).toEqual(['「爱心理发券」超过领取期限未领取，4 积分已退回您的账户。']);
    });
  });

  describe('leaderboards, honours and reconciliation', () => {
    it('ranks members per community and per grid, this month and all time', async () => {
      const board = await li.get<Leaderboard>(`/points/leaderboard?placeId=${XINGWANG}&period=month`);
      expect(board.status).toBe(200);
      expect(board.body.top[0].memberId).toBe(MA);
      const points = board.body.top.map((r) => r.points);
      expect(points).toEqual([...points].sort((x, y) => y - x));
      expect(board.body.me).toMatchObject({
        memberId: LI,
        rank: board.body.top.findIndex((r) => r.memberId === LI) + 1,
      });
      const grid = await li.get<Leaderboard>(`/points/leaderboard?placeId=${demoPlaceId('xingwang/g1')}&period=all`);
      expect(grid.body.top.map((r) => r.memberId)).toEqual(expect.arrayContaining([LI, MA]));
      const other = await li.get<Leaderboard>(`/points/leaderboard?placeId=${demoPlaceId('ajilaqin')}&period=all`);
      expect(other.body.top).toEqual([]);
    });

    it('publishes an honour only after a second staff member approves it, then archives it', async () => {
      const nominated = await staff.post<HonourView>('/honours', {
        communityId: XINGWANG,
        kind: 'person',
        memberId: LI,
        citation: '常年义务打扫楼道，带动邻里共建美好家园',
        publishDays: 30,
      });
      expect(nominated.body.status).toBe('nominated');
      expect((await staff.post<ApiErrorBody>(`/honours/${nominated.body.id}/approve`)).body.code).toBe(
        ErrorCode.SecondApproverRequired,
      );
      const published = await street.post<HonourView>(`/honours/${nominated.body.id}/approve`);
      expect(published.body).toMatchObject({ status: 'published', name: '李秀兰' });
      const [told] = (await li.get<Page<NotificationView>>('/notifications/mine')).body.items;
      expect(told).toMatchObject({ kind: NotificationKind.HonourPublished, title: '您已入选石榴籽个人' });
      const list = await http<Page<HonourView>>(t.baseUrl, `/api/honours?communityId=${XINGWANG}`);
      expect(list.body.items.map((h) => h.id)).toContain(nominated.body.id);
      expect((await http(t.baseUrl, `/api/honours?communityId=${XINGWANG}&status=nominated`)).status).toBe(403);
    });

    it('honours a business of the community’s street, and refuses other units or a member id with it', async () => {
      const nominate = (extra: object) =>
        staff.post<HonourView & ApiErrorBody>('/honours', {
          communityId: XINGWANG,
          kind: 'business',
          citation: '诚信经营，热心帮扶困难家庭',
          publishDays: 30,
          ...extra,
        });
      const business = await nominate({ businessUnitId: demoUnitId('shang-xiaoai') });
      expect(business.status).toBe(201);
      expect(business.body).toMatchObject({ kind: 'business', status: 'nominated', name: '“同心商小爱”商户服务阵地' });
      expect((await nominate({ businessUnitId: demoUnitId('liri-b1-corner') })).body.code).toBe(ErrorCode.NotFound);
      expect((await nominate({ businessUnitId: demoUnitId('shang-xiaoai'), memberId: LI })).body.code).toBe(
        ErrorCode.NotFound,
      );
      const published = await street.post<HonourView>(`/honours/${business.body.id}/approve`);
      expect(published.body.status).toBe('published');
    });

    it('finds no drift between balances and the ledger', async () => {
      const report = await street.get<CommunityReconciliation>(
        `/points/reconciliation?communityId=${demoPlaceId('xingwang')}`,
      );
      expect(report.status).toBe(200);
      expect(report.body.members).toBeGreaterThanOrEqual(2);
      expect(report.body.items).toEqual([]);
      expect((await staff.get(`/points/reconciliation?communityId=${demoPlaceId('xingwang')}`)).status).toBe(403);
    });
  });
});
