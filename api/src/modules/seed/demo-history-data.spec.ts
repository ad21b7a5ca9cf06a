import { Role } from '@tongxin/types';

import { DEMO_CATEGORIES, DEMO_EVENTS, DEMO_PLACES, DEMO_USERS } from './demo-data';
import {
  DEMO_BUSINESSES,
  DEMO_HONOURS,
  DEMO_MALL_ITEMS,
  DEMO_NEIGHBOURS,
  DEMO_PAST_EVENTS,
  DEMO_REDEMPTIONS,
  DEMO_REPORTS,
  DEMO_SIGNUPS,
  DEMO_VOLUNTEER_HOURS,
} from './demo-history-data';

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

  it('holds past events in the past', () => {
    expect(DEMO_PAST_EVENTS.every((e) => e.inDays < 0 && e.inDays >= -31)).toBe(true);
  });
});
