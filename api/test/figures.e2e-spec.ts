import {
  type ApiErrorBody,
  ErrorCode,
  type FigurePlace,
  type Figures,
  type FiguresView,
  type GridWeekly,
  type Page,
  type ReportDetail,
  ReportKind,
  type ResultsBoard,
  type ResultsFixedItem,
  Role,
  type ScorecardsView,
  type ScorecardWeights,
} from '@tongxin/types';
import readXlsxFile from 'read-excel-file/node';

import { RoleGrant } from '../src/modules/access/role-grant.entity';
import { CareRecord } from '../src/modules/care/entities/care-record.entity';
import { CareVisit } from '../src/modules/care/entities/care-visit.entity';
import { Checkin } from '../src/modules/events/checkin.entity';
import { CommunityEvent } from '../src/modules/events/event.entity';
import { Registration } from '../src/modules/events/registration.entity';
import { VolunteerHours } from '../src/modules/events/volunteer-hours.entity';
import {
  CLOSE_METRICS,
  closeStep,
  histogramMedian,
  ISSUED_SOURCES,
  REDEEMED_SOURCES,
} from '../src/modules/figures/figure-metrics';
import { FiguresSweepService } from '../src/modules/figures/figures-sweep.service';
import { MediationCase } from '../src/modules/mediation/mediation-case.entity';
import { GridOrder } from '../src/modules/orders/entities/grid-order.entity';
import { OrderHistory } from '../src/modules/orders/entities/order-history.entity';
import { Report } from '../src/modules/orders/entities/report.entity';
import { Place } from '../src/modules/places/place.entity';
import { PointsEntry } from '../src/modules/points/points-entry.entity';
import { demoCategoryId, demoPlaceId } from '../src/modules/seed/demo-data';
import { roleHolder } from './factories/grid-members';
import { uploadPhoto } from './factories/photos';
import { residents } from './factories/residents';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

type Api = ReturnType<typeof client>;

const DAY = 86_400_000;
/** `YYYY-MM-DD` in China time. */
const chinaDay = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const dayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`));

/**
 * Figures: every dashboard figure against a hand count over the demo's months of history; rollups kept by the
 * sweep equal a recount after concurrent writes; who may read which place; the workbook; 办实事公开 and 网格周报.
 */
describe('figures', () => {
  let t: TestApp;
  let sweep: FiguresSweepService;
  const api: Record<string, Api> = {};

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0', SEED_DEMO_HISTORY: 'on' });
    sweep = t.app.get(FiguresSweepService);
    for (const account of [
      'resident',
      'resident-2',
      'grid-worker',
      'staff-ajilaqin',
      'staff-xingwang',
      'street-admin',
    ]) {
      api[account] = client(t.baseUrl, (await loginAs(t.baseUrl, account)).accessToken);
    }
  }, 180_000);
  afterAll(() => t.close());

  /** Counts the figures of the place `key` from the tables themselves, with nothing of the figures module. */
  async function handCount(key: string, from: string, to: string): Promise<Partial<Figures>> {
    const m = t.dataSource.manager;
    const place = await m.findOneByOrFail(Place, { id: demoPlaceId(key) });
    const inPlace = new Set((await m.find(Place)).filter((p) => p.path.startsWith(place.path)).map((p) => p.id));
    const start = dayStart(from).getTime();
    const end = dayStart(to).getTime() + DAY;
    const now = Date.now();
    const within = (at: Date | null) => !!at && at.getTime() >= start && at.getTime() < end;

    const events = (await m.find(CommunityEvent)).filter(
      (e) => inPlace.has(e.placeId) && e.status === 'published' && within(e.startsAt) && e.startsAt.getTime() < now,
    );
    const eventIds = new Set(events.map((e) => e.id));
    const checkins = (await m.find(Checkin)).filter((c) => eventIds.has(c.eventId) && !c.undoneAt);
    const minutes = (await m.find(VolunteerHours))
      .filter((v) => eventIds.has(v.eventId))
      .reduce((sum, v) => sum + v.minutes, 0);

    const reports = new Map((await m.find(Report)).map((r) => [r.id, r]));
    const orders = new Map((await m.find(GridOrder)).map((o) => [o.id, o]));
    const steps = (await m.find(OrderHistory)).filter(
      (h) => within(h.createdAt) && inPlace.has(orders.get(h.orderId)?.gridId ?? ''),
    );
    const kindOf = (h: OrderHistory) => reports.get(orders.get(h.orderId)?.reportId ?? '')?.kind;
    const closes = steps.filter((h) => h.action === 'confirmed' || h.action === 'auto_confirmed');
    const rated = closes.filter((h) => h.action === 'confirmed' && orders.get(h.orderId)?.rating != null);
    const ratings = rated.map((h) => orders.get(h.orderId)?.rating as number);
    const finishes = steps.filter((h) => h.action === 'finished');
    const timedFinishes = finishes.filter((h) => h.late !== null);
    const histogram = CLOSE_METRICS.map(() => 0);
    for (const h of closes) {
      const reported = reports.get(orders.get(h.orderId)?.reportId ?? '') as Report;
      histogram[closeStep((h.createdAt.getTime() - reported.createdAt.getTime()) / 3_600_000)] += 1;
    }
    const opened = [...reports.values()].filter((r) => inPlace.has(r.gridId) && within(r.createdAt));

    const entries = (await m.find(PointsEntry)).filter((e) => inPlace.has(e.communityId) && within(e.createdAt));
    const sum = (list: PointsEntry[]) => list.reduce((a, e) => a + e.amount, 0);

    const grants = await m.find(RoleGrant, { order: { createdAt: 'ASC', id: 'ASC' } });
    const firstGrant = new Map<string, RoleGrant>();
    for (const g of grants) if (!firstGrant.has(g.userId)) firstGrant.set(g.userId, g);
    const homes = grants.filter((g) => g.role === Role.Resident && inPlace.has(g.placeId));

    const cases = (await m.find(MediationCase)).filter((c) => inPlace.has(c.communityId));
    const careRecords = (await m.find(CareRecord)).filter((r) => inPlace.has(r.gridId));
    const careVisits = (await m.find(CareVisit)).filter(
      (v) => within(v.visitedAt) && careRecords.some((r) => r.id === v.recordId),
    );
    const active = careRecords.filter((r) => r.status === 'active');
    const closedAs = (outcome: string) => cases.filter((c) => c.outcome === outcome && within(c.resolvedAt)).length;

    return {
      care: {
        visits: careVisits.length,
        records: active.length,
        overdue: active.filter((r) => r.nextVisitDueAt && r.nextVisitDueAt.getTime() < now).length,
      },
      mediation: {
        requested: cases.filter((c) => within(c.createdAt)).length,
        agreed: closedAs('agreed'),
        partial: closedAs('partial'),
        failed: closedAs('failed'),
      },
      eventsHeld: events.length,
      attendance: checkins.length,
      volunteerHours: Math.round((minutes / 60) * 10) / 10,
      problemsOpened: opened.filter((r) => r.kind === ReportKind.Report).length,
      needsOpened: opened.filter((r) => r.kind === ReportKind.Need).length,
      problemsClosed: closes.filter((h) => kindOf(h) === ReportKind.Report).length,
      needsClosed: closes.filter((h) => kindOf(h) === ReportKind.Need).length,
      cancelled: steps.filter((h) => h.action === 'cancelled').length,
      ordersFinished: finishes.length,
      reopenRate: finishes.length ? steps.filter((h) => h.action === 'reopened').length / finishes.length : null,
      ratingCount: ratings.length,
      ratingAverage: ratings.length
        ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100
        : null,
      ratingGoodShare: ratings.length ? ratings.filter((r) => r >= 4).length / ratings.length : null,
      medianCloseHours: histogramMedian(histogram),
      pointsIssued: sum(entries.filter((e) => ISSUED_SOURCES.includes(e.source))),
      pointsRedeemed: -sum(entries.filter((e) => REDEEMED_SOURCES.includes(e.source))) || 0,
      homesTotal: homes.filter((g) => !g.revokedAt).length,
      homesVerified: homes.filter((g) => within(g.createdAt)).length,
      newMembers: [...firstGrant.values()].filter((g) => inPlace.has(g.placeId) && within(g.createdAt)).length,
      onTime: {
        inProgress: timedFinishes.length ? timedFinishes.filter((h) => !h.late).length / timedFinishes.length : null,
      },
    } as Partial<Figures>;
  }

  /** Members checked in at events of the place in a span (the unique count of a calendar period). */
  async function handUniqueAttendees(key: string, from: string, to: string): Promise<number> {
    const m = t.dataSource.manager;
    const place = await m.findOneByOrFail(Place, { id: demoPlaceId(key) });
    const inPlace = new Set((await m.find(Place)).filter((p) => p.path.startsWith(place.path)).map((p) => p.id));
    const events = new Set(
      (await m.find(CommunityEvent))
        .filter(
          (e) =>
            inPlace.has(e.placeId) &&
            e.status === 'published' &&
            e.startsAt >= dayStart(from) &&
            e.startsAt.getTime() < dayStart(to).getTime() + DAY &&
            e.startsAt.getTime() < Date.now(),
        )
        .map((e) => e.id),
    );
    const registrations = new Map((await m.find(Registration)).map((r) => [r.id, r.memberId]));
    const members = (await m.find(Checkin))
      .filter((c) => events.has(c.eventId) && !c.undoneAt)
      .map((c) => registrations.get(c.registrationId));
    return new Set(members).size;
  }

  const today = () => chinaDay(new Date());
  const yearAgo = () => chinaDay(new Date(Date.now() - 365 * DAY));

  it('shows every figure as counted by hand over the demo history, for a community and its street', async () => {
    await sweep.recompute({ apply: true });
    for (const [account, key] of [
      ['staff-xingwang', 'xingwang'],
      ['street-admin', 'binhe'],
      ['staff-ajilaqin', 'ajilaqin'],
    ] as const) {
      const res = await api[account].get<FiguresView>(
        `/figures?placeId=${demoPlaceId(key)}&period=custom&from=${yearAgo()}&to=${today()}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.figures).toMatchObject(await handCount(key, yearAgo(), today()));
      expect(res.body.figures.uniqueAttendees).toBeNull();
    }
    const demo = (
      await api['staff-xingwang'].get<FiguresView>(
        `/figures?placeId=${demoPlaceId('xingwang')}&period=custom&from=${yearAgo()}&to=${today()}`,
      )
    ).body.figures;
    // The demo is a living community: every kind of figure has something in it.
    expect(demo.eventsHeld).toBeGreaterThan(0);
    expect(demo.attendance).toBeGreaterThan(0);
    expect(demo.problemsClosed + demo.needsClosed).toBeGreaterThan(5);
    expect(demo.ratingAverage).not.toBeNull();
    expect(demo.pointsIssued).toBeGreaterThan(0);
    expect(demo.homesTotal).toBeGreaterThan(0);
    const ajilaqin = (
      await api['staff-ajilaqin'].get<FiguresView>(
        `/figures?placeId=${demoPlaceId('ajilaqin')}&period=custom&from=${yearAgo()}&to=${today()}`,
      )
    ).body.figures;
    expect(ajilaqin.mediation.requested).toBeGreaterThan(0);
    expect(ajilaqin.mediation.agreed).toBeGreaterThan(0);
  });

  it('counts unique residents per calendar period, and the trend adds up to the totals', async () => {
    const month = today().slice(0, 7);
    const res = await api['staff-ajilaqin'].get<FiguresView>(
      `/figures?placeId=${demoPlaceId('ajilaqin')}&period=month&date=${today()}`,
    );
    expect(res.status).toBe(200);
    const last = chinaDay(new Date(Date.parse(`${month}-01T00:00:00Z`) + 31 * DAY)).slice(0, 7);
    const monthEnd = chinaDay(new Date(dayStart(`${last}-01`).getTime() - DAY));
    expect(res.body.period).toMatchObject({ kind: 'month', from: `${month}-01`, to: monthEnd });
    expect(res.body.figures.uniqueAttendees).toBe(await handUniqueAttendees('ajilaqin', `${month}-01`, monthEnd));
    const total = (series: number[]) => series.reduce((a, b) => a + b, 0);
    expect(total(res.body.trend.series.attendance)).toBe(res.body.figures.attendance);
    expect(total(res.body.trend.series.problemsClosed)).toBe(res.body.figures.problemsClosed);
    expect(res.body.trend.buckets).toHaveLength(res.body.trend.starts.length);
    // The ranking holds the community's grids, with their own figures.
    const ranked = res.body.ranking.map((r) => r.place.level);
    expect(new Set(ranked)).toEqual(new Set(['grid']));
    const sumRanked = res.body.ranking.reduce((a, r) => a + r.figures.problemsClosed, 0);
    expect(sumRanked).toBe(res.body.figures.problemsClosed);

    const year = await api['staff-ajilaqin'].get<FiguresView>(
      `/figures?placeId=${demoPlaceId('ajilaqin')}&period=year`,
    );
    expect(year.body.trend.buckets).toHaveLength(12);
    expect(total(year.body.trend.series.needsClosed)).toBe(year.body.figures.needsClosed);
  });

  it('keeps rollups equal to a recount after concurrent writes, with two sweeps at once doing the work once', async () => {
    const people = await residents(t, 6, 'ajilaqin/g1/b1');
    const rider = await roleHolder(t, { role: Role.PartTimeGridMember, place: 'ajilaqin/g1', openid: 'figures-rider' });
    const filed = await Promise.all(
      people.map((p, i) =>
        p.api.post<ReportDetail>('/reports', {
          categoryId: demoCategoryId(i % 2 ? 'ajilaqin/errand' : 'ajilaqin/sanitation'),
          text: `并发上报第${i}条`,
          photoIds: [],
          location: { buildingId: demoPlaceId('ajilaqin/g1/b1') },
        }),
      ),
    );
    expect(filed.map((r) => r.status)).toEqual(people.map(() => 201));
    const proof = await uploadPhoto(t.baseUrl, rider.token, 'order_proof');
    const first = filed[0].body.order.id;
    await rider.api.post(`/orders/${first}/grab`);
    await rider.api.post(`/orders/${first}/start`);
    await rider.api.post(`/orders/${first}/finish`, { note: '已处理', photoIds: [proof] });
    // Confirmations, grabs and a second sweep race each other.
    const [, , sweeps] = await Promise.all([
      Promise.all([1, 2, 3].map(() => people[0].api.post(`/orders/${first}/confirm`, { rating: 4 }))),
      Promise.all(filed.slice(1).map((r) => rider.api.post(`/orders/${r.body.order.id}/grab`))),
      Promise.all([sweep.sweep(), sweep.sweep()]),
    ]);
    expect(sweeps.filter((n) => n === 0).length).toBeGreaterThanOrEqual(1);
    await sweep.sweep(new Date(Date.now() + 6 * 60_000));
    const [a, b] = await Promise.all([
      sweep.sweep(new Date(Date.now() + 12 * 60_000)),
      sweep.sweep(new Date(Date.now() + 12 * 60_000)),
    ]);
    expect([a, b].filter((n) => n === 0)).toHaveLength(1);
    const report = await sweep.recompute({ apply: false });
    expect({ differences: report.differences, sample: report.sample }).toEqual({ differences: 0, sample: [] });
    expect(report.rowsCompared).toBeGreaterThan(0);

    const figures = (
      await api['staff-ajilaqin'].get<FiguresView>(`/figures?placeId=${demoPlaceId('ajilaqin/g1')}&period=week`)
    ).body.figures;
    const hand = await handCount('ajilaqin/g1', (await weekOf()).from, (await weekOf()).to);
    expect(figures).toMatchObject(hand);
  });

  async function weekOf(): Promise<{ from: string; to: string }> {
    const res = await api['grid-worker'].get<FiguresView>(`/figures?placeId=${demoPlaceId('ajilaqin/g1')}&period=week`);
    return res.body.period;
  }

  it('lets each viewer read only the places in their scope', async () => {
    const places = async (account: string) =>
      (await api[account].get<FigurePlace[]>('/figures/places')).body.map((p) => p.name);
    expect(await places('grid-worker')).toEqual(['阿吉拉沁第一网格']);
    const street = await api['street-admin'].get<FigurePlace[]>('/figures/places');
    expect(street.body.map((p) => p.level)).toContain('street');
    expect(street.body.some((p) => p.id === demoPlaceId('ajilaqin'))).toBe(false);
    const resident = await api.resident.get<ApiErrorBody>('/figures/places');
    expect(resident.status).toBe(403);

    const refused = [
      [api['grid-worker'], `/figures?placeId=${demoPlaceId('ajilaqin')}&period=month`],
      [api['grid-worker'], `/figures?placeId=${demoPlaceId('ajilaqin/g2')}&period=month`],
      [api['staff-xingwang'], `/figures?placeId=${demoPlaceId('ajilaqin')}&period=month`],
      [api.resident, `/figures?placeId=${demoPlaceId('ajilaqin/g1')}&period=month`],
      [api['staff-ajilaqin'], `/figures/scorecards?placeId=${demoPlaceId('binhe')}&period=month`],
    ] as const;
    for (const [caller, path] of refused) {
      const res = await caller.get<ApiErrorBody>(path);
      expect({ path, status: res.status, code: res.body.code }).toEqual({
        path,
        status: 403,
        code: ErrorCode.Forbidden,
      });
    }
    const own = await api['grid-worker'].get<FiguresView>(
      `/figures?placeId=${demoPlaceId('ajilaqin/g1')}&period=quarter`,
    );
    expect(own.status).toBe(200);
    expect(own.body.ranking).toEqual([]);
    // A building is no dashboard's place; a period that does not read is refused.
    const building = await api['staff-ajilaqin'].get<ApiErrorBody>(
      `/figures?placeId=${demoPlaceId('ajilaqin/g1/b1')}&period=month`,
    );
    expect(building.body.code).toBe(ErrorCode.PlaceNotFound);
    for (const query of [
      'period=custom&from=2026-05-01&to=2026-04-01',
      'period=custom&from=2024-01-01&to=2026-01-01',
      'period=custom',
      'period=month&date=2026-02-30',
    ]) {
      const res = await api['staff-ajilaqin'].get<ApiErrorBody>(`/figures?placeId=${demoPlaceId('ajilaqin')}&${query}`);
      expect({ query, status: res.status, code: res.body.code }).toEqual({
        query,
        status: 422,
        code: ErrorCode.PeriodInvalid,
      });
    }
  });

  it('scores grids with the street admin’s weights and refuses weights from anyone else', async () => {
    const street = demoPlaceId('binhe');
    const cards = await api['street-admin'].get<ScorecardsView>(`/figures/scorecards?placeId=${street}&period=year`);
    expect(cards.status).toBe(200);
    expect(cards.body.grids.length).toBeGreaterThan(1);
    expect(cards.body.formula).toContain('及时率×35');
    const scored = cards.body.grids.filter((g) => g.score !== null);
    expect(scored.length).toBeGreaterThan(0);
    expect(scored[0].rank).toBe(1);

    const weights: ScorecardWeights = { onTime: 0, satisfaction: 100, reopen: 0, visits: 0, participation: 0 };
    const staff = await api['staff-xingwang'].put<ApiErrorBody>(`/figures/weights/${street}`, { weights });
    expect(staff.status).toBe(403);
    const zero = await api['street-admin'].put<ApiErrorBody>(`/figures/weights/${street}`, {
      weights: { onTime: 0, satisfaction: 0, reopen: 0, visits: 0, participation: 0 },
    });
    expect({ status: zero.status, code: zero.body.code }).toEqual({ status: 422, code: ErrorCode.WeightsInvalid });
    const notStreet = await api['street-admin'].put<ApiErrorBody>(`/figures/weights/${demoPlaceId('xingwang')}`, {
      weights,
    });
    expect(notStreet.body.code).toBe(ErrorCode.PlaceNotFound);
    const set = await api['street-admin'].put<ScorecardWeights>(`/figures/weights/${street}`, { weights });
    expect(set.body).toEqual(weights);
    const after = await api['staff-xingwang'].get<ScorecardsView>(
      `/figures/scorecards?placeId=${demoPlaceId('xingwang')}&period=year`,
    );
    expect(after.body.weights).toEqual(weights);
    for (const grid of after.body.grids) {
      const satisfaction = grid.parts.satisfaction;
      expect(grid.score).toBe(satisfaction === null ? null : Math.round(satisfaction * 10) / 10);
    }
  });

  it('exports the workbook with the same figures as the screen', async () => {
    const query = `placeId=${demoPlaceId('xingwang')}&period=custom&from=${yearAgo()}&to=${today()}`;
    const screen = (await api['staff-xingwang'].get<FiguresView>(`/figures?${query}`)).body;
    const res = await fetch(`${t.baseUrl}/api/figures/workbook?${query}`, {
      headers: { authorization: `Bearer ${(await loginAs(t.baseUrl, 'staff-xingwang')).accessToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const buffer = Buffer.from(await res.arrayBuffer());
    const sheets = (await readXlsxFile(buffer)) as unknown as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((s) => s.sheet)).toEqual([
      '概览',
      '活动',
      '诉求办理',
      '积分与成员',
      '帮扶台账',
      '矛盾调解',
      '下级排名',
      '网格考评',
    ]);
    const overview = new Map(sheets[0].data.filter((r) => r.length >= 2).map((r) => [r[0], r[1]]));
    expect(overview.get('活动场次')).toBe(screen.figures.eventsHeld);
    expect(overview.get('随手拍办结')).toBe(screen.figures.problemsClosed);
    expect(overview.get('发放积分')).toBe(screen.figures.pointsIssued);
    expect(sheets[4].data.length).toBeGreaterThan(3);
  });

  it('shows residents what their community did, without who reported it', async () => {
    const board = await api.resident.get<ResultsBoard>(`/figures/results/${demoPlaceId('ajilaqin')}`);
    expect(board.status).toBe(200);
    expect(board.body.months).toHaveLength(6);
    const monthFigures = (
      await api['staff-ajilaqin'].get<FiguresView>(`/figures?placeId=${demoPlaceId('ajilaqin')}&period=month`)
    ).body.figures;
    expect(board.body.months[0]).toMatchObject({
      problemsFixed: monthFigures.problemsClosed,
      needsServed: monthFigures.needsClosed,
      eventsHeld: monthFigures.eventsHeld,
      attendance: monthFigures.attendance,
    });
    expect(board.body.months.filter((m) => m.problemsFixed + m.needsServed > 0).length).toBeGreaterThan(1);
    expect(board.body.events.length).toBeGreaterThan(0);

    const fixed = await api.resident.get<Page<ResultsFixedItem>>(
      `/figures/results/${demoPlaceId('ajilaqin')}/fixed?pageSize=5`,
    );
    expect(fixed.status).toBe(200);
    expect(fixed.body.items.length).toBeGreaterThan(0);
    expect(fixed.body.items.some((i) => i.before.length > 0 && i.after.length > 0)).toBe(true);
    const text = JSON.stringify(fixed.body);
    for (const word of ['reporter', 'handler', 'nickname', '其其格', '王建国']) expect(text).not.toContain(word);
    const times = fixed.body.items.map((i) => i.fixedAt);
    expect([...times].sort().reverse()).toEqual(times);

    const missing = await api.resident.get<ApiErrorBody>(`/figures/results/${demoPlaceId('ajilaqin/g1')}`);
    expect(missing.body.code).toBe(ErrorCode.PlaceNotFound);
  });

  it('makes a grid’s weekly report from the week’s rollups and its open orders', async () => {
    const res = await api['resident-2'].get<GridWeekly>(`/figures/weekly/${demoPlaceId('xingwang/g1')}`);
    expect(res.status).toBe(200);
    const open = await t.dataSource.manager.count(GridOrder, {
      where: [
        { gridId: demoPlaceId('xingwang/g1'), status: 'open' },
        { gridId: demoPlaceId('xingwang/g1'), status: 'claimed' },
        { gridId: demoPlaceId('xingwang/g1'), status: 'in_progress' },
      ],
    });
    // Moderation keeps held reports from others, so the card counts at most the live orders.
    expect(res.body.open).toBeLessThanOrEqual(open);
    expect(res.body.open).toBeGreaterThan(0);
    expect(res.body.oldestOpen.length).toBeLessThanOrEqual(5);
    const week = (
      await api['staff-xingwang'].get<FiguresView>(`/figures?placeId=${demoPlaceId('xingwang/g1')}&period=week`)
    ).body;
    expect(res.body.week.from).toBe(week.period.from);
    expect(res.body.fixed).toBe(week.figures.problemsClosed);
    expect(res.body.served).toBe(week.figures.needsClosed);
    const bad = await api['resident-2'].get<ApiErrorBody>(`/figures/weekly/${demoPlaceId('xingwang')}`);
    expect(bad.body.code).toBe(ErrorCode.PlaceNotFound);
  });
});
