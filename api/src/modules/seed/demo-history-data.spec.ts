import { Role } from '@tongxin/types';

import { chinaTime, DEMO_CATEGORIES, DEMO_EVENTS, DEMO_PLACES, DEMO_USERS } from './demo-data';
import {
  DEMO_BUSINESSES,
  DEMO_HONOURS,
  DEMO_MALL_ITEMS,
  DEMO_NEIGHBOURS,
  DEMO_PAST_EVENTS,
  DEMO_REDEMPTIONS,
  DEMO_REPORTS,
  DEMO_ROUTES,
  DEMO_SERIES,
  DEMO_SIGNUPS,
  DEMO_VOLUNTEER_CERTIFICATES,
  DEMO_VOLUNTEER_HOURS,
} from './demo-history-data';
import { seriesSessions } from './demo-rows';

const people = new Map([...DEMO_USERS, ...DEMO_NEIGHBOURS].map((u) => [u.key, u]));
const gridOf = (building: string) => building.split('/').slice(0, 2).join('/');
const grabsIn = (key: string, grid: string) =>
  (people.get(key)?.grants ?? []).some(
    (g) => (g.role === Role.PartTimeGridMember || g.role === Role.GridWorker) && g.place === grid,
  );

describe('the demo month', () => {
  it('names only people, places, categories, events and businesses that exist', () => {
    const places = new Set(DEMO_PLACES.map((p) => p.key));
    const categories = new Set(DEMO_CATEGORIES.map((c) => c.key));
    const events = new Set(DEMO_EVENTS.map((e) => e.key));
    const businesses = new Set(DEMO_BUSINESSES.map((b) => b.key));
    expect(new Set([...people.keys()]).size).toBe(DEMO_USERS.length + DEMO_NEIGHBOURS.length);
    for (const n of DEMO_NEIGHBOURS)
      expect(places.has(n.home) && n.grants.every((g) => places.has(g.place))).toBe(true);
    for (const r of DEMO_REPORTS) {
      expect([r.key, places.has(r.building), categories.has(r.category)]).toEqual([r.key, true, true]);
      for (const who of [r.reporter, r.handler, r.verifier, r.dispatcher, r.staff].filter(Boolean)) {
        expect([r.key, people.has(who as string)]).toEqual([r.key, true]);
      }
    }
    for (const [member, event] of DEMO_SIGNUPS) expect(people.has(member) && events.has(event)).toBe(true);
    for (const i of DEMO_MALL_ITEMS) expect(!i.business || businesses.has(i.business)).toBe(true);
    for (const h of DEMO_HONOURS) expect(h.business ? businesses.has(h.business) : people.has(h.member!)).toBe(true);
    const items = new Set(DEMO_MALL_ITEMS.map((i) => i.key));
    for (const r of DEMO_REDEMPTIONS) expect(items.has(r.item) && people.has(r.member)).toBe(true);
  });

  it('takes reports to every order state, each handler one who may grab in that grid', () => {
    expect(new Set(DEMO_REPORTS.map((r) => r.stage))).toEqual(
      new Set(['open', 'claimed', 'in_progress', 'done', 'reopened', 'confirmed', 'closed', 'cancelled']),
    );
    for (const r of DEMO_REPORTS.filter((x) => x.handler)) {
      expect([r.key, grabsIn(r.handler!, gridOf(r.building))]).toEqual([r.key, true]);
    }
    for (const grid of ['xingwang/g1', 'xingwang/g2', 'ajilaqin/g1']) {
      expect(DEMO_REPORTS.filter((r) => r.stage === 'open' && gridOf(r.building) === grid).length).toBeGreaterThan(0);
    }
  });

  it('puts on riders’ routes only places where they may grab, with some open orders on a route and some not', () => {
    for (const route of DEMO_ROUTES) {
      for (const place of route.places) {
        expect([route.member, place, grabsIn(route.member, gridOf(place))]).toEqual([route.member, place, true]);
      }
    }
    const onRoute = (member: string, building: string) =>
      DEMO_ROUTES.find((r) => r.member === member)!.places.some((p) => building.startsWith(p));
    const open = DEMO_REPORTS.filter((r) => r.stage === 'open' && grabsIn('part-time-member', gridOf(r.building)));
    expect(open.filter((r) => onRoute('part-time-member', r.building)).length).toBeGreaterThan(0);
    expect(open.filter((r) => !onRoute('part-time-member', r.building)).length).toBeGreaterThan(0);
    expect(DEMO_REPORTS.filter((r) => r.promiseInHours && r.stage === 'claimed' && !r.dispatcher)).toHaveLength(1);
  });

  it('has nobody deal with their own report, check themselves in, or approve or pay themselves', () => {
    for (const r of DEMO_REPORTS) {
      for (const other of [r.handler, r.verifier, r.dispatcher])
        expect([r.key, other === r.reporter]).toEqual([r.key, false]);
    }
    for (const e of DEMO_PAST_EVENTS) expect([...e.attendees, ...e.absent]).not.toContain(e.scanner);
    for (const e of DEMO_PAST_EVENTS) for (const [member] of e.ratings) expect(e.attendees).toContain(member);
    for (const h of DEMO_HONOURS) expect(h.approvedBy).not.toBe(h.nominatedBy);
    for (const v of DEMO_VOLUNTEER_HOURS) expect(v.by).not.toBe(v.member);
  });

  it('publishes the article’s 6 石榴籽个人 and 2 石榴籽企业 in 兴旺社区', () => {
    const published = DEMO_HONOURS.filter((h) => h.community === 'xingwang' && h.approvedBy);
    expect(published.filter((h) => h.member)).toHaveLength(6);
    expect(published.filter((h) => h.business)).toHaveLength(2);
  });

  it('scans every volunteer in and out at the door, by someone else, and certifies by someone else', () => {
    const volunteerDays = DEMO_PAST_EVENTS.filter((e) => e.door);
    expect(volunteerDays.length).toBeGreaterThanOrEqual(2);
    for (const e of volunteerDays) {
      expect(Object.keys(e.door ?? {}).sort()).toEqual([...e.attendees].sort());
      for (const [checkIn, checkOut] of Object.values(e.door ?? {})) {
        // Within the check-in window (two hours either side) and never out before in.
        expect(checkIn).toBeGreaterThanOrEqual(-120);
        if (checkOut !== null) expect(checkOut).toBeGreaterThanOrEqual(checkIn);
      }
      for (const a of e.adjustments ?? []) {
        expect([a.member, a.by === a.member, e.attendees.includes(a.member)]).toEqual([a.member, false, true]);
        expect(a.minutes).toBeLessThanOrEqual(e.hours * 60);
      }
    }
    for (const c of DEMO_VOLUNTEER_CERTIFICATES) {
      expect(c.by).not.toBe(c.member);
      expect(volunteerDays.some((e) => e.attendees.includes(c.member))).toBe(true);
    }
  });

  it('holds past events in the past', () => {
    expect(DEMO_PAST_EVENTS.every((e) => e.inDays < 0 && e.inDays >= -31)).toBe(true);
  });

  it('runs 红石榴课堂 weekly: held sessions before now, the next one after it, attendees who exist and are not the scanner', () => {
    const series = DEMO_SERIES;
    const everyone = [
      ...series.held.flatMap((h) => [...h.attendees, ...h.absent]),
      ...series.wholeSeries,
      ...series.singleSessions.map(([member]) => member),
    ];
    expect(everyone.every((member) => people.has(member))).toBe(true);
    for (const held of series.held) {
      expect([...held.attendees, ...held.absent]).not.toContain(series.scanner);
      for (const [member] of held.ratings) expect(held.attendees).toContain(member);
    }
    // A Tuesday-afternoon series seen on a Tuesday morning, at 16:00 and on a Sunday: 3 held, the 4th ahead.
    for (const now of ['2026-03-17T09:00:00+08:00', '2026-03-17T16:00:00+08:00', '2026-03-22T12:00:00+08:00']) {
      const sessions = seriesSessions(series, new Date(now));
      const starts = sessions.map((s) => chinaTime(new Date(now), s.event.inDays, s.event.startHour).getTime());
      const ahead = starts.findIndex((t) => t > Date.parse(now));
      expect([now, ahead, sessions.length]).toEqual([now, series.held.length, series.sessions]);
      expect(starts.every((t, i) => i === 0 || t - starts[i - 1]! === 7 * 24 * 3600_000)).toBe(true);
      expect(new Date(starts[0]! + 8 * 3600_000).getUTCDay()).toBe(series.weekday);
    }
    // The next session fills up and keeps a waiting list.
    const next = series.wholeSeries.length + series.singleSessions.filter(([, n]) => n === 1).length;
    expect(next).toBeGreaterThan(series.capacity);
  });
});
