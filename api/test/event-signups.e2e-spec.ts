import { publicKeyOf, verifyTicket } from '@tongxin/tickets';
import {
  type ApiErrorBody,
  ErrorCode,
  type EventRatingsSummary,
  type EventView,
  type ManagedEventSummary,
  NotificationKind,
  type NotificationView,
  type OfflineKit,
  type Page,
  type PointsBalance,
  type RegistrationView,
  type RosterEntry,
  type ScanResult,
  type TicketView,
} from '@tongxin/types';
import readXlsxFile from 'read-excel-file/node';

import { newId } from '../src/infra/database/ids';
import { Checkin } from '../src/modules/events/checkin.entity';
import { CommunityEvent } from '../src/modules/events/event.entity';
import { Registration } from '../src/modules/events/registration.entity';
import { PointsEntry } from '../src/modules/points/points-entry.entity';
import { demoPlaceId } from '../src/modules/seed/demo-data';
import { type Api, residents as makeResidents } from './factories/residents';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

const AJILAQIN = demoPlaceId('ajilaqin');

describe('events: capacity, waiting list, tickets and check-in', () => {
  let t: TestApp;
  let organizer: Api;

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0' });
    organizer = client(t.baseUrl, (await loginAs(t.baseUrl, 'organizer')).accessToken);
  });
  afterAll(() => t.close());

  const residents = (n: number) => makeResidents(t, n);

  async function event(capacity: number, startsInHours = 1, extra: object = {}): Promise<EventView> {
    const starts = new Date(Date.now() + startsInHours * 3_600_000);
    const created = await organizer.post<EventView>('/events', {
      placeId: AJILAQIN,
      title: '红石榴课堂·书法体验',
      type: 'class',
      description: '社区书法课',
      venue: '党群服务中心',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 2 * 3_600_000).toISOString(),
      capacity,
      pointsReward: 10,
      cancelDeadlineHours: 0,
      ...extra,
    });
    expect(created.status).toBe(201);
    const published = await organizer.post<EventView>(`/events/${created.body.id}/publish`);
    expect(published.body.status).toBe('published');
    return published.body;
  }

  it('confirms exactly the capacity of 200 simultaneous sign-ups and queues the rest in order', async () => {
    const e = await event(50);
    const people = await residents(200);
    const results = await Promise.all(
      people.map((p) => p.api.post<RegistrationView>(`/events/${e.id}/registrations`, {})),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const confirmed = results.filter((r) => r.body.status === 'confirmed');
    const waiting = results.filter((r) => r.body.status === 'waiting');
    expect([confirmed.length, waiting.length]).toEqual([50, 150]);
    const row = await t.dataSource.manager.findOneByOrFail(CommunityEvent, { id: e.id });
    expect(row.confirmedCount).toBe(50);
    const positions = (await t.dataSource.manager.find(Registration, { where: { eventId: e.id, status: 'waiting' } }))
      .map((r) => r.waitingPosition as number)
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));

    // One sign-up per member per event.
    const twice = await people[0].api.post<ApiErrorBody>(`/events/${e.id}/registrations`, {});
    expect(twice.body.code).toBe(ErrorCode.AlreadySignedUp);

    // A cancellation promotes the first of the waiting list.
    const first = await t.dataSource.manager.findOneByOrFail(Registration, {
      eventId: e.id,
      status: 'waiting',
      waitingPosition: 1,
    });
    const leaver = people[results.indexOf(confirmed[0])];
    const cancelled = await leaver.api.post<RegistrationView>(`/events/registrations/${confirmed[0].body.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    const promoted = await t.dataSource.manager.findOneByOrFail(Registration, { id: first.id });
    expect(promoted.status).toBe('confirmed');
    const mine = await people[results.indexOf(waiting[1])].api.get<{ items: RegistrationView[] }>(
      '/events/registrations/mine',
    );
    expect(mine.body.items[0].status === 'confirmed' || mine.body.items[0].waitingPosition! >= 1).toBe(true);
    expect((await t.dataSource.manager.findOneByOrFail(CommunityEvent, { id: e.id })).confirmedCount).toBe(50);
  });

  it('refuses a tampered or revoked ticket with a code and checks in a good one once', async () => {
    const e = await event(5, 0.5);
    const [a, b] = await residents(2);
    const regA = (await a.api.post<RegistrationView>(`/events/${e.id}/registrations`, {})).body;
    const regB = (await b.api.post<RegistrationView>(`/events/${e.id}/registrations`, {})).body;
    const ticketA = (await a.api.get<TicketView>(`/events/registrations/${regA.id}/ticket`)).body;
    const ticketB = (await b.api.get<TicketView>(`/events/registrations/${regB.id}/ticket`)).body;

    const kit = await organizer.get<OfflineKit>(`/events/${e.id}/offline-kit`);
    const key = Uint8Array.from(Buffer.from(kit.body.publicKey, 'base64url'));
    expect(verifyTicket(ticketA.token, key).ok).toBe(true);
    expect(key).toEqual(publicKeyOf(new Uint8Array(Buffer.alloc(32, 11))));
    // The window the scanner judges tickets by offline: the event's times as they are now, widened.
    expect(Date.parse(kit.body.checkinWindow.from)).toBeLessThan(Date.parse(e.startsAt));
    expect(Date.parse(kit.body.checkinWindow.until)).toBeGreaterThan(Date.parse(e.endsAt));

    const scan = (ticket: string, nonce = newId().replace(/-/g, '')) =>
      organizer.post<ScanResult & ApiErrorBody>(`/events/${e.id}/checkins`, { ticket, nonce });
    const tampered = `${ticketA.token.slice(0, 10)}${ticketA.token[10] === 'A' ? 'B' : 'A'}${ticketA.token.slice(11)}`;
    const refused = await scan(tampered);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 400, code: ErrorCode.TicketInvalid });

    await b.api.post(`/events/registrations/${regB.id}/cancel`);
    const revoked = await scan(ticketB.token);
    expect({ status: revoked.status, code: revoked.body.code }).toEqual({ status: 409, code: ErrorCode.TicketRevoked });
    const kitAfter = await organizer.get<OfflineKit>(`/events/${e.id}/offline-kit`);
    expect(kitAfter.body.revoked).toContain(regB.id);

    const nonce = newId().replace(/-/g, '');
    const ok = await scan(ticketA.token, nonce);
    expect(ok.body).toMatchObject({ outcome: 'checked_in', checkedInBy: '阿娜尔' });
    expect((await scan(ticketA.token, nonce)).body).toEqual(ok.body);
    const again = await scan(ticketA.token);
    expect(again.body).toMatchObject({
      outcome: 'already_checked_in',
      checkedInAt: ok.body.checkedInAt,
      checkedInBy: '阿娜尔',
    });

    // A kit downloaded now tells scanners A is already in; A's own list shows the end time, checked in, not yet rated.
    const kitLater = await organizer.get<OfflineKit>(`/events/${e.id}/offline-kit`);
    expect(kitLater.body.roster.find((r) => r.registrationId === regA.id)?.checkedInAt).toBe(ok.body.checkedInAt);
    const mine = await a.api.get<{ items: RegistrationView[] }>('/events/registrations/mine');
    expect(mine.body.items.find((r) => r.id === regA.id)).toMatchObject({
      eventEndsAt: e.endsAt,
      checkedInAt: ok.body.checkedInAt,
      rated: false,
    });

    // Ratings open when the event is over: attendees once each, nobody else.
    expect((await a.api.post<ApiErrorBody>(`/events/${e.id}/ratings`, { rating: 5 })).body.code).toBe(
      ErrorCode.EventNotOpen,
    );
    await t.dataSource.manager.update(CommunityEvent, { id: e.id }, { endsAt: new Date(Date.now() - 60_000) });
    expect((await a.api.post(`/events/${e.id}/ratings`, { rating: 5, comment: '书法老师很耐心' })).status).toBe(204);
    expect((await a.api.post<ApiErrorBody>(`/events/${e.id}/ratings`, { rating: 1 })).body.code).toBe(
      ErrorCode.Conflict,
    );
    expect((await b.api.post<ApiErrorBody>(`/events/${e.id}/ratings`, { rating: 1 })).body.code).toBe(
      ErrorCode.NotAnAttendee,
    );
    expect((await a.api.post<ApiErrorBody>(`/events/${e.id}/ratings`, { rating: 6 })).body.code).toBe(
      ErrorCode.ValidationFailed,
    );
    const summary = await organizer.get<EventRatingsSummary>(`/events/${e.id}/ratings`);
    expect(summary.body).toMatchObject({ average: 5, count: 1, comments: [{ rating: 5, comment: '书法老师很耐心' }] });
    const rated = await a.api.get<{ items: RegistrationView[] }>('/events/registrations/mine');
    expect(rated.body.items.find((r) => r.id === regA.id)?.rated).toBe(true);
  });

  it('takes a ticket made before the organizer moved the event, judged by the event’s times now', async () => {
    const e = await event(5, 48);
    const [early, late] = await residents(2);
    const tickets = [];
    for (const p of [early, late]) {
      const reg = (await p.api.post<RegistrationView>(`/events/${e.id}/registrations`, {})).body;
      tickets.push((await p.api.get<TicketView>(`/events/registrations/${reg.id}/ticket`)).body);
    }
    // Its own window starts in about two days: as the event stood, a scan now is too early.
    const scan = (token: string) =>
      organizer.post<ScanResult & ApiErrorBody>(`/events/${e.id}/checkins`, {
        ticket: token,
        nonce: newId().replace(/-/g, ''),
      });
    const tooEarly = await scan(tickets[0].token);
    expect({ code: tooEarly.body.code, outcome: tooEarly.body.details }).toMatchObject({
      code: ErrorCode.TicketInvalid,
      outcome: { outcome: 'outside_window' },
    });

    // Moved to start within the hour (the members are told): the tickets they already hold now let them in.
    const starts = new Date(Date.now() + 30 * 60_000);
    const moved = await organizer.patch(`/events/${e.id}`, {
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 2 * 3_600_000).toISOString(),
    });
    expect(moved.status).toBe(200);
    expect((await scan(tickets[1].token)).body.outcome).toBe('checked_in');

    // Moved away again: the event's window has not begun, and neither has the ticket's.
    const later = new Date(Date.now() + 72 * 3_600_000);
    await organizer.patch(`/events/${e.id}`, {
      startsAt: later.toISOString(),
      endsAt: new Date(later.getTime() + 3_600_000).toISOString(),
    });
    expect((await scan(tickets[0].token)).body.code).toBe(ErrorCode.TicketInvalid);
  });

  it('counts 300 tickets once across three scanners and a replayed offline batch, paying each once', async () => {
    const e = await event(300, 0.5);
    const people = await residents(300);
    const regs = await Promise.all(
      people.map((p) => p.api.post<RegistrationView>(`/events/${e.id}/registrations`, {})),
    );
    const tickets = await Promise.all(
      people.map((p, i) => p.api.get<TicketView>(`/events/registrations/${regs[i].body.id}/ticket`)),
    );
    // Three devices at three doors: the organizer's phone, a second phone on the organizer's account, and staff.
    const scanners = [
      organizer,
      client(t.baseUrl, (await loginAs(t.baseUrl, 'organizer')).accessToken),
      client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken),
    ];
    const nonce = (scanner: number, i: number) => `s${scanner}-${i}-${e.id.slice(0, 8)}`;
    await Promise.all(
      scanners.map((api, s) =>
        Promise.all(
          tickets.map((tk, i) =>
            api.post<ScanResult>(`/events/${e.id}/checkins`, { ticket: tk.body.token, nonce: nonce(s, i) }),
          ),
        ),
      ),
    );
    const batch = tickets.map((tk, i) => ({
      ticket: tk.body.token,
      nonce: `off-${i}-${e.id.slice(0, 8)}`,
      scannedAt: new Date().toISOString(),
    }));
    const upload = await scanners[1].post<ScanResult[]>(`/events/${e.id}/checkins/batch`, { scans: batch });
    expect(upload.status).toBe(200);
    expect(upload.body.every((r) => r.outcome === 'already_checked_in' && r.needsReview)).toBe(true);
    const replay = await scanners[1].post<ScanResult[]>(`/events/${e.id}/checkins/batch`, { scans: batch });
    expect(replay.body).toEqual(upload.body);

    const live = await t.dataSource.manager.count(Checkin, { where: { eventId: e.id } });
    expect(live).toBe(300);
    const paid = await t.dataSource.manager.count(PointsEntry, { where: { sourceId: e.id, source: 'event_attended' } });
    expect(paid).toBe(300);
    const balance = await people[0].api.get<PointsBalance>('/points/me');
    expect(balance.body.balance).toBe(10);
  }, 180_000);

  it('checks in by name, undoes within minutes, exports CSV with a BOM and an Excel workbook', async () => {
    const e = await event(3, 0.5);
    const [a] = await residents(1);
    const reg = (
      await a.api.post<RegistrationView>(`/events/${e.id}/registrations`, { dependents: [{ name: '小石榴', age: 7 }] })
    ).body;
    const roster = await organizer.get<RosterEntry[]>(`/events/${e.id}/roster?q=居民`);
    expect(roster.body.map((r) => r.registrationId)).toContain(reg.id);
    const manual = await organizer.post<ScanResult>(`/events/${e.id}/checkins/manual`, {
      registrationId: reg.id,
      nonce: `manual-${reg.id.slice(0, 8)}`,
    });
    expect(manual.body.outcome).toBe('checked_in');
    const checkin = await t.dataSource.manager.findOneByOrFail(Checkin, { registrationId: reg.id });
    expect((await organizer.delete(`/events/${e.id}/checkins/${checkin.id}`)).status).toBe(204);
    // In again after the undo: a new check-in, and the attendance points are not paid twice.
    const again = await organizer.post<ScanResult>(`/events/${e.id}/checkins/manual`, {
      registrationId: reg.id,
      nonce: `again-${reg.id.slice(0, 8)}`,
    });
    expect(again.body.outcome).toBe('checked_in');
    expect(await t.dataSource.manager.count(PointsEntry, { where: { memberId: a.id, sourceId: e.id } })).toBe(1);
    expect((await a.api.get<PointsBalance>('/points/me')).body.balance).toBe(10);
    const csv = await fetch(`${t.baseUrl}/api/events/${e.id}/attendance.csv`, {
      headers: { authorization: `Bearer ${(await loginAs(t.baseUrl, 'organizer')).accessToken}` },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes).toString('utf8')).toContain('小石榴(7岁)');

    // The same table as an Excel workbook (what WeChat's document viewer opens on the organizer's phone).
    const xlsx = await fetch(`${t.baseUrl}/api/events/${e.id}/attendance.xlsx`, {
      headers: { authorization: `Bearer ${(await loginAs(t.baseUrl, 'organizer')).accessToken}` },
    });
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [sheet] = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheet.data[0]).toEqual([
      '姓名',
      '手机',
      '报名状态',
      '随行人员',
      '签到时间',
      '签到人',
      '本场缺席',
      '累计缺席',
    ]);
    const mine = sheet.data.find((r) => r[3] === '小石榴(7岁)');
    expect(mine?.slice(2, 4)).toEqual(['已报名', '小石榴(7岁)']);
    expect(mine?.[4]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const outsider = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-xingwang')).accessToken);
    expect((await outsider.get(`/events/${e.id}/attendance.xlsx`)).status).toBe(403);
  });

  it('checks in when the attendance points hit their cap, paying nothing and recording the check-in', async () => {
    const staff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken);
    const rule = (cap: number | null) =>
      staff.put(`/points/rules/${AJILAQIN}/event_attended`, {
        points: 10,
        dailyCap: cap,
        monthlyCap: null,
        enabled: true,
      });
    expect((await rule(5)).status).toBe(200);
    try {
      const e = await event(3, 0.5);
      const [a] = await residents(1);
      const reg = (await a.api.post<RegistrationView>(`/events/${e.id}/registrations`, {})).body;
      const ticket = (await a.api.get<TicketView>(`/events/registrations/${reg.id}/ticket`)).body;
      const scan = await organizer.post<ScanResult>(`/events/${e.id}/checkins`, {
        ticket: ticket.token,
        nonce: `cap-${reg.id.slice(0, 8)}`,
      });
      expect(scan.body.outcome).toBe('checked_in');
      expect(await t.dataSource.manager.count(Checkin, { where: { registrationId: reg.id } })).toBe(1);
      expect(await t.dataSource.manager.count(PointsEntry, { where: { memberId: a.id } })).toBe(0);
      expect((await a.api.get<PointsBalance>('/points/me')).body.balance).toBe(0);
    } finally {
      expect((await rule(null)).status).toBe(200);
    }
  });

  describe('attendance that cannot be farmed', () => {
    const ticketOf = async (api: Api, registrationId: string) =>
      (await api.get<TicketView>(`/events/registrations/${registrationId}/ticket`)).body.token;
    const signUp = async (api: Api, eventId: string) =>
      (await api.post<RegistrationView>(`/events/${eventId}/registrations`, {})).body;
    const attendancePaid = (memberId: string, eventId: string) =>
      t.dataSource.manager.count(PointsEntry, { where: { memberId, sourceId: eventId, source: 'event_attended' } });

    it('lets nobody check themselves in, by scan or by name', async () => {
      const e = await event(5, 0.5);
      const reg = await signUp(organizer, e.id);
      expect(reg.status).toBe('confirmed');
      const scan = await organizer.post<ApiErrorBody>(`/events/${e.id}/checkins`, {
        ticket: await ticketOf(organizer, reg.id),
        nonce: `self-scan-${reg.id.slice(0, 8)}`,
      });
      expect([scan.status, scan.body.code]).toEqual([403, ErrorCode.SelfCheckin]);
      const manual = await organizer.post<ApiErrorBody>(`/events/${e.id}/checkins/manual`, {
        registrationId: reg.id,
        nonce: `self-manual-${reg.id.slice(0, 8)}`,
      });
      expect([manual.status, manual.body.code]).toEqual([403, ErrorCode.SelfCheckin]);
      expect(await t.dataSource.manager.count(Checkin, { where: { registrationId: reg.id } })).toBe(0);
    });

    it('checks in by name only within the window a ticket scan has', async () => {
      const e = await event(5, 24);
      const [a] = await residents(1);
      const reg = await signUp(a.api, e.id);
      const early = await organizer.post<ApiErrorBody>(`/events/${e.id}/checkins/manual`, {
        registrationId: reg.id,
        nonce: `early-${reg.id.slice(0, 8)}`,
      });
      expect([early.status, early.body.code]).toEqual([409, ErrorCode.OutsideCheckinWindow]);
      expect(await t.dataSource.manager.count(Checkin, { where: { registrationId: reg.id } })).toBe(0);
      expect(await attendancePaid(a.id, e.id)).toBe(0);
    });

    it('pays an event’s organizers nothing for attending it', async () => {
      const e = await event(5, 0.5);
      const staffToken = (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken;
      const staff = client(t.baseUrl, staffToken);
      const staffId = (await staff.get<{ id: string }>('/me')).body.id;
      const organizerId = (await organizer.get<{ id: string }>('/me')).body.id;
      // Staff hold event rights on the community; the organizer created the event. Each checks the other in.
      const staffReg = await signUp(staff, e.id);
      const organizerReg = await signUp(organizer, e.id);
      const byOrganizer = await organizer.post<ScanResult>(`/events/${e.id}/checkins`, {
        ticket: await ticketOf(staff, staffReg.id),
        nonce: `org-${staffReg.id.slice(0, 8)}`,
      });
      const byStaff = await staff.post<ScanResult>(`/events/${e.id}/checkins/manual`, {
        registrationId: organizerReg.id,
        nonce: `staff-${organizerReg.id.slice(0, 8)}`,
      });
      expect([byOrganizer.body.outcome, byStaff.body.outcome]).toEqual(['checked_in', 'checked_in']);
      expect([await attendancePaid(staffId, e.id), await attendancePaid(organizerId, e.id)]).toEqual([0, 0]);
      // An ordinary attendee of the same event is paid.
      const [a] = await residents(1);
      const reg = await signUp(a.api, e.id);
      await organizer.post(`/events/${e.id}/checkins/manual`, {
        registrationId: reg.id,
        nonce: `a-${reg.id.slice(0, 8)}`,
      });
      expect(await attendancePaid(a.id, e.id)).toBe(1);
    });

    it('pays attendance once per member and event, whatever happens to the sign-up', async () => {
      const e = await event(5, 0.5);
      const [a] = await residents(1);
      for (const round of [1, 2]) {
        const reg = await signUp(a.api, e.id);
        expect(reg.status).toBe('confirmed');
        const scan = await organizer.post<ScanResult>(`/events/${e.id}/checkins`, {
          ticket: await ticketOf(a.api, reg.id),
          nonce: `again-${round}-${reg.id.slice(0, 8)}`,
        });
        expect(scan.body.outcome).toBe('checked_in');
        // Cancelled after the check-in, then signed up again.
        expect((await a.api.post<RegistrationView>(`/events/registrations/${reg.id}/cancel`)).body.status).toBe(
          'cancelled',
        );
      }
      expect(await attendancePaid(a.id, e.id)).toBe(1);
      expect((await a.api.get<PointsBalance>('/points/me')).body.balance).toBe(10);
    });
  });

  it('lets the organizer approve or turn down sign-ups that need approval, telling each member, for this event only', async () => {
    const e = await event(1, 24, { needsApproval: true });
    const [a, b, c] = await residents(3);
    const regs = [];
    for (const p of [a, b, c]) {
      const reg = (await p.api.post<RegistrationView>(`/events/${e.id}/registrations`, {})).body;
      expect(reg.status).toBe('pending_approval');
      regs.push(reg);
    }
    const decide = (decision: 'approve' | 'reject', reg: RegistrationView, eventId = e.id, api = organizer) =>
      api.post<RegistrationView & ApiErrorBody>(`/events/${eventId}/registrations/${reg.id}/${decision}`);
    const lastNotice = async (p: { api: Api }) =>
      (await p.api.get<Page<NotificationView>>('/notifications/mine')).body.items[0];

    expect((await decide('approve', regs[0])).body.status).toBe('confirmed');
    expect(await lastNotice(a)).toMatchObject({
      kind: NotificationKind.EventApproved,
      eventId: e.id,
      body: expect.stringContaining('请准时参加'),
    });
    // Full now: the next one approved waits, first in line.
    expect((await decide('approve', regs[1])).body).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    expect((await lastNotice(b)).body).toContain('候补第 1 位');
    expect((await decide('reject', regs[2])).body.status).toBe('rejected');
    expect(await lastNotice(c)).toMatchObject({ kind: NotificationKind.EventRejected, title: '报名未通过' });
    // Decided once: a second decision is a conflict and tells nobody again.
    expect((await decide('approve', regs[2])).body.code).toBe(ErrorCode.Conflict);
    expect((await c.api.get<Page<NotificationView>>('/notifications/mine')).body.total).toBe(1);

    // An organizer elsewhere cannot reach this event's sign-ups through an event of their own.
    const other = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-xingwang')).accessToken);
    const own = await other.post<EventView>('/events', {
      placeId: demoPlaceId('xingwang'),
      title: '兴旺社区·议事会',
      type: 'talk',
      description: '议一议',
      venue: '兴旺社区党群服务中心',
      startsAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 50 * 3_600_000).toISOString(),
      capacity: 10,
      pointsReward: 0,
    });
    expect(own.status).toBe(201);
    const [d] = await residents(1);
    const pending = (await d.api.post<RegistrationView>(`/events/${e.id}/registrations`, {})).body;
    for (const decision of ['approve', 'reject'] as const) {
      expect((await decide(decision, pending, own.body.id, other)).status).toBe(404);
    }
    expect((await t.dataSource.manager.findOneByOrFail(Registration, { id: pending.id })).status).toBe(
      'pending_approval',
    );
  });

  it('keeps other communities’ members and other places’ organizers out', async () => {
    const e = await event(3);
    const outsider = client(t.baseUrl, (await loginAs(t.baseUrl, 'resident-2')).accessToken);
    expect((await outsider.post<ApiErrorBody>(`/events/${e.id}/registrations`, {})).status).toBe(403);
    const otherStaff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-xingwang')).accessToken);
    expect((await otherStaff.get(`/events/${e.id}/roster`)).status).toBe(403);
    expect(
      (await otherStaff.post(`/events/${e.id}/checkins`, { ticket: 'TX1.aaaaaaaaaaaa.bbbb', nonce: 'abcdefgh1' }))
        .status,
    ).toBe(403);
  });

  it('lists an organizer’s events of every status, newest first, filtered by status and place', async () => {
    const published = await event(5, 48);
    const draft = await organizer.post<EventView>('/events', {
      placeId: AJILAQIN,
      title: '邻里议事会·草稿',
      type: 'talk',
      description: '议一议楼道停车',
      venue: '二楼会议室',
      startsAt: new Date(Date.now() + 72 * 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 73 * 3_600_000).toISOString(),
      capacity: 30,
      pointsReward: 0,
    });
    expect(draft.status).toBe(201);
    const cancelled = await event(5, 24);
    expect((await organizer.post<EventView>(`/events/${cancelled.id}/cancel`)).body.status).toBe('cancelled');

    const all = await organizer.get<Page<ManagedEventSummary>>('/events/managed?pageSize=50');
    expect(all.status).toBe(200);
    const byId = new Map(all.body.items.map((e) => [e.id, e]));
    expect(byId.get(draft.body.id)).toMatchObject({ status: 'draft', confirmedCount: 0, placeName: '阿吉拉沁社区' });
    expect(byId.get(published.id)?.status).toBe('published');
    expect(byId.get(cancelled.id)?.status).toBe('cancelled');
    const starts = all.body.items.map((e) => Date.parse(e.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));

    const drafts = await organizer.get<Page<ManagedEventSummary>>(`/events/managed?status=draft&placeId=${AJILAQIN}`);
    expect(drafts.body.items.map((e) => e.id)).toContain(draft.body.id);
    expect(drafts.body.items.every((e) => e.status === 'draft')).toBe(true);
    const second = await organizer.get<Page<ManagedEventSummary>>('/events/managed?pageSize=1&page=2');
    expect(second.body).toMatchObject({ total: all.body.total, pageSize: 1 });
    expect(second.body.items[0].id).toBe(all.body.items[1].id);

    // Other places' staff do not see them; a place one does not manage and members without the role are refused.
    const otherStaff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-xingwang')).accessToken);
    const theirs = await otherStaff.get<Page<ManagedEventSummary>>('/events/managed?pageSize=50');
    expect(theirs.status).toBe(200);
    expect(theirs.body.items.map((e) => e.id)).not.toContain(draft.body.id);
    expect((await otherStaff.get<ApiErrorBody>(`/events/managed?placeId=${AJILAQIN}`)).body.code).toBe(
      ErrorCode.Forbidden,
    );
    const resident = client(t.baseUrl, (await loginAs(t.baseUrl, 'resident')).accessToken);
    expect((await resident.get<ApiErrorBody>('/events/managed')).body.code).toBe(ErrorCode.Forbidden);
    expect((await organizer.get<ApiErrorBody>('/events/managed?status=finished')).body.code).toBe(
      ErrorCode.ValidationFailed,
    );
  });
});
