import {
  ApiRoute,
  type AuditLogEntry,
  type BindingSummary,
  type EventView,
  HallReason,
  HonourKind,
  HonourStatus,
  type HonourView,
  type ImportSummary,
  type Leaderboard,
  type MallItemView,
  type ModerationCaseView,
  type NotificationView,
  OrderStatus,
  type Page,
  PhotoPurpose,
  PlaceLevel,
  type PlaceUnitSummary,
  type PointsBalance,
  type PointsRuleView,
  PointsSource,
  RedemptionStatus,
  type ReportView,
  type RiderApplicationSummary,
  type RiderRoute,
  type RoleGrantRow,
  type VolunteerCertificateView,
  type VolunteerHoursPage,
} from '@tongxin/types';
import { IsNull } from 'typeorm';

import { newId } from '../src/infra/database/ids';
import { Checkin } from '../src/modules/events/checkin.entity';
import { CommunityEvent } from '../src/modules/events/event.entity';
import { EventRating } from '../src/modules/events/event-rating.entity';
import { Registration } from '../src/modules/events/registration.entity';
import { VolunteerHours } from '../src/modules/events/volunteer-hours.entity';
import { Honour } from '../src/modules/honours/honour.entity';
import { HouseholdResident } from '../src/modules/imports/entities/household-resident.entity';
import { Redemption } from '../src/modules/mall/redemption.entity';
import { GridOrder } from '../src/modules/orders/entities/grid-order.entity';
import { Report } from '../src/modules/orders/entities/report.entity';
import { Photo } from '../src/modules/photos/photo.entity';
import { Place } from '../src/modules/places/place.entity';
import { PlaceUnit } from '../src/modules/places/place-unit.entity';
import { PointsService } from '../src/modules/points/points.service';
import { PointsAccount } from '../src/modules/points/points-account.entity';
import { PointsEntry } from '../src/modules/points/points-entry.entity';
import { DEMO_USERS, demoEventId, demoPlaceId, demoUserId } from '../src/modules/seed/demo-data';
import { DEMO_MALL_ITEMS, DEMO_PAST_EVENTS, DEMO_REPORTS, DEMO_SERIES } from '../src/modules/seed/demo-history-data';
import { DEMO_HOUSEHOLDS_IMPORT } from '../src/modules/seed/demo-imports';
import { demoSeriesId } from '../src/modules/seed/demo-rows';
import { SeedService } from '../src/modules/seed/seed.service';
import { User } from '../src/modules/users/user.entity';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

describe('demo seeding', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const counts = async () => ({
    places: await t.dataSource.manager.count(Place),
    users: await t.dataSource.manager.count(User),
    events: await t.dataSource.manager.count(CommunityEvent),
    units: await t.dataSource.manager.count(PlaceUnit),
  });

  it('seeded the articles’ places on start and is idempotent', async () => {
    const before = await counts();
    expect(before).toEqual({ places: 32, users: DEMO_USERS.length, events: 10, units: 6 });
    const names = (await t.dataSource.manager.find(Place, { where: { level: PlaceLevel.Community } })).map(
      (p) => p.name,
    );
    expect(names.sort()).toEqual(['兴旺社区', '阿吉拉沁社区']);

    const again = await t.app.get(SeedService).seed({ force: false });
    expect(again).toEqual({
      seeded: false,
      reason: 'already-seeded',
      inserted: { places: 0, users: 0, grants: 0, events: 0, units: 0, categories: 0 },
      history: { played: null, reason: 'off' },
    });
    expect(await counts()).toEqual(before);
  });

  it('leaves a database with real data alone unless forced', async () => {
    await t.dataSource.manager.insert(Place, {
      id: newId(),
      level: PlaceLevel.Street,
      name: '真实街道',
      parentId: null,
      path: 'real/',
      retiredAt: null,
    });
    await t.dataSource.createQueryBuilder().delete().from(CommunityEvent).execute();
    const refused = await t.app.get(SeedService).seed({ force: false });
    expect(refused.reason).toBe('has-real-data');
    expect(await t.dataSource.manager.count(CommunityEvent)).toBe(0);

    const forced = await t.app.get(SeedService).seed({ force: true });
    expect(forced).toMatchObject({
      seeded: true,
      inserted: { places: 0, users: 0, grants: 0, events: 10, units: 0, categories: 0 },
    });
  });
});

describe('the living demo (SEED_DEMO_HISTORY=on)', () => {
  let t: TestApp;
  const as = async (account: string) => client(t.baseUrl, (await loginAs(t.baseUrl, account)).accessToken);
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO_HISTORY: 'on' });
  });
  afterAll(() => t.close());

  it('played the month once: seeding again adds nothing', async () => {
    const orders = await t.dataSource.manager.count(GridOrder);
    const entries = await t.dataSource.manager.count(PointsEntry);
    const again = await t.app.get(SeedService).seed({ force: false });
    expect(again).toMatchObject({ seeded: false, reason: 'already-seeded', history: { reason: 'already-played' } });
    expect(await t.dataSource.manager.count(GridOrder)).toBe(orders);
    expect(await t.dataSource.manager.count(PointsEntry)).toBe(entries);
  });

  it('has reports and needs in every order state, each with a photo', async () => {
    const rows: { status: OrderStatus; n: number | string }[] = await t.dataSource
      .createQueryBuilder(GridOrder, 'o')
      .select('o.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .groupBy('o.status')
      .getRawMany();
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    const stageStatus = (stage: string) => (stage === 'reopened' ? 'in_progress' : stage);
    const expected: Record<string, number> = {};
    for (const r of DEMO_REPORTS) expected[stageStatus(r.stage)] = (expected[stageStatus(r.stage)] ?? 0) + 1;
    expect(byStatus).toEqual(expected);
    expect(Object.keys(byStatus).sort()).toEqual(
      ['open', 'claimed', 'in_progress', 'done', 'confirmed', 'closed', 'cancelled'].sort(),
    );
    expect(await t.dataSource.manager.count(Report)).toBe(DEMO_REPORTS.length);
    const reportPhotos = await t.dataSource.manager.count(Photo, { where: { purpose: PhotoPurpose.Report } });
    expect(reportPhotos).toBe(DEMO_REPORTS.length);
    expect(await t.dataSource.manager.count(Photo, { where: { purpose: PhotoPurpose.OrderProof } })).toBeGreaterThan(0);
  });

  it('keeps every balance equal to its ledger, and gives every demo account points', async () => {
    const accounts = await t.dataSource.manager.find(PointsAccount);
    const sums: { memberId: string; total: number | string }[] = await t.dataSource
      .createQueryBuilder(PointsEntry, 'e')
      .select('e.memberId', 'memberId')
      .addSelect('SUM(e.amount)', 'total')
      .groupBy('e.memberId')
      .getRawMany();
    const ledger = new Map(sums.map((s) => [s.memberId, Number(s.total)]));
    expect(accounts.length).toBeGreaterThan(DEMO_USERS.length);
    for (const account of accounts)
      expect([account.memberId, account.balance]).toEqual([account.memberId, ledger.get(account.memberId) ?? 0]);
    expect((await t.app.get(PointsService).reconcile()).drifted).toEqual([]);
    for (const demo of DEMO_USERS) {
      const balance = await (await as(demo.key)).get<PointsBalance>(`/${ApiRoute.Points.Balance}`);
      expect([demo.key, balance.status, balance.body.balance > 0]).toEqual([demo.key, 200, true]);
    }
  });

  it('waits in the hall of the riders’ grids', async () => {
    for (const [account, grids] of [
      ['part-time-member', ['xingwang/g1', 'xingwang/g2']],
      ['grid-worker', ['ajilaqin/g1']],
    ] as const) {
      const hall = await (await as(account)).get<Page<ReportView>>(`/${ApiRoute.Orders.Hall}`);
      expect(hall.status).toBe(200);
      expect(hall.body.total).toBeGreaterThanOrEqual(2);
      expect(hall.body.items.every((r) => r.order.status === OrderStatus.Open)).toBe(true);
      const gridIds: string[] = grids.map((g) => demoPlaceId(g));
      expect(hall.body.items.every((r) => gridIds.includes(r.gridId))).toBe(true);
    }
  });

  it('ranks 马师傅’s hall by his route (the orange grid) and holds 刘师傅’s claim for later', async () => {
    const rider = await as('part-time-member');
    const route = await rider.get<RiderRoute>(`/${ApiRoute.MyRoute}`);
    expect(route.body.places.map((p) => p.name)).toEqual(['丽日家园橙色网格']);
    expect(route.body.windows.length).toBeGreaterThan(0);
    const hall = (await rider.get<Page<ReportView>>(`/${ApiRoute.Orders.Hall}?pageSize=100`)).body.items;
    const onRoute = hall.map((r) => r.reasons?.includes(HallReason.OnRoute));
    expect(onRoute).toContain(true);
    expect(onRoute).toContain(false);
    // Every order on the route comes before every order off it.
    expect(onRoute.indexOf(false)).toBe(onRoute.lastIndexOf(true) + 1);
    expect(
      hall.filter((r) => r.reasons?.includes(HallReason.OnRoute)).every((r) => r.gridId === demoPlaceId('xingwang/g2')),
    ).toBe(true);
    const later = DEMO_REPORTS.find((r) => r.promiseInHours)!;
    const report = await t.dataSource.manager.findOneByOrFail(Report, { text: later.text });
    const order = await t.dataSource.manager.findOneByOrFail(GridOrder, { reportId: report.id });
    expect(order.status).toBe(OrderStatus.Claimed);
    expect(order.promisedAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it('gives each community’s 内容审核 work: held and flagged reports waiting, and one already passed', async () => {
    const queue = async (account: string, status: 'open' | 'decided') =>
      (await (await as(account)).get<Page<ModerationCaseView>>(`/${ApiRoute.Moderation.Cases}?status=${status}`)).body
        .items;
    const xingwang = await queue('staff-xingwang', 'open');
    expect(xingwang.map((c) => [c.state, c.source]).sort()).toEqual([
      ['held', 'keyword'],
      ['hidden', 'flags'],
    ]);
    expect(xingwang.find((c) => c.state === 'hidden')?.flagCount).toBe(3);
    const passed = await queue('staff-ajilaqin', 'decided');
    expect(passed).toMatchObject([{ state: 'passed', decisionReason: '反映治安问题，内容属实' }]);
    const words = await (
      await as('street-admin')
    ).get<Page<{ word: string }>>(`/${ApiRoute.Moderation.Words}?streetId=${demoPlaceId('binhe')}`);
    expect(words.body.items.map((w) => w.word).sort()).toEqual(['代办假证', '高利贷', '黑车拉客'].sort());
    // Residents do not see the held and hidden ones; the passed one is readable again.
    const hall = await (await as('part-time-member')).get<Page<ReportView>>(`/${ApiRoute.Orders.Hall}?pageSize=100`);
    const hallIds = hall.body.items.map((r) => r.id);
    for (const held of xingwang) expect(hallIds).not.toContain(held.recordId);
    expect((await (await as('resident')).get(`/${ApiRoute.Reports.Report(passed[0].recordId)}`)).status).toBe(200);
    const xingwangNeighbour = await as('resident-2');
    for (const c of xingwang) {
      expect((await xingwangNeighbour.get(`/${ApiRoute.Reports.Report(c.recordId)}`)).status).toBe(404);
    }
  });

  it('opens the staff review queues with work: homes to verify and a rider to approve', async () => {
    const bindings = await (await as('staff-xingwang')).get<Page<BindingSummary>>('/bindings');
    expect(bindings.body.items.map((b) => b.household)).toEqual(['3单元502']);
    expect((await (await as('staff-ajilaqin')).get<Page<BindingSummary>>('/bindings')).body.total).toBe(1);
    const riders = await (await as('staff-xingwang')).get<Page<RiderApplicationSummary>>('/rider-applications');
    expect(riders.body.items).toMatchObject([{ platform: 'meituan', status: 'pending' }]);
  });

  it('lists 阿吉拉沁’s 住户台账 import: the refused first file, then the corrected one, its residents yet to log in', async () => {
    const imports = await (await as('staff-ajilaqin')).get<Page<ImportSummary>>(`/${ApiRoute.Imports}`);
    expect(imports.body.items.map((i) => [i.kind, i.status, i.fileName, i.actorName, i.errorCount])).toEqual([
      ['households', 'applied', DEMO_HOUSEHOLDS_IMPORT.fileName, '乌云', 0],
      ['households', 'rejected', DEMO_HOUSEHOLDS_IMPORT.fileName, '乌云', 1],
    ]);
    expect(imports.body.items[0].counts).toEqual({
      create: DEMO_HOUSEHOLDS_IMPORT.rows.length,
      change: 0,
      unchanged: 0,
    });
    const residents = DEMO_HOUSEHOLDS_IMPORT.rows.flatMap((row) => [row[6], row[8]]).filter(Boolean).length;
    expect(await t.dataSource.manager.count(HouseholdResident, { where: { claimedAt: IsNull() } })).toBe(residents);
  });

  it('stocks both communities’ malls, and the Binhe businesses are on the shelf', async () => {
    for (const community of ['xingwang', 'ajilaqin']) {
      const items = await (
        await as('resident')
      ).get<Page<MallItemView>>(`/${ApiRoute.Mall.Items}?communityId=${demoPlaceId(community)}`);
      expect(items.status).toBe(200);
      expect(items.body.total).toBe(DEMO_MALL_ITEMS.filter((i) => i.community === community).length);
      expect(items.body.items.every((i) => i.stock > 0)).toBe(true);
    }
    const statuses = (await t.dataSource.manager.find(Redemption)).map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set([RedemptionStatus.AwaitingPickup, RedemptionStatus.Collected]));
  });

  it('publishes 6 石榴籽个人 and 2 石榴籽企业 in 兴旺社区, and honours in 阿吉拉沁', async () => {
    const published = async (community: string) =>
      (await (await as('resident')).get<Page<HonourView>>(`/${ApiRoute.Honours}?communityId=${demoPlaceId(community)}`))
        .body.items;
    const xingwang = await published('xingwang');
    expect(xingwang.filter((h) => h.kind === HonourKind.Person)).toHaveLength(6);
    expect(xingwang.filter((h) => h.kind === HonourKind.Business)).toHaveLength(2);
    expect((await published('ajilaqin')).length).toBeGreaterThan(0);
    expect(await t.dataSource.manager.count(Honour, { where: { status: HonourStatus.Nominated } })).toBeGreaterThan(0);
  });

  it('has past events with attendance and ratings, and leaderboards with people on them', async () => {
    const now = new Date();
    for (const event of DEMO_PAST_EVENTS) {
      const row = await t.dataSource.manager.findOneByOrFail(CommunityEvent, { id: demoEventId(event.key) });
      expect(row.endsAt < now).toBe(true);
      expect(await t.dataSource.manager.count(Checkin, { where: { eventId: row.id } })).toBe(event.attendees.length);
      expect(await t.dataSource.manager.count(EventRating, { where: { eventId: row.id } })).toBe(event.ratings.length);
    }
    for (const place of ['xingwang', 'ajilaqin', 'xingwang/g1', 'ajilaqin/g1']) {
      const board = await (
        await as('resident-2')
      ).get<Leaderboard>(`/${ApiRoute.Points.Leaderboard}?placeId=${demoPlaceId(place)}&period=month`);
      expect([place, board.status, board.body.top.length >= 3]).toEqual([place, 200, true]);
    }
  });

  it('gives the staff desk something to show: unit details, grants, an audit trail, a changed rule', async () => {
    const station = await client(t.baseUrl).get<Page<PlaceUnitSummary>>(
      `/places/${demoPlaceId('xingwang')}/units?kind=education_station`,
    );
    expect(station.body.items[0]).toMatchObject({ openingHours: expect.any(String), contactPhone: expect.any(String) });
    const street = await as('street-admin');
    const grants = await street.get<Page<RoleGrantRow>>(
      `/role-grants?placeId=${demoPlaceId('xingwang')}&includeBelow=true`,
    );
    expect(grants.body.items.map((g) => g.nickname)).toEqual(expect.arrayContaining(['赵玉梅', '王丽']));
    const actions = async (account: string) =>
      (await (await as(account)).get<Page<AuditLogEntry>>('/audit-logs?pageSize=100')).body.items.map((a) => a.action);
    expect(await actions('staff-xingwang')).toEqual(
      expect.arrayContaining(['role.grant', 'pii.view', 'points.rule.update', 'honour.approve']),
    );
    expect(await actions('staff-ajilaqin')).toEqual(expect.arrayContaining(['role.grant', 'role.revoke', 'pii.view']));
    const rules = await client(t.baseUrl).get<PointsRuleView[]>(`/points/rules/${demoPlaceId('xingwang')}`);
    expect(rules.body.find((r) => r.source === 'quiz')).toMatchObject({ points: 3, dailyCap: 6 });
  });

  it('runs 红石榴课堂 every week: held sessions with attendance, sessions ahead with series sign-ups and a waiting list', async () => {
    const seriesId = demoSeriesId(DEMO_SERIES.key);
    const sessions = await t.dataSource.manager.find(CommunityEvent, {
      where: { seriesId },
      order: { seriesIndex: 'ASC' },
    });
    expect(sessions.map((s) => s.seriesIndex)).toEqual(Array.from({ length: DEMO_SERIES.sessions }, (_, i) => i + 1));
    const now = new Date();
    for (const [i, held] of DEMO_SERIES.held.entries()) {
      expect(sessions[i]!.startsAt < now).toBe(true);
      expect(await t.dataSource.manager.count(Checkin, { where: { eventId: sessions[i]!.id } })).toBe(
        held.attendees.length,
      );
    }
    const next = sessions[DEMO_SERIES.held.length]!;
    expect(next.startsAt > now).toBe(true);
    expect(next.confirmedCount).toBe(DEMO_SERIES.capacity);
    expect(await t.dataSource.manager.count(Registration, { where: { eventId: next.id, status: 'waiting' } })).toBe(1);
    const last = sessions[sessions.length - 1]!;
    expect(last.confirmedCount).toBe(DEMO_SERIES.wholeSeries.length);
    // The organizer's series view, and a resident's view of the next session: 第 4/12 场, the rest open to all.
    const series = await (
      await as('organizer')
    ).get<{ published: number }>(`/${ApiRoute.EventSeries.Series(seriesId)}`);
    expect(series.body.published).toBe(DEMO_SERIES.sessions);
    const view = await (await as('resident')).get<EventView>(`/${ApiRoute.EventSignup.View(next.id)}`);
    expect(view.body.series).toMatchObject({
      index: DEMO_SERIES.held.length + 1,
      total: DEMO_SERIES.sessions,
      openSessions: DEMO_SERIES.sessions - DEMO_SERIES.held.length,
      mySessions: 0,
    });
  });

  it('counts volunteer days at the door: hours capped, one adjusted, paid once each; 其其格 has a record and a certificate', async () => {
    const clothesline = demoEventId('past-clothesline');
    const hours = await t.dataSource.manager.find(VolunteerHours, { where: { eventId: clothesline } });
    expect(hours).toHaveLength(6);
    const of = (key: string) => hours.find((h) => h.memberId === demoUserId(key));
    // Came 25 minutes early, left 5 late: the 3 hours the day lasted.
    expect([of('resident-2')?.minutes, of('resident-2')?.pointsPaid]).toEqual([180, 15]);
    // Left without 签退: the time an organizer set, with the reason.
    expect(of('hurcha')).toMatchObject({ minutes: 150, measuredMinutes: null, adjustmentReason: expect.any(String) });
    for (const h of hours) {
      const paid = await t.dataSource.manager.find(PointsEntry, {
        where: { memberId: h.memberId, source: PointsSource.VolunteerHours, sourceId: clothesline },
      });
      expect(paid.map((e) => e.idempotencyKey)).toEqual([`volunteer-hours:${h.registrationId}`]);
      expect(paid[0]?.amount).toBe(h.pointsPaid);
    }

    const qiqige = await as('resident');
    const record = await qiqige.get<VolunteerHoursPage>(`/${ApiRoute.MyVolunteerHours}`);
    expect(record.body).toMatchObject({ total: 2, totalMinutes: 300, totalHours: 5, totalPoints: 25 });
    expect(record.body.items.find((i) => i.adjusted)?.adjustmentReason).toMatch(/忘记签退/);
    const certificates = await qiqige.get<Page<VolunteerCertificateView>>(`/${ApiRoute.MyVolunteerCertificates}`);
    expect(certificates.body.items).toHaveLength(1);
    expect(certificates.body.items[0]).toMatchObject({
      volunteerName: '其其格',
      idNumberMasked: '150***********1234',
      totalMinutes: 300,
      issuingOrganisation: '环河街街道阿吉拉沁社区',
    });
    const issued = await (
      await as('staff-ajilaqin')
    ).get<Page<VolunteerCertificateView>>(`/${ApiRoute.VolunteerCertificates}?communityId=${demoPlaceId('ajilaqin')}`);
    expect(issued.body.items.map((c) => c.id)).toEqual([certificates.body.items[0]!.id]);
  });

  it('leaves notices in every demo account’s inbox', async () => {
    for (const key of DEMO_USERS.map((u) => u.key)) {
      const inbox = await (await as(key)).get<Page<NotificationView>>(`/${ApiRoute.Notifications.Mine}`);
      expect([key, inbox.body.total > 0]).toEqual([key, true]);
    }
  });
});
