import { PlaceLevel, Role } from '@tongxin/types';

import { loadConfig } from '../../infra/config/app-config';
import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { checkBoundary, rectangle } from '../places/boundary';
import { chinaTime, DEMO_PLACES } from './demo-data';
import { buildDemoRows } from './demo-rows';

describe('buildDemoRows', () => {
  const cipher = new PiiCipher(loadConfig({}));
  const rows = buildDemoRows(new Date('2026-11-22T02:00:00Z'), cipher);

  it('nests every place under a parent of the level above it', () => {
    const byId = new Map(rows.places.map((p) => [p.id, p]));
    const order = [PlaceLevel.Street, PlaceLevel.Community, PlaceLevel.Grid, PlaceLevel.Building];
    for (const place of rows.places) {
      if (place.level === PlaceLevel.Street) {
        expect(place.parentId).toBeNull();
        continue;
      }
      const parent = byId.get(place.parentId as string);
      expect(parent).toBeDefined();
      expect(order.indexOf(parent!.level)).toBe(order.indexOf(place.level) - 1);
      expect(place.path).toBe(`${parent!.path}${place.id}/`);
    }
  });

  it('gives the same ids on every run', () => {
    const again = buildDemoRows(new Date('2027-01-01T00:00:00Z'), cipher);
    expect(again.places.map((p) => p.id)).toEqual(rows.places.map((p) => p.id));
    expect(again.events.map((e) => e.id)).toEqual(rows.events.map((e) => e.id));
  });

  it('names the programmes of the articles', () => {
    const titles = rows.events.map((e) => e.title).join('\n');
    expect(titles).toContain('红石榴课堂');
    expect(titles).toContain('石榴花开在青城');
    expect(titles).toContain('公益假期托管班');
  });

  it('has a demo account for every role, each grant on an existing place', () => {
    const placeIds = new Set(rows.places.map((p) => p.id));
    expect(new Set(rows.grants.map((g) => g.role))).toEqual(new Set(Object.values(Role)));
    expect(rows.grants.every((g) => placeIds.has(g.placeId))).toBe(true);
    expect(rows.users.every((u) => placeIds.has(u.homePlaceId as string))).toBe(true);
    expect(rows.users.every((u) => u.phoneCipher && !u.phoneCipher.includes('138'))).toBe(true);
  });

  it('places China-time hours on the China date', () => {
    // 2026-11-22 23:30 UTC is already 11-23 in China; 15:00 China = 07:00 UTC.
    expect(chinaTime(new Date('2026-11-22T23:30:00Z'), 1, 15).toISOString()).toBe('2026-11-24T07:00:00.000Z');
  });
});

describe('demo grid boundaries', () => {
  const boxes = DEMO_PLACES.filter((p) => p.level === PlaceLevel.Grid).map((p) => ({ key: p.key, box: p.box }));

  it('give every grid a valid boundary, none overlapping another', () => {
    expect(boxes).toHaveLength(7);
    for (const { box } of boxes) {
      expect(box).toBeDefined();
      expect(checkBoundary(rectangle(...box!)).ok).toBe(true);
    }
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const [aw, as, ae, an] = a.box!;
        const [bw, bs, be, bn] = b.box!;
        expect({ pair: [a.key, b.key], overlap: aw < be && bw < ae && as < bn && bs < an }).toEqual({
          pair: [a.key, b.key],
          overlap: false,
        });
      }
    }
  });
});
