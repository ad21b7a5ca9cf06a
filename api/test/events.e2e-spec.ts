import { type ApiErrorBody, ErrorCode, type EventSummary, type Page } from '@tongxin/types';

import { demoEventId, demoPlaceId } from '../src/modules/seed/demo-data';
import { http, startTestApp, type TestApp } from './helpers/test-app';

describe('events list and detail on the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const list = (query: string) => http<Page<EventSummary>>(t.baseUrl, `/api/events${query}`);

  it('lists upcoming published events, soonest first, in pages', async () => {
    const all = await list('');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(9);
    const starts = all.body.items.map((e) => Date.parse(e.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(all.body.items.every((e) => Date.parse(e.endsAt) > Date.now())).toBe(true);
    expect(all.body.items.map((e) => e.title).join()).toContain('石榴花开在青城');

    const first = await list('?pageSize=4&page=1');
    const third = await list('?pageSize=4&page=3');
    expect(first.body).toMatchObject({ page: 1, pageSize: 4, total: 9, hasMore: true });
    expect(third.body.items).toHaveLength(1);
    expect(third.body.hasMore).toBe(false);
    expect(third.body.items[0].id).toBe(all.body.items[8].id);
    const past = await list('?pageSize=4&page=5');
    expect(past.body).toMatchObject({ items: [], total: 9, hasMore: false });
  });

  it('includes ended events when asked', async () => {
    const res = await list('?upcoming=false&pageSize=50');
    expect(res.body.total).toBe(10);
  });

  it('filters by a place and everything below it', async () => {
    const xingwang = await list(`?placeId=${demoPlaceId('xingwang')}`);
    expect(xingwang.body.total).toBe(2);
    expect(xingwang.body.items.every((e) => e.placeName === '兴旺社区')).toBe(true);
    const binhe = await list(`?placeId=${demoPlaceId('binhe')}`);
    expect(binhe.body.total).toBe(4);
  });

  it('filters by type', async () => {
    const res = await list('?type=festival');
    expect(res.body.items.map((e) => e.type)).toEqual(['festival', 'festival']);
  });

  it('refuses bad queries with field details', async () => {
    for (const query of ['?pageSize=1000', '?page=0', '?type=party', '?upcoming=maybe', '?placeId=42', '?sort=title']) {
      const res = await http<ApiErrorBody>(t.baseUrl, `/api/events${query}`);
      expect({ query, status: res.status, code: res.body.code }).toEqual({
        query,
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
    }
  });

  it('answers an unknown place with PLACE_NOT_FOUND', async () => {
    const res = await http<ApiErrorBody>(t.baseUrl, `/api/events?placeId=${demoPlaceId('nowhere')}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe(ErrorCode.PlaceNotFound);
  });

  it('returns one event with its description', async () => {
    const res = await http<EventSummary & { description: string }>(
      t.baseUrl,
      `/api/events/${demoEventId('holiday-care')}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.title).toContain('公益假期托管班');
    expect(res.body.description).toContain('红石榴课堂');
    expect(res.body.placeName).toBe('阿吉拉沁社区');
  });

  it('answers an unknown or malformed event id with EVENT_NOT_FOUND', async () => {
    for (const id of [demoEventId('nope'), 'not-a-uuid']) {
      const res = await http<ApiErrorBody>(t.baseUrl, `/api/events/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe(ErrorCode.EventNotFound);
    }
  });
});
