import type { EventView, UpdateEventRequest } from '@tongxin/types';

import { demoPlaceId } from '../src/modules/seed/demo-data';
import type { Api } from './factories/residents';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

const AJILAQIN = demoPlaceId('ajilaqin');

describe('organizers: the whole event form, messages to attendees, reminders', () => {
  let t: TestApp;
  let organizer: Api;

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0' });
    organizer = client(t.baseUrl, (await loginAs(t.baseUrl, 'organizer')).accessToken);
  });
  afterAll(() => t.close());

  async function event(startsInHours: number, extra: object = {}): Promise<EventView> {
    const starts = new Date(Date.now() + startsInHours * 3_600_000);
    const created = await organizer.post<EventView>('/events', {
      placeId: AJILAQIN,
      title: '红石榴课堂·剪纸',
      type: 'class',
      description: '社区剪纸课',
      venue: '党群服务中心',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 2 * 3_600_000).toISOString(),
      capacity: 5,
      pointsReward: 10,
      cancelDeadlineHours: 0,
      ...extra,
    });
    expect(created.status).toBe(201);
    const published = await organizer.post<EventView>(`/events/${created.body.id}/publish`);
    expect(published.body.status).toBe('published');
    return published.body;
  }

  it('edits what creating accepts: sign-up window, cancel deadline, cover and approval', async () => {
    const e = await event(48);
    expect(e.cancelDeadlineHours).toBe(0);
    const opens = new Date(Date.now() + 3_600_000).toISOString();
    const closes = new Date(Date.now() + 24 * 3_600_000).toISOString();
    const body = {
      signupOpensAt: opens,
      signupClosesAt: closes,
      cancelDeadlineHours: 12,
      coverUrl: 'https://img.example.cn/cover.jpg',
      needsApproval: true,
    } satisfies UpdateEventRequest;
    const edited = await organizer.patch<EventView>(`/events/${e.id}`, body);
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ ...body, signupOpensAt: opens, signupClosesAt: closes });
    const plain = await organizer.patch(`/events/${e.id}`, { coverUrl: 'http://img.example.cn/cover.jpg' });
    expect(plain.status).toBe(400);
  });
});
