import {
  type ApiErrorBody,
  ErrorCode,
  type EventMessageRequest,
  type EventMessageResult,
  type EventView,
  NotificationKind,
  type UpdateEventRequest,
} from '@tongxin/types';
import { In } from 'typeorm';

import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { Registration } from '../src/modules/events/registration.entity';
import { EventRemindersService } from '../src/modules/events/services/event-reminders.service';
import { Notification } from '../src/modules/notifications/notification.entity';
import { demoPlaceId } from '../src/modules/seed/demo-data';
import { type Api, residents } from './factories/residents';
import { type FakeWechat, startFakeWechat } from './fakes/fake-wechat.server';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

const AJILAQIN = demoPlaceId('ajilaqin');

describe('organizers: the whole event form, messages to attendees, reminders', () => {
  let t: TestApp;
  let organizer: Api;
  let wx: FakeWechat;

  beforeAll(async () => {
    wx = await startFakeWechat();
    t = await startTestApp({
      SWEEP_INTERVAL_MS: '0',
      WECHAT_API_BASE: wx.baseUrl,
      WECHAT_APPID: wx.appId,
      WECHAT_SECRET: wx.appSecret,
      WECHAT_TEMPLATE_EVENT: 'tpl-event:thing1,thing2,time3',
    });
    organizer = client(t.baseUrl, (await loginAs(t.baseUrl, 'organizer')).accessToken);
  });
  afterAll(async () => {
    await t.close();
    await wx.close();
  });

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

  /** An event with two confirmed places taken and one member waiting; returns the three members in that order. */
  async function fullEvent(startsInHours: number) {
    const e = await event(startsInHours, { capacity: 2 });
    const people = await residents(t, 3);
    for (const p of people) expect((await p.api.post(`/events/${e.id}/registrations`, {})).status).toBe(201);
    return { e, people };
  }

  const noticesOf = (userIds: string[], kind: NotificationKind) =>
    t.dataSource.manager.find(Notification, { where: { userId: In(userIds), kind } });

  describe('通知参与者', () => {
    it('tells those confirmed (and, if asked, waiting), records it, and takes one message per event per interval', async () => {
      const { e, people } = await fullEvent(48);
      const body = { text: '明天下午降温，请带好外套。' } satisfies EventMessageRequest;
      const sent = await organizer.post<EventMessageResult>(`/events/${e.id}/messages`, body);
      expect(sent.status).toBe(201);
      expect(sent.body.recipients).toBe(2);
      const notices = await noticesOf(
        people.map((p) => p.id),
        NotificationKind.EventMessage,
      );
      expect(notices.map((n) => n.userId).sort()).toEqual([people[0]!.id, people[1]!.id].sort());
      expect(notices[0]).toMatchObject({ body: body.text, eventId: e.id, pushState: 'pending' });
      const audit = await t.dataSource.manager.findOneByOrFail(AuditLog, { targetId: e.id, action: 'event.message' });
      expect(audit.details).toEqual({ text: body.text, includeWaiting: false, recipients: 2 });

      const again = await organizer.post<ApiErrorBody>(`/events/${e.id}/messages`, { text: '再提醒一次' });
      expect(again.status).toBe(429);
      expect(again.body.code).toBe(ErrorCode.RateLimited);

      const other = await fullEvent(48);
      const withWaiting = await organizer.post<EventMessageResult>(`/events/${other.e.id}/messages`, {
        text: '候补的居民也请留意：名额可能增加。',
        includeWaiting: true,
      });
      expect(withWaiting.body.recipients).toBe(3);
    });

    it('sends one of two messages written at once', async () => {
      const { e } = await fullEvent(48);
      const results = await Promise.all(
        ['第一条通知内容', '第二条通知内容'].map((text) => organizer.post(`/events/${e.id}/messages`, { text })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 429]);
    });

    it('refuses a message that needs a moderator, and it does not use up the slot', async () => {
      const { e } = await fullEvent(48);
      const risky = await organizer.post<ApiErrorBody>(`/events/${e.id}/messages`, { text: '有事加微信领红包' });
      expect(risky.status).toBe(422);
      expect(risky.body.code).toBe(ErrorCode.ContentRisky);
      expect((await organizer.post(`/events/${e.id}/messages`, { text: '请准时到场' })).status).toBe(201);
    });

    it('lets no member write to the attendees', async () => {
      const { e, people } = await fullEvent(48);
      expect((await people[0]!.api.post(`/events/${e.id}/messages`, { text: '大家好' })).status).toBe(403);
    });
  });

  describe('reminders', () => {
    it('reminds each confirmed sign-up the day before and within the hour, once whatever the number of sweeps', async () => {
      const { e, people } = await fullEvent(20);
      const reminders = t.app.get(EventRemindersService);
      const confirmed = [people[0]!.id, people[1]!.id];
      const now = Date.now();

      await Promise.all([reminders.sweep(new Date(now)), reminders.sweep(new Date(now))]);
      let notices = await noticesOf(
        people.map((p) => p.id),
        NotificationKind.EventReminder,
      );
      expect(notices.map((n) => n.userId).sort()).toEqual([...confirmed].sort());
      expect(notices.every((n) => n.title === '活动提醒' && n.eventId === e.id && n.pushState === 'pending')).toBe(
        true,
      );

      // Half an hour before the start, on two replicas at once.
      const soon = new Date(now + 19.5 * 3_600_000);
      await Promise.all([reminders.sweep(soon), reminders.sweep(soon), reminders.sweep(soon)]);
      await reminders.sweep(soon);
      notices = await noticesOf(
        people.map((p) => p.id),
        NotificationKind.EventReminder,
      );
      expect(
        notices
          .filter((n) => n.title === '活动即将开始')
          .map((n) => n.userId)
          .sort(),
      ).toEqual([...confirmed].sort());
      expect(notices).toHaveLength(4);
      const rows = await t.dataSource.manager.find(Registration, { where: { eventId: e.id } });
      expect(rows.filter((r) => r.remindedDayAt && r.remindedHourAt)).toHaveLength(2);
      expect(rows.find((r) => r.status === 'waiting')).toMatchObject({ remindedDayAt: null, remindedHourAt: null });
    });

    it('does not remind someone already checked in at the door', async () => {
      const { e, people } = await fullEvent(0.5);
      const registrations = await t.dataSource.manager.find(Registration, {
        where: { eventId: e.id, status: 'confirmed' },
      });
      const checkedIn = registrations.find((r) => r.memberId === people[0]!.id)!;
      const scan = await organizer.post(`/events/${e.id}/checkins/manual`, {
        registrationId: checkedIn.id,
        nonce: 'reminder-skip-1',
      });
      expect(scan.status).toBe(200);
      await t.app.get(EventRemindersService).sweep();
      const notices = await noticesOf(
        people.map((p) => p.id),
        NotificationKind.EventReminder,
      );
      expect(notices.map((n) => [n.userId, n.title])).toEqual([[people[1]!.id, '活动即将开始']]);
    });

    it('reminds again by the new time when the organizer moves the event', async () => {
      const { e, people } = await fullEvent(20);
      const reminders = t.app.get(EventRemindersService);
      await reminders.sweep();
      const starts = new Date(Date.now() + 10 * 3_600_000);
      const moved = await organizer.patch(`/events/${e.id}`, {
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3_600_000).toISOString(),
      } satisfies UpdateEventRequest);
      expect(moved.status).toBe(200);
      await Promise.all([reminders.sweep(), reminders.sweep()]);
      const notices = await noticesOf(
        people.map((p) => p.id),
        NotificationKind.EventReminder,
      );
      expect(notices.filter((n) => n.userId === people[0]!.id)).toHaveLength(2);
      expect(notices).toHaveLength(4);
    });
  });
});
