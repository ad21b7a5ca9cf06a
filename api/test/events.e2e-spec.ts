import {
  type ApiErrorBody,
  type CreateEventRequest,
  ErrorCode,
  type EventDetail,
  type EventSummary,
  type EventView,
  type Page,
  type RegistrationView,
  type ScanResult,
  type TicketView,
} from '@tongxin/types';

import { newId } from '../src/infra/database/ids';
import { demoEventId, demoPlaceId } from '../src/modules/seed/demo-data';
import { type Api, residents } from './factories/residents';
import { client, loginAs } from './helpers/session';
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

describe('events read the same through every route, and scans stay with their event', () => {
  let t: TestApp;
  const as: Record<string, Api> = {};

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0' });
    for (const key of ['organizer', 'staff-ajilaqin', 'staff-xingwang', 'resident', 'resident-2']) {
      as[key] = client(t.baseUrl, (await loginAs(t.baseUrl, key)).accessToken);
    }
    as.anonymous = client(t.baseUrl);
  });
  afterAll(() => t.close());

  async function create(by: Api, place: string, title: string): Promise<EventView> {
    const starts = new Date(Date.now() + 30 * 60_000);
    const created = await by.post<EventView>('/events', {
      placeId: demoPlaceId(place),
      title,
      type: 'talk',
      description: '社区活动',
      venue: '党群服务中心',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 2 * 3_600_000).toISOString(),
      capacity: 10,
      pointsReward: 0,
    } satisfies CreateEventRequest);
    expect(created.status).toBe(201);
    return created.body;
  }

  /** What each caller gets from the public detail and the member's view of one event. */
  async function reads(id: string, callers: string[]): Promise<Record<string, [number, number]>> {
    const out: Record<string, [number, number]> = {};
    for (const key of callers) {
      const detail = await as[key].get<EventDetail & ApiErrorBody>(`/events/${id}`);
      const view = await as[key].get<EventView & ApiErrorBody>(`/events/${id}/view`);
      for (const res of [detail, view]) {
        if (res.status === 404) expect(res.body.code).toBe(ErrorCode.EventNotFound);
      }
      out[key] = [detail.status, view.status];
    }
    return out;
  }

  it('shows a draft only to those who may manage its event, through both routes', async () => {
    const draft = await create(as.organizer, 'ajilaqin', '筹备中的邻里节');
    expect(await reads(draft.id, ['organizer', 'staff-ajilaqin', 'anonymous', 'resident', 'staff-xingwang'])).toEqual({
      organizer: [200, 200],
      'staff-ajilaqin': [200, 200],
      anonymous: [404, 404],
      resident: [404, 404],
      'staff-xingwang': [404, 404],
    });
    expect((await as.organizer.get<EventDetail>(`/events/${draft.id}`)).body.status).toBe('draft');

    await as.organizer.post(`/events/${draft.id}/publish`);
    expect(await reads(draft.id, ['anonymous', 'resident', 'staff-xingwang'])).toEqual({
      anonymous: [200, 200],
      resident: [200, 200],
      'staff-xingwang': [200, 200],
    });
    // A cancelled event stays readable everywhere (its members are told and open it), saying it is cancelled.
    await as.organizer.post(`/events/${draft.id}/cancel`);
    expect(await reads(draft.id, ['anonymous', 'resident'])).toEqual({ anonymous: [200, 200], resident: [200, 200] });
    expect((await as.anonymous.get<EventDetail>(`/events/${draft.id}`)).body.status).toBe('cancelled');
  });

  it('answers a nonce replayed at another event for that event alone, never with the first event’s attendee', async () => {
    const here = await create(as.organizer, 'ajilaqin', '红石榴课堂·剪纸');
    await as.organizer.post(`/events/${here.id}/publish`);
    const [member] = await residents(t, 1);
    const registration = (await member.api.post<RegistrationView>(`/events/${here.id}/registrations`, {})).body;
    const ticket = (await member.api.get<TicketView>(`/events/registrations/${registration.id}/ticket`)).body;
    const nonce = newId().replace(/-/g, '');
    const first = await as.organizer.post<ScanResult>(`/events/${here.id}/checkins`, { ticket: ticket.token, nonce });
    expect(first.body).toMatchObject({ outcome: 'checked_in', registrationId: registration.id });

    // 兴旺's staff replay that nonce at an event of their own.
    const there = await create(as['staff-xingwang'], 'xingwang', '丽日家园议事会');
    await as['staff-xingwang'].post(`/events/${there.id}/publish`);
    for (const body of [
      { ticket: 'TX1.abcdefghijkl.mnop', nonce },
      { ticket: ticket.token, nonce },
    ]) {
      const replay = await as['staff-xingwang'].post<ScanResult & ApiErrorBody>(`/events/${there.id}/checkins`, body);
      expect({ status: replay.status, code: replay.body.code }).toEqual({ status: 400, code: ErrorCode.TicketInvalid });
      expect(JSON.stringify(replay.body)).not.toContain(first.body.attendee?.name as string);
    }
    // The nonce still answers at its own event with the first answer.
    const again = await as.organizer.post<ScanResult>(`/events/${here.id}/checkins`, { ticket: ticket.token, nonce });
    expect(again.body).toEqual(first.body);
  });
});
