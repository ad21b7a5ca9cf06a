import {
  type ApiErrorBody,
  type CreateEventRequest,
  ErrorCode,
  type EventView,
  NotificationKind,
  type NotificationView,
  type Page,
  type RegistrationView,
  type UnreadCount,
} from '@tongxin/types';

import { newId } from '../src/infra/database/ids';
import { Notification } from '../src/modules/notifications/notification.entity';
import { demoPlaceId } from '../src/modules/seed/demo-data';
import { type Api, residents } from './factories/residents';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

describe('notifications: the inbox of waiting-list promotions, event changes and escalations', () => {
  let t: TestApp;
  let organizer: Api;

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0' });
    organizer = client(t.baseUrl, (await loginAs(t.baseUrl, 'organizer')).accessToken);
  });
  afterAll(() => t.close());

  async function event(title: string, capacity: number): Promise<EventView> {
    const starts = new Date(Date.now() + 48 * 3_600_000);
    const created = await organizer.post<EventView>('/events', {
      placeId: demoPlaceId('ajilaqin'),
      title,
      type: 'class',
      description: '社区活动',
      venue: '党群服务中心',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 2 * 3_600_000).toISOString(),
      capacity,
      pointsReward: 0,
      cancelDeadlineHours: 0,
    } satisfies CreateEventRequest);
    expect(created.status).toBe(201);
    return (await organizer.post<EventView>(`/events/${created.body.id}/publish`)).body;
  }

  const inbox = async (api: Api, query = '') =>
    (await api.get<Page<NotificationView>>(`/notifications/mine${query}`)).body;
  const unread = async (api: Api) => (await api.get<UnreadCount>('/notifications/unread-count')).body.count;

  it('tells a waiting member they got a place, with the event, and counts it unread until it is read', async () => {
    const e = await event('红石榴课堂·剪纸', 1);
    const [first, second, stranger] = await residents(t, 3);
    const mine = (await first.api.post<RegistrationView>(`/events/${e.id}/registrations`, {})).body;
    expect((await second.api.post<RegistrationView>(`/events/${e.id}/registrations`, {})).body.status).toBe('waiting');
    expect(await unread(second.api)).toBe(0);

    await first.api.post(`/events/registrations/${mine.id}/cancel`);
    const page = await inbox(second.api);
    expect(page.items).toEqual([
      expect.objectContaining({
        kind: NotificationKind.EventPromoted,
        title: '候补成功',
        eventId: e.id,
        reportId: null,
        readAt: null,
      }),
    ]);
    expect(page.items[0].body).toContain('红石榴课堂·剪纸');
    expect(await unread(second.api)).toBe(1);

    // Someone else's notice is not there for the stranger: the answer to an unknown id, and nothing changes.
    const id = page.items[0].id;
    for (const target of [id, newId()]) {
      const res = await stranger.api.post<ApiErrorBody>(`/notifications/${target}/read`);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: ErrorCode.NotFound });
    }
    expect(await unread(second.api)).toBe(1);
    expect((await inbox(stranger.api)).total).toBe(0);

    expect((await second.api.post(`/notifications/${id}/read`)).status).toBe(204);
    expect(await unread(second.api)).toBe(0);
    const readAt = (await inbox(second.api)).items[0].readAt;
    expect(readAt).not.toBeNull();
    // Reading again keeps the first time.
    await second.api.post(`/notifications/${id}/read`);
    expect((await inbox(second.api)).items[0].readAt).toBe(readAt);
  });

  it('notifies everyone signed up when an event moves or is cancelled, newest first, and reads all at once', async () => {
    const e = await event('邻里节·百家宴', 5);
    const people = await residents(t, 2);
    for (const p of people) await p.api.post(`/events/${e.id}/registrations`, {});
    const later = new Date(Date.parse(e.startsAt) + 24 * 3_600_000);
    const moved = await organizer.patch(`/events/${e.id}`, {
      startsAt: later.toISOString(),
      endsAt: new Date(later.getTime() + 2 * 3_600_000).toISOString(),
      venue: '社区广场',
    });
    expect(moved.status).toBe(200);
    expect((await organizer.post(`/events/${e.id}/cancel`)).status).toBe(200);

    for (const p of people) {
      const page = await inbox(p.api);
      expect(page.items.map((n) => n.kind)).toEqual([NotificationKind.EventCancelled, NotificationKind.EventChanged]);
      expect(page.items.every((n) => n.eventId === e.id)).toBe(true);
    }
    const changed = (await inbox(people[0].api, '?page=2&pageSize=1')).items;
    expect(changed.map((n) => n.kind)).toEqual([NotificationKind.EventChanged]);
    // It says what changed, in China time.
    const china = new Date(later.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(changed[0].body).toBe(`「邻里节·百家宴」时间改为 ${china}，地点改为 社区广场，请留意。`);
    expect(await unread(people[0].api)).toBe(2);
    expect((await people[0].api.post('/notifications/read-all')).status).toBe(204);
    expect(await unread(people[0].api)).toBe(0);
    expect(await unread(people[1].api)).toBe(2);
    expect(await t.dataSource.manager.count(Notification, { where: { eventId: e.id } })).toBe(4);
  });

  it('asks for a session', async () => {
    const anonymous = client(t.baseUrl);
    expect((await anonymous.get('/notifications/unread-count')).status).toBe(401);
    expect((await anonymous.post('/notifications/read-all')).status).toBe(401);
  });
});
