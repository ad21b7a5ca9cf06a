import {
  type ApiErrorBody,
  type CreateEventSeriesRequest,
  ErrorCode,
  type EventSeriesView,
  type EventView,
  NotificationKind,
  type Page,
  type RegistrationView,
  type SeriesChangeResult,
  type SeriesSessionSummary,
  type SeriesSignupCancelResult,
  type SeriesSignupResult,
  type UpdateFollowingSessionsRequest,
} from '@tongxin/types';
import { In } from 'typeorm';

import { CommunityEvent } from '../src/modules/events/event.entity';
import { Registration } from '../src/modules/events/registration.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import { demoPlaceId } from '../src/modules/seed/demo-data';
import { type Api, residents } from './factories/residents';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

const AJILAQIN = demoPlaceId('ajilaqin');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `2027-03-02 15:00` — the China wall clock of an ISO time. */
const china = (iso: string | number | Date) =>
  new Date(new Date(iso).getTime() + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');
const isoWeekdayInChina = (iso: string) => new Date(new Date(iso).getTime() + 8 * HOUR).getUTCDay() || 7;

/** The next `weekday` (ISO) at `time` in China at least `minDays` from now. */
function next(weekday: number, minDays: number, time = '15:00'): Date {
  for (let t = Date.now() + minDays * DAY; ; t += DAY) {
    const day = new Date(t + 8 * HOUR);
    if ((day.getUTCDay() || 7) === weekday) return new Date(`${day.toISOString().slice(0, 10)}T${time}:00+08:00`);
  }
}

describe('event series: weekly sessions, edits of one or all following, sign-up for the whole series', () => {
  let t: TestApp;
  let organizer: Api;
  const zone = process.env.TZ;

  beforeAll(async () => {
    // A server zone with daylight saving: sessions follow China time (UTC+8 all year), never the server's clock.
    process.env.TZ = 'America/New_York';
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0' });
    organizer = client(t.baseUrl, (await loginAs(t.baseUrl, 'organizer')).accessToken);
  });
  afterAll(async () => {
    await t.close();
    process.env.TZ = zone;
  });

  function seriesBody(first: Date, recurrence: CreateEventSeriesRequest['recurrence'], extra: object = {}) {
    return {
      placeId: AJILAQIN,
      title: '红石榴课堂',
      type: 'class',
      description: '每周一次的民族团结进步教育课',
      venue: '党群服务中心三楼',
      startsAt: first.toISOString(),
      endsAt: new Date(first.getTime() + 2 * HOUR).toISOString(),
      capacity: 2,
      pointsReward: 5,
      cancelDeadlineHours: 2,
      recurrence,
      ...extra,
    } satisfies CreateEventSeriesRequest;
  }

  async function sessionsOf(seriesId: string): Promise<SeriesSessionSummary[]> {
    const page = await organizer.get<Page<SeriesSessionSummary>>(`/event-series/${seriesId}/sessions?pageSize=100`);
    expect(page.status).toBe(200);
    return page.body.items;
  }

  /** A published weekly series starting on the Tuesday at least two days away, 15:00 China time. */
  async function publishedSeries(count: number, extra: object = {}) {
    const created = await organizer.post<EventSeriesView>(
      '/event-series',
      seriesBody(next(2, 2), { weekdays: [2], count }, extra),
    );
    expect(created.status).toBe(201);
    const published = await organizer.post<EventSeriesView>(`/event-series/${created.body.id}/publish`);
    expect(published.body).toMatchObject({ drafts: 0, published: count });
    return { series: published.body, sessions: await sessionsOf(created.body.id) };
  }

  const rows = (seriesId: string) =>
    t.dataSource.manager.find(CommunityEvent, { where: { seriesId }, order: { seriesIndex: 'ASC' } });
  const liveOf = (memberId: string, eventIds: string[]) =>
    t.dataSource.manager.find(Registration, {
      where: { memberId, eventId: In(eventIds), status: In(['confirmed', 'waiting', 'pending_approval']) },
    });

  describe('creating a series', () => {
    it('makes one session a week at 15:00 China time, across a month end and the server zone’s DST change', async () => {
      // Tuesday 23 February 2027; New York moves its clocks on 14 March, China does not.
      const created = await organizer.post<EventSeriesView>(
        '/event-series',
        seriesBody(new Date('2027-02-23T15:00:00+08:00'), { weekdays: [2], count: 6 }),
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        title: '红石榴课堂',
        weekdays: [2],
        startTime: '15:00',
        durationMinutes: 120,
        sessionCount: 6,
        drafts: 6,
        published: 0,
        placeName: '阿吉拉沁社区',
      });
      const sessions = await sessionsOf(created.body.id);
      expect(sessions.map((s) => [s.seriesIndex, china(s.startsAt), china(s.endsAt), s.status])).toEqual([
        [1, '2027-02-23 15:00', '2027-02-23 17:00', 'draft'],
        [2, '2027-03-02 15:00', '2027-03-02 17:00', 'draft'],
        [3, '2027-03-09 15:00', '2027-03-09 17:00', 'draft'],
        [4, '2027-03-16 15:00', '2027-03-16 17:00', 'draft'],
        [5, '2027-03-23 15:00', '2027-03-23 17:00', 'draft'],
        [6, '2027-03-30 15:00', '2027-03-30 17:00', 'draft'],
      ]);
      expect(sessions.every((s) => s.seriesId === created.body.id && s.capacity === 2)).toBe(true);
      // The organizer's list shows each session with its number.
      const managed = await organizer.get<Page<{ id: string; seriesIndex: number | null }>>(
        `/events/managed?placeId=${AJILAQIN}&status=draft&pageSize=100`,
      );
      expect(managed.body.items.find((e) => e.id === sessions[1]!.id)?.seriesIndex).toBe(2);
    });

    it('takes several weekdays and a last day, from the first chosen weekday on or after the day written', async () => {
      // Written on Monday 22 February at 07:30 (23:30 on the 21st in UTC), Tuesdays and Thursdays until 4 March.
      const created = await organizer.post<EventSeriesView>(
        '/event-series',
        seriesBody(new Date('2027-02-22T07:30:00+08:00'), { weekdays: [4, 2], until: '2027-03-04' }),
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ weekdays: [2, 4], startTime: '07:30', sessionCount: 4 });
      const sessions = await sessionsOf(created.body.id);
      expect(sessions.map((s) => china(s.startsAt))).toEqual([
        '2027-02-23 07:30',
        '2027-02-25 07:30',
        '2027-03-02 07:30',
        '2027-03-04 07:30',
      ]);
      expect(sessions.map((s) => isoWeekdayInChina(s.startsAt))).toEqual([2, 4, 2, 4]);
    });

    it('gives every session the same lead for closing sign-up', async () => {
      const first = new Date('2027-02-23T15:00:00+08:00');
      const created = await organizer.post<EventSeriesView>(
        '/event-series',
        seriesBody(
          first,
          { weekdays: [2], count: 2 },
          { signupClosesAt: new Date(first.getTime() - DAY).toISOString() },
        ),
      );
      const [one, two] = await rows(created.body.id);
      expect([china(one!.signupClosesAt!), china(two!.signupClosesAt!)]).toEqual([
        '2027-02-22 15:00',
        '2027-03-01 15:00',
      ]);
    });

    it('refuses rules without sessions, too many sessions, bad days and unknown ids with codes', async () => {
      const first = new Date('2027-02-23T15:00:00+08:00');
      const bad: CreateEventSeriesRequest['recurrence'][] = [
        { weekdays: [2], count: 53 },
        { weekdays: [2] },
        { weekdays: [], count: 3 },
        { weekdays: [8], count: 3 },
        { weekdays: [2, 2], count: 3 },
        { weekdays: [2], until: '2027-02-30' },
        { weekdays: [2], until: '2027-02-22' },
        { weekdays: [1, 2], until: '2028-12-31' },
      ];
      for (const recurrence of bad) {
        const res = await organizer.post<ApiErrorBody>('/event-series', seriesBody(first, recurrence));
        expect({ recurrence, status: res.status, code: res.body.code }).toEqual({
          recurrence,
          status: 400,
          code: ErrorCode.ValidationFailed,
        });
      }
      const unknown = await organizer.get<ApiErrorBody>(`/event-series/${demoPlaceId('no-such-series')}`);
      expect(unknown.status).toBe(404);
      const resident = client(t.baseUrl, (await loginAs(t.baseUrl, 'resident')).accessToken);
      const refused = await resident.post<ApiErrorBody>(
        '/event-series',
        seriesBody(first, { weekdays: [2], count: 2 }),
      );
      expect(refused.status).toBe(403);
    });
  });

  describe('editing and cancelling', () => {
    it('edits one session alone, or this one and every later live one, keeping each session’s weekday offset', async () => {
      const { series, sessions } = await publishedSeries(6);
      const [, s2, s3, s4, s5, s6] = sessions;
      // One member for the whole series, to be told of the change once.
      const [member] = await residents(t, 1);
      expect((await member!.api.post(`/event-series/${series.id}/registrations`, {})).status).toBe(200);

      // 编辑本场: session 2 only. Session 4 gets a title of its own; session 5 is cancelled.
      // The edit form sends the whole event back, its type included.
      expect((await organizer.patch(`/events/${s2!.id}`, { title: '红石榴课堂·书法', type: 'class' })).status).toBe(
        200,
      );
      expect((await organizer.patch(`/events/${s4!.id}`, { title: '红石榴课堂·特别场' })).status).toBe(200);
      expect((await organizer.post(`/events/${s5!.id}/cancel`)).status).toBe(200);
      const before = await rows(series.id);
      expect(before.map((e) => e.title)).toEqual([
        '红石榴课堂',
        '红石榴课堂·书法',
        '红石榴课堂',
        '红石榴课堂·特别场',
        '红石榴课堂',
        '红石榴课堂',
      ]);

      // 编辑本场及以后 from session 3, sent as the whole form: Tuesday 15:00–17:00 → Wednesday 16:00–17:30, a new
      // venue and more places. The title is sent unchanged, so session 4 keeps its own.
      const s3Starts = new Date(s3!.startsAt);
      const body = {
        title: '红石榴课堂',
        type: 'class',
        description: '每周一次的民族团结进步教育课',
        venue: '石榴籽家园活动室',
        startsAt: new Date(s3Starts.getTime() + DAY + HOUR).toISOString(),
        endsAt: new Date(s3Starts.getTime() + DAY + 2.5 * HOUR).toISOString(),
        capacity: 30,
        pointsReward: 5,
        cancelDeadlineHours: 2,
      } satisfies UpdateFollowingSessionsRequest;
      const edited = await organizer.patch<SeriesChangeResult>(`/events/${s3!.id}/following`, body);
      expect(edited.status).toBe(200);
      expect(edited.body).toEqual({ seriesId: series.id, sessions: 3 });

      const after = await rows(series.id);
      const shape = (e: CommunityEvent) => [
        e.seriesIndex,
        e.title,
        e.venue,
        e.capacity,
        china(e.startsAt),
        china(e.endsAt),
      ];
      expect(after.map(shape)).toEqual([
        shape(before[0]!),
        shape(before[1]!),
        [3, '红石榴课堂', '石榴籽家园活动室', 30, china(body.startsAt), china(body.endsAt)],
        [
          4,
          '红石榴课堂·特别场',
          '石榴籽家园活动室',
          30,
          china(new Date(s4!.startsAt).getTime() + 25 * HOUR),
          expect.any(String),
        ],
        shape(before[4]!),
        [
          6,
          '红石榴课堂',
          '石榴籽家园活动室',
          30,
          china(new Date(s6!.startsAt).getTime() + 25 * HOUR),
          expect.any(String),
        ],
      ]);
      expect(
        after
          .slice(2)
          .filter((e) => e.status !== 'cancelled')
          .map((e) => china(e.startsAt).slice(11)),
      ).toEqual(['16:00', '16:00', '16:00']);
      expect(
        after
          .slice(2)
          .filter((e) => e.status !== 'cancelled')
          .map((e) => isoWeekdayInChina(e.startsAt.toISOString())),
      ).toEqual([3, 3, 3]);
      expect(after[5]!.endsAt.getTime() - after[5]!.startsAt.getTime()).toBe(1.5 * HOUR);

      // The member heard of the move once, not once per session.
      const changed = await t.dataSource.manager.find(Notification, {
        where: { userId: member!.id, kind: NotificationKind.EventChanged },
      });
      expect(changed).toHaveLength(1);
      expect(changed[0]!.body).toContain('第 3 场起');

      // Sent again, nothing differs: nothing is changed.
      const again = await organizer.patch<SeriesChangeResult>(`/events/${s3!.id}/following`, body);
      expect(again.body.sessions).toBe(0);
    });

    it('refuses the whole edit when a later session has more sign-ups than the new capacity', async () => {
      const { sessions } = await publishedSeries(3, { capacity: 5 });
      const people = await residents(t, 3);
      for (const p of people)
        expect((await p.api.post(`/events/${sessions[2]!.id}/registrations`, {})).status).toBe(201);
      const refused = await organizer.patch<ApiErrorBody>(`/events/${sessions[0]!.id}/following`, {
        capacity: 2,
        venue: '新的地点',
      });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toContain('第 3 场');
      const stored = await t.dataSource.manager.find(CommunityEvent, { where: { id: In(sessions.map((s) => s.id)) } });
      expect(stored.map((e) => [e.capacity, e.venue])).toEqual(sessions.map(() => [5, '党群服务中心三楼']));
      // A single event has no following sessions.
      const single = await organizer.post<EventView>('/events', {
        ...seriesBody(next(2, 2), { weekdays: [2], count: 1 }),
        recurrence: undefined,
      });
      const notSeries = await organizer.patch<ApiErrorBody>(`/events/${single.body.id}/following`, { capacity: 9 });
      expect(notSeries.body.code).toBe(ErrorCode.Conflict);
    });

    it('cancels one session (its attendees told), or this one and every later one', async () => {
      const { series, sessions } = await publishedSeries(4);
      const [a, b] = await residents(t, 2);
      await a!.api.post(`/event-series/${series.id}/registrations`, {});
      await b!.api.post(`/events/${sessions[0]!.id}/registrations`, {});

      // 取消本场: session 1 only; both its attendees are told, a's other sign-ups stand.
      expect((await organizer.post<EventView>(`/events/${sessions[0]!.id}/cancel`)).body.status).toBe('cancelled');
      const told = await t.dataSource.manager.find(Notification, {
        where: { userId: In([a!.id, b!.id]), kind: NotificationKind.EventCancelled },
      });
      expect(told.map((n) => n.userId).sort()).toEqual([a!.id, b!.id].sort());
      expect(
        await liveOf(
          a!.id,
          sessions.map((s) => s.id),
        ),
      ).toHaveLength(3);

      // 取消本场及以后 from session 3: sessions 3 and 4; a is told once more, for both.
      const cancelled = await organizer.post<SeriesChangeResult>(`/events/${sessions[2]!.id}/cancel-following`);
      expect(cancelled.body).toEqual({ seriesId: series.id, sessions: 2 });
      expect((await rows(series.id)).map((e) => e.status)).toEqual([
        'cancelled',
        'published',
        'cancelled',
        'cancelled',
      ]);
      expect(
        (
          await liveOf(
            a!.id,
            sessions.map((s) => s.id),
          )
        ).map((r) => r.eventId),
      ).toEqual([sessions[1]!.id]);
      const toldA = await t.dataSource.manager.find(Notification, {
        where: { userId: a!.id, kind: NotificationKind.EventCancelled },
      });
      expect(toldA).toHaveLength(2);
      const view = await organizer.get<EventSeriesView>(`/event-series/${series.id}`);
      expect(view.body).toMatchObject({ published: 1, cancelled: 3, sessionCount: 4 });
      const twice = await organizer.post<ApiErrorBody>(`/events/${sessions[2]!.id}/cancel-following`);
      expect(twice.body.code).toBe(ErrorCode.Conflict);
    });
  });

  describe('signing up for the whole series', () => {
    it('takes a place in each session ahead that has one and waits where a session is full; retries hold nothing twice', async () => {
      const { series, sessions } = await publishedSeries(4);
      const [s1, s2, s3, s4] = sessions;
      // Session 2 is full; session 4 opens for sign-up next week.
      const [x, y, member] = await residents(t, 3);
      for (const p of [x, y]) expect((await p!.api.post(`/events/${s2!.id}/registrations`, {})).status).toBe(201);
      await organizer.patch(`/events/${s4!.id}`, { signupOpensAt: new Date(Date.now() + 7 * DAY).toISOString() });

      const before = await member!.api.get<EventView>(`/events/${s1!.id}/view`);
      expect(before.body.series).toEqual({
        id: series.id,
        index: 1,
        total: 4,
        weekdays: [2],
        openSessions: 3,
        mySessions: 0,
      });

      const signed = await member!.api.post<SeriesSignupResult>(`/event-series/${series.id}/registrations`, {
        dependents: [{ name: '小明', age: 8 }],
      });
      expect(signed.status).toBe(200);
      expect(signed.body.sessions.map((s) => [s.index, s.status])).toEqual([
        [1, 'confirmed'],
        [2, 'waiting'],
        [3, 'confirmed'],
      ]);
      expect(signed.body).toMatchObject({ confirmed: 2, waiting: 1, pendingApproval: 0 });
      const waitingView = await member!.api.get<EventView>(`/events/${s2!.id}/view`);
      expect(waitingView.body.myRegistration).toMatchObject({ status: 'waiting', waitingPosition: 1 });
      expect(waitingView.body.myRegistration?.dependents).toEqual([{ name: '小明', age: 8 }]);
      expect(waitingView.body.series).toMatchObject({ index: 2, mySessions: 3 });

      // Retried, and tapped five times at once: still one sign-up per session, no place taken twice.
      const retries = await Promise.all(
        Array.from({ length: 5 }, () =>
          member!.api.post<SeriesSignupResult>(`/event-series/${series.id}/registrations`, {}),
        ),
      );
      expect(retries.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect(retries.every((r) => r.body.sessions.length === 3)).toBe(true);
      expect(
        await liveOf(
          member!.id,
          sessions.map((s) => s.id),
        ),
      ).toHaveLength(3);
      expect((await rows(series.id)).map((e) => e.confirmedCount)).toEqual([1, 2, 1, 0]);
      // A single sign-up for a session already held says so.
      const single = await member!.api.post<ApiErrorBody>(`/events/${s3!.id}/registrations`, {});
      expect(single.body.code).toBe(ErrorCode.AlreadySignedUp);

      // The waiting list is per session: x cancels session 2, the member moves up there only.
      const xReg = await t.dataSource.manager.findOneByOrFail(Registration, { eventId: s2!.id, memberId: x!.id });
      expect((await x!.api.post(`/events/registrations/${xReg.id}/cancel`)).status).toBe(200);
      const promoted = await member!.api.get<EventView>(`/events/${s2!.id}/view`);
      expect(promoted.body.myRegistration?.status).toBe('confirmed');

      // Cancelling the series sign-up ends the member's sign-ups ahead; the places free up.
      const cancelled = await member!.api.post<SeriesSignupCancelResult>(
        `/event-series/${series.id}/registrations/cancel`,
      );
      expect(cancelled.body).toEqual({ seriesId: series.id, cancelled: 3, kept: 0 });
      expect(
        await liveOf(
          member!.id,
          sessions.map((s) => s.id),
        ),
      ).toHaveLength(0);
      expect((await rows(series.id)).map((e) => e.confirmedCount)).toEqual([0, 1, 0, 0]);
      const cancelledAgain = await member!.api.post<SeriesSignupCancelResult>(
        `/event-series/${series.id}/registrations/cancel`,
      );
      expect(cancelledAgain.body).toMatchObject({ cancelled: 0, kept: 0 });
      const mine = await member!.api.get<Page<RegistrationView>>('/events/registrations/mine?pageSize=100');
      expect(mine.body.items.filter((r) => r.status === 'cancelled')).toHaveLength(3);
    });

    it('settles many members signing up at once by each session’s capacity, the rest waiting in order', async () => {
      const { series, sessions } = await publishedSeries(3, { capacity: 3 });
      const people = await residents(t, 8);
      const results = await Promise.all(
        people.map((p) => p.api.post<SeriesSignupResult>(`/event-series/${series.id}/registrations`, {})),
      );
      expect(results.every((r) => r.status === 200 && r.body.sessions.length === 3)).toBe(true);
      for (const session of sessions) {
        const regs = await t.dataSource.manager.find(Registration, { where: { eventId: session.id } });
        expect(regs.filter((r) => r.status === 'confirmed')).toHaveLength(3);
        expect(
          regs
            .filter((r) => r.status === 'waiting')
            .map((r) => r.waitingPosition)
            .sort((a, b) => a! - b!),
        ).toEqual([1, 2, 3, 4, 5]);
      }
      expect((await rows(series.id)).map((e) => e.confirmedCount)).toEqual([3, 3, 3]);
    });

    it('is only for the series’ audience and for series members can see', async () => {
      const { series } = await publishedSeries(2);
      const [outsider] = await residents(t, 1, 'xingwang/g1/b2');
      const refused = await outsider!.api.post<ApiErrorBody>(`/event-series/${series.id}/registrations`, {});
      expect(refused.status).toBe(403);
      const draft = await organizer.post<EventSeriesView>(
        '/event-series',
        seriesBody(next(2, 2), { weekdays: [2], count: 2 }),
      );
      const [member] = await residents(t, 1);
      const hidden = await member!.api.post<ApiErrorBody>(`/event-series/${draft.body.id}/registrations`, {});
      expect(hidden.body.code).toBe(ErrorCode.EventNotFound);
      const unknown = await member!.api.post<ApiErrorBody>(`/event-series/not-an-id/registrations`, {});
      expect(unknown.body.code).toBe(ErrorCode.EventNotFound);
    });
  });
});
