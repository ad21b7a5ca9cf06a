import {
  type AdjustVolunteerHoursRequest,
  type ApiErrorBody,
  type AuditLogEntry,
  ErrorCode,
  type EventView,
  type IssueVolunteerCertificateRequest,
  type MallItemView,
  type OfflineKit,
  type Page,
  type PointsBalance,
  PointsSource,
  type RegistrationView,
  type RosterEntry,
  ScanOutcome,
  type ScanResult,
  type TicketView,
  type VolunteerCertificateView,
  type VolunteerHoursAdjustmentView,
  type VolunteerHoursPage,
} from '@tongxin/types';

import { newId } from '../src/infra/database/ids';
import { chinaMinute } from '../src/infra/time/china-time';
import { Checkin } from '../src/modules/events/checkin.entity';
import { CommunityEvent } from '../src/modules/events/event.entity';
import { VolunteerCertificate } from '../src/modules/events/volunteer-certificate.entity';
import { VolunteerHours } from '../src/modules/events/volunteer-hours.entity';
import { PointsEntry } from '../src/modules/points/points-entry.entity';
import { demoPlaceId, demoUserId } from '../src/modules/seed/demo-data';
import { type Api, residents as makeResidents } from './factories/residents';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

const AJILAQIN = demoPlaceId('ajilaqin');
const MINUTE = 60_000;

interface Volunteer {
  id: string;
  api: Api;
  token: string;
  registrationId: string;
  ticket: string;
}

describe('volunteer hours: 签退, adjustments, points once, records and certificates', () => {
  let t: TestApp;
  let organizer: Api;
  let staff: Api;
  let otherStaff: Api;

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0' });
    organizer = client(t.baseUrl, (await loginAs(t.baseUrl, 'organizer')).accessToken);
    staff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken);
    otherStaff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-xingwang')).accessToken);
  });
  afterAll(() => t.close());

  const nonce = () => newId().replace(/-/g, '');

  /**
   * A 2-hour volunteer day on 阿吉拉沁 that `people` sign up for while it is ahead; then it is moved so that it
   * started 150 minutes ago (ended 30 minutes ago), as if the day had been held. Tickets are fetched afterwards.
   */
  async function volunteerDay(people: number, type: 'volunteer' | 'class' = 'volunteer') {
    const ahead = new Date(Date.now() + 3_600_000);
    const created = await organizer.post<EventView>('/events', {
      placeId: AJILAQIN,
      title: '“石榴籽”志愿服务日·楼道清理',
      type,
      description: '志愿者清理楼道杂物',
      venue: '阿吉拉沁社区1号楼',
      startsAt: ahead.toISOString(),
      endsAt: new Date(ahead.getTime() + 120 * MINUTE).toISOString(),
      capacity: 50,
      pointsReward: 0,
      cancelDeadlineHours: 0,
    });
    expect(created.status).toBe(201);
    await organizer.post(`/events/${created.body.id}/publish`);
    const volunteers: Volunteer[] = [];
    for (const person of await makeResidents(t, people)) {
      const reg = await person.api.post<RegistrationView>(`/events/${created.body.id}/registrations`, {});
      expect(reg.body.status).toBe('confirmed');
      volunteers.push({ ...person, registrationId: reg.body.id, ticket: '' });
    }
    const start = new Date(Date.now() - 150 * MINUTE);
    await t.dataSource.manager.update(
      CommunityEvent,
      { id: created.body.id },
      { startsAt: start, endsAt: new Date(start.getTime() + 120 * MINUTE), signupClosesAt: null },
    );
    for (const v of volunteers) {
      v.ticket = (await v.api.get<TicketView>(`/events/registrations/${v.registrationId}/ticket`)).body.token;
    }
    const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);
    return { id: created.body.id, volunteers, at };
  }

  /** An offline scanner's upload of one scan made at `at` (its own clock). */
  async function upload(kind: 'checkins' | 'checkouts', eventId: string, v: Volunteer, at: Date, by = organizer) {
    const res = await by.post<ScanResult[]>(`/events/${eventId}/${kind}/batch`, {
      scans: [{ ticket: v.ticket, nonce: nonce(), scannedAt: at.toISOString() }],
    });
    expect(res.status).toBe(200);
    return res.body[0];
  }

  const volunteerEntries = (memberId: string) =>
    t.dataSource.manager.find(PointsEntry, { where: { memberId, source: PointsSource.VolunteerHours } });
  const balance = async (v: Volunteer) => (await v.api.get<PointsBalance>('/points/me')).body.balance;

  it('counts out − in at 签退, capped at the event’s length, and pays the rule’s points per hour once', async () => {
    const day = await volunteerDay(2);
    const [a, b] = day.volunteers;
    expect((await upload('checkins', day.id, a, day.at(5))).outcome).toBe(ScanOutcome.CheckedIn);
    const out = await upload('checkouts', day.id, a, day.at(100));
    expect(out).toMatchObject({ outcome: ScanOutcome.CheckedOut, volunteerMinutes: 95, needsReview: false });
    expect(out.checkedOutAt).toBe(day.at(100).toISOString());
    expect(out.attendee?.name).toMatch(/^居民/);

    // In an hour before the start, out (online, now) long after the end: 4 hours at the door, 2 counted.
    await upload('checkins', day.id, b, day.at(-60));
    const online = await organizer.post<ScanResult>(`/events/${day.id}/checkouts`, {
      ticket: b.ticket,
      nonce: nonce(),
    });
    expect(online.status).toBe(200);
    expect(online.body).toMatchObject({ outcome: ScanOutcome.CheckedOut, volunteerMinutes: 120 });

    // 5 points an hour by default, whole points: 95 minutes → 7, 120 → 10.
    expect((await volunteerEntries(a.id)).map((e) => [e.amount, e.idempotencyKey])).toEqual([
      [7, `volunteer-hours:${a.registrationId}`],
    ]);
    expect((await volunteerEntries(b.id)).map((e) => e.amount)).toEqual([10]);
    expect([await balance(a), await balance(b)]).toEqual([7, 10]);

    const record = await a.api.get<VolunteerHoursPage>('/me/volunteer-hours');
    expect(record.status).toBe(200);
    expect(record.body).toMatchObject({ total: 1, totalMinutes: 95, totalHours: 1.6, totalPoints: 7, hasMore: false });
    expect(record.body.items[0]).toMatchObject({
      eventId: day.id,
      registrationId: a.registrationId,
      placeName: '阿吉拉沁社区',
      minutes: 95,
      hours: 1.6,
      points: 7,
      adjusted: false,
      checkedInAt: day.at(5).toISOString(),
      checkedOutAt: day.at(100).toISOString(),
    });

    // The roster and the offline kit carry the 签退 and the time counted.
    const roster = await organizer.get<RosterEntry[]>(`/events/${day.id}/roster`);
    expect(roster.body.find((r) => r.registrationId === a.registrationId)).toMatchObject({
      checkedOutAt: day.at(100).toISOString(),
      volunteerMinutes: 95,
    });
    const kit = await organizer.get<OfflineKit>(`/events/${day.id}/offline-kit`);
    expect(kit.body.volunteer).toBe(true);
    expect(kit.body.roster.find((r) => r.registrationId === b.registrationId)?.checkedOutAt).toBeTruthy();
    // So does the attendance export: 签退 and hours (95 minutes → 1.58 h) for the volunteer day.
    const csv = await organizer.get<string>(`/events/${day.id}/attendance.csv`);
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('姓名,手机,报名状态,随行人员,签到时间,签到人,本场缺席,累计缺席,签退时间,服务时长（小时）');
    expect(lines.some((line) => line.endsWith(`,${chinaMinute(day.at(100))},1.58`))).toBe(true);

    // A check-in that has a 签退 stands: the time is corrected by an adjustment, not by undoing it.
    const checkin = await t.dataSource.manager.findOneByOrFail(Checkin, { registrationId: a.registrationId });
    const undo = await organizer.delete<ApiErrorBody>(`/events/${day.id}/checkins/${checkin.id}`);
    expect([undo.status, undo.body.code]).toEqual([409, ErrorCode.Conflict]);
  });

  it('refuses a 签退 before its check-in, without one, and at events that are not volunteer days', async () => {
    const day = await volunteerDay(3);
    const [early, never, future] = day.volunteers;
    await upload('checkins', day.id, early, day.at(60));
    const before = await upload('checkouts', day.id, early, day.at(30));
    expect(before).toMatchObject({ outcome: ScanOutcome.CheckoutBeforeCheckin, needsReview: true });

    const none = await organizer.post<ApiErrorBody>(`/events/${day.id}/checkouts`, {
      ticket: never.ticket,
      nonce: nonce(),
    });
    expect([none.status, none.body.code]).toEqual([409, ErrorCode.NotCheckedIn]);
    const noneOffline = await upload('checkouts', day.id, never, day.at(100));
    expect(noneOffline).toMatchObject({ outcome: ScanOutcome.NotCheckedIn, needsReview: true });

    // Checked in by a scanner whose clock runs ahead: 签退 now is before it.
    await upload('checkins', day.id, future, new Date(Date.now() + 30 * MINUTE));
    const online = await organizer.post<ApiErrorBody>(`/events/${day.id}/checkouts`, {
      ticket: future.ticket,
      nonce: nonce(),
    });
    expect([online.status, online.body.code]).toEqual([409, ErrorCode.CheckoutBeforeCheckin]);
    expect(await t.dataSource.manager.count(VolunteerHours, { where: { eventId: day.id } })).toBe(0);
    expect(await volunteerEntries(early.id)).toEqual([]);

    const lesson = await volunteerDay(1, 'class');
    await upload('checkins', lesson.id, lesson.volunteers[0], lesson.at(5));
    const notVolunteer = await organizer.post<ApiErrorBody>(`/events/${lesson.id}/checkouts`, {
      ticket: lesson.volunteers[0].ticket,
      nonce: nonce(),
    });
    expect([notVolunteer.status, notVolunteer.body.code]).toEqual([409, ErrorCode.NotVolunteerEvent]);
  });

  it('pays exactly once across retries, re-uploads and check-outs at once', async () => {
    const day = await volunteerDay(1);
    const [v] = day.volunteers;
    await upload('checkins', day.id, v, day.at(0));
    const scanners = [organizer, staff];
    const nonces = Array.from({ length: 6 }, nonce);
    const batch = { scans: [{ ticket: v.ticket, nonce: nonces[5], scannedAt: day.at(90).toISOString() }] };
    const [uploaded, ...online] = await Promise.all([
      staff.post<ScanResult[]>(`/events/${day.id}/checkouts/batch`, batch),
      ...nonces
        .slice(0, 5)
        .map((n, i) => scanners[i % 2].post<ScanResult>(`/events/${day.id}/checkouts`, { ticket: v.ticket, nonce: n })),
    ]);
    const outcomes = [uploaded.body[0].outcome, ...online.map((r) => r.body.outcome)];
    expect(outcomes.filter((o) => o === ScanOutcome.CheckedOut)).toHaveLength(1);
    expect(outcomes.filter((o) => o === ScanOutcome.AlreadyCheckedOut)).toHaveLength(5);
    const winner = [uploaded.body[0], ...online.map((r) => r.body)].find((r) => r.outcome === ScanOutcome.CheckedOut);

    // The same nonces again (a lost answer, the offline queue sent twice) answer as the first time.
    const retried = await Promise.all(
      nonces
        .slice(0, 5)
        .map((n) => organizer.post<ScanResult>(`/events/${day.id}/checkouts`, { ticket: v.ticket, nonce: n })),
    );
    expect(retried.map((r) => r.body.outcome)).toEqual(online.map((r) => r.body.outcome));
    const again = await organizer.post<ScanResult[]>(`/events/${day.id}/checkouts/batch`, batch);
    expect(again.body[0].outcome).toBe(uploaded.body[0].outcome);

    const entries = await volunteerEntries(v.id);
    expect(entries).toHaveLength(1);
    const counted = await t.dataSource.manager.findOneByOrFail(VolunteerHours, { registrationId: v.registrationId });
    expect(counted.minutes).toBe(winner?.volunteerMinutes);
    expect(entries[0].amount).toBe(counted.pointsPaid);
    expect(await balance(v)).toBe(counted.pointsPaid);
    expect(await t.dataSource.manager.count(VolunteerHours, { where: { eventId: day.id } })).toBe(1);
  });

  it('lets nobody check themselves out or adjust their own hours; organizers’ hours count but pay nothing', async () => {
    const day = await volunteerDay(0);
    await t.dataSource.manager.update(
      CommunityEvent,
      { id: day.id },
      { startsAt: new Date(Date.now() + 3_600_000), endsAt: new Date(Date.now() + 3 * 3_600_000) },
    );
    const own = await organizer.post<RegistrationView>(`/events/${day.id}/registrations`, {});
    expect(own.body.status).toBe('confirmed');
    const ticket = (await organizer.get<TicketView>(`/events/registrations/${own.body.id}/ticket`)).body.token;
    expect((await staff.post<ScanResult>(`/events/${day.id}/checkins`, { ticket, nonce: nonce() })).status).toBe(200);

    const self = await organizer.post<ApiErrorBody>(`/events/${day.id}/checkouts`, { ticket, nonce: nonce() });
    expect([self.status, self.body.code]).toEqual([403, ErrorCode.SelfCheckin]);
    const selfByName = await organizer.post<ApiErrorBody>(`/events/${day.id}/checkouts/manual`, {
      registrationId: own.body.id,
      nonce: nonce(),
    });
    expect([selfByName.status, selfByName.body.code]).toEqual([403, ErrorCode.SelfCheckin]);
    const selfAdjust = await organizer.post<ApiErrorBody>(
      `/events/${day.id}/registrations/${own.body.id}/hour-adjustments`,
      {
        minutes: 60,
        reason: '给自己补时长',
      } satisfies AdjustVolunteerHoursRequest,
    );
    expect([selfAdjust.status, selfAdjust.body.code]).toEqual([403, ErrorCode.SelfAward]);
    expect(await t.dataSource.manager.count(VolunteerHours, { where: { registrationId: own.body.id } })).toBe(0);

    // Another organizer checks them out by name: the time is counted, the rule pays its organizers nothing.
    const byStaff = await staff.post<ScanResult>(`/events/${day.id}/checkouts/manual`, {
      registrationId: own.body.id,
      nonce: nonce(),
    });
    expect(byStaff.body.outcome).toBe(ScanOutcome.CheckedOut);
    const counted = await t.dataSource.manager.findOneByOrFail(VolunteerHours, { registrationId: own.body.id });
    expect(counted.pointsPaid).toBe(0);
    expect(await volunteerEntries(demoUserId('organizer'))).toEqual([]);
  });

  it('audits an adjustment, keeps its history and pays or takes back only the difference, once', async () => {
    const day = await volunteerDay(3);
    const [v, late, never] = day.volunteers;
    await upload('checkins', day.id, v, day.at(0));
    await upload('checkouts', day.id, v, day.at(95)); // 95 min → 7 points
    const adjust = (who: Volunteer, body: AdjustVolunteerHoursRequest, by = organizer) =>
      by.post<VolunteerHoursAdjustmentView & ApiErrorBody>(
        `/events/${day.id}/registrations/${who.registrationId}/hour-adjustments`,
        body,
      );

    const up = await adjust(v, { minutes: 120, reason: '提前到场布置，补记时长' });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ minutesBefore: 95, minutesAfter: 120, pointsDelta: 3, actorName: '阿娜尔' });
    const same = await adjust(v, { minutes: 120, reason: '再次确认时长' });
    expect(same.body.pointsDelta).toBe(0);
    const down = await adjust(v, { minutes: 60, reason: '中途离开一小时' });
    expect(down.body.pointsDelta).toBe(-5);
    expect(await balance(v)).toBe(5);

    // Two organizers at once: each pays its own difference, and the record ends paid for what it counts.
    const [x, y] = await Promise.all([
      adjust(v, { minutes: 90, reason: '按签到表核对' }),
      adjust(v, { minutes: 30, reason: '按照片核对' }, staff),
    ]);
    expect([x.status, y.status]).toEqual([201, 201]);
    const counted = await t.dataSource.manager.findOneByOrFail(VolunteerHours, { registrationId: v.registrationId });
    expect([30, 90]).toContain(counted.minutes);
    expect(counted.pointsPaid).toBe(Math.floor((counted.minutes * 5) / 60));
    const entries = await volunteerEntries(v.id);
    expect(entries.reduce((sum, e) => sum + e.amount, 0)).toBe(counted.pointsPaid);
    expect(new Set(entries.map((e) => e.idempotencyKey)).size).toBe(entries.length);
    expect(await balance(v)).toBe(counted.pointsPaid);

    const history = await organizer.get<Page<VolunteerHoursAdjustmentView>>(
      `/events/${day.id}/registrations/${v.registrationId}/hour-adjustments?pageSize=2`,
    );
    expect(history.body).toMatchObject({ total: 5, hasMore: true });
    expect(history.body.items.map((a) => a.minutesAfter)).toContain(counted.minutes);
    const audit = await staff.get<Page<AuditLogEntry>>('/audit-logs?pageSize=100');
    const adjustments = audit.body.items.filter((a) => a.action === 'volunteer.hours.adjust');
    expect(adjustments).toHaveLength(5);
    expect(adjustments[0].details).toMatchObject({ registrationId: v.registrationId, memberId: v.id });

    // The volunteer sees the time and the latest reason.
    const mine = await v.api.get<VolunteerHoursPage>('/me/volunteer-hours');
    expect(mine.body.items[0]).toMatchObject({ minutes: counted.minutes, adjusted: true, points: counted.pointsPaid });
    expect(['按签到表核对', '按照片核对']).toContain(mine.body.items[0].adjustmentReason);

    // Checked in, never out: the organizer sets the time, paid once under the registration's key; the late 签退
    // is recorded and leaves the organizer's time as it is.
    await upload('checkins', day.id, late, day.at(10));
    const set = await adjust(late, { minutes: 60, reason: '忘记签退，按实际补记' });
    expect(set.body).toMatchObject({ minutesBefore: 0, minutesAfter: 60, pointsDelta: 5 });
    expect((await upload('checkouts', day.id, late, day.at(110))).outcome).toBe(ScanOutcome.CheckedOut);
    expect((await volunteerEntries(late.id)).map((e) => [e.amount, e.idempotencyKey])).toEqual([
      [5, `volunteer-hours:${late.registrationId}`],
    ]);
    expect(
      (await t.dataSource.manager.findOneByOrFail(VolunteerHours, { registrationId: late.registrationId })).minutes,
    ).toBe(60);

    // Refused: more than the event lasted, no reason, a reason others should not read, nobody at the door.
    const tooLong = await adjust(v, { minutes: 121, reason: '超过活动时长' });
    expect([tooLong.status, tooLong.body.code]).toEqual([400, ErrorCode.ValidationFailed]);
    const noReason = await organizer.post<ApiErrorBody>(
      `/events/${day.id}/registrations/${v.registrationId}/hour-adjustments`,
      { minutes: 30 },
    );
    expect([noReason.status, noReason.body.code]).toEqual([400, ErrorCode.ValidationFailed]);
    const risky = await adjust(v, { minutes: 30, reason: '收废品加微信' });
    expect([risky.status, risky.body.code]).toEqual([422, ErrorCode.ContentRisky]);
    const absent = await adjust(never, { minutes: 30, reason: '没来也补上' });
    expect([absent.status, absent.body.code]).toEqual([409, ErrorCode.NotCheckedIn]);
    const elsewhere = await otherStaff.post<ApiErrorBody>(
      `/events/${day.id}/registrations/${v.registrationId}/hour-adjustments`,
      { minutes: 30, reason: '越权调整' },
    );
    expect(elsewhere.status).toBe(403);
  });

  it('takes back no more than the volunteer still has: what they spent stays spent', async () => {
    const day = await volunteerDay(1);
    const [v] = day.volunteers;
    await upload('checkins', day.id, v, day.at(0));
    await upload('checkouts', day.id, v, day.at(120)); // 10 points
    const item = await staff.post<MallItemView>('/mall/items', {
      communityId: AJILAQIN,
      name: '石榴籽书签',
      pointsPrice: 8,
      stock: 5,
      perMemberLimit: 1,
      pickupPlace: '党群服务中心',
    });
    const redeemed = await client(t.baseUrl, v.token, { 'idempotency-key': `vh-redeem-${v.id}` }).post(
      `/mall/items/${item.body.id}/redeem`,
    );
    expect(redeemed.status).toBe(201);
    expect(await balance(v)).toBe(2);

    const down = await organizer.post<VolunteerHoursAdjustmentView>(
      `/events/${day.id}/registrations/${v.registrationId}/hour-adjustments`,
      { minutes: 0, reason: '当天未实际参加服务' } satisfies AdjustVolunteerHoursRequest,
    );
    expect(down.body).toMatchObject({ minutesAfter: 0, pointsDelta: -2 });
    expect(await balance(v)).toBe(0);
    const counted = await t.dataSource.manager.findOneByOrFail(VolunteerHours, { registrationId: v.registrationId });
    expect([counted.minutes, counted.pointsPaid]).toEqual([0, 8]);
    // Set back to 2 hours: paid only what the record has not paid (10 − 8).
    const up = await organizer.post<VolunteerHoursAdjustmentView>(
      `/events/${day.id}/registrations/${v.registrationId}/hour-adjustments`,
      { minutes: 120, reason: '核实后恢复时长' } satisfies AdjustVolunteerHoursRequest,
    );
    expect(up.body.pointsDelta).toBe(2);
    expect(await balance(v)).toBe(2);
  });

  it('lists a member’s own record; staff of their community read it and issue a certificate; others get 403/404', async () => {
    const day = await volunteerDay(2);
    const [v, neighbour] = day.volunteers;
    await upload('checkins', day.id, v, day.at(0));
    await upload('checkouts', day.id, v, day.at(110));

    const own = await v.api.get<VolunteerHoursPage>('/me/volunteer-hours');
    expect(own.body.items.map((i) => i.memberId)).toEqual([v.id]);
    expect((await neighbour.api.get<VolunteerHoursPage>('/me/volunteer-hours')).body).toMatchObject({
      total: 0,
      totalMinutes: 0,
      items: [],
    });
    expect((await staff.get<VolunteerHoursPage>(`/volunteer-hours?memberId=${v.id}`)).body.totalMinutes).toBe(110);
    expect((await otherStaff.get(`/volunteer-hours?memberId=${v.id}`)).status).toBe(403);
    expect((await neighbour.api.get(`/volunteer-hours?memberId=${v.id}`)).status).toBe(403);
    expect((await organizer.get(`/volunteer-hours?memberId=${v.id}`)).status).toBe(403);

    const request = {
      memberId: v.id,
      volunteerName: '王志愿',
      idNumber: '150102199001011234',
      contact: '0471-6612345',
    } satisfies IssueVolunteerCertificateRequest;
    for (const [who, status] of [
      [otherStaff, 403],
      [neighbour.api, 403],
      [organizer, 403],
    ] as const) {
      expect((await who.post('/volunteer-certificates', request)).status).toBe(status);
    }
    const none = await staff.post<ApiErrorBody>('/volunteer-certificates', { ...request, memberId: neighbour.id });
    expect([none.status, none.body.code]).toEqual([409, ErrorCode.NoVolunteerHours]);
    const outside = await staff.post<ApiErrorBody>('/volunteer-certificates', {
      ...request,
      from: '2020-01-01',
      to: '2020-12-31',
    });
    expect(outside.body.code).toBe(ErrorCode.NoVolunteerHours);

    const issued = await staff.post<VolunteerCertificateView>('/volunteer-certificates', request);
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      memberId: v.id,
      volunteerName: '王志愿',
      idNumberMasked: '150***********1234',
      issuingOrganisation: '环河街街道阿吉拉沁社区',
      totalMinutes: 110,
      totalHours: 1.8,
      issuedByName: '乌云',
      contact: '0471-6612345',
    });
    expect(issued.body.recordNumber).toMatch(/^ZYFW-\d{8}-[0-9A-Z]{6}$/);
    expect(issued.body.items).toEqual([
      expect.objectContaining({ eventId: day.id, venue: '阿吉拉沁社区1号楼', organizer: '阿吉拉沁社区', minutes: 110 }),
    ]);
    const stored = await t.dataSource.manager.findOneByOrFail(VolunteerCertificate, { id: issued.body.id });
    expect(JSON.stringify(stored)).not.toContain('199001011');
    const audit = await staff.get<Page<AuditLogEntry>>('/audit-logs?pageSize=100');
    const entry = audit.body.items.find((a) => a.action === 'volunteer.certificate.issue');
    expect(entry).toMatchObject({ targetId: issued.body.id, placeId: AJILAQIN });
    expect(JSON.stringify(entry)).not.toContain('199001011');

    // Read by its volunteer and staff of the community, as data and as the printable page; nobody else.
    const path = `/volunteer-certificates/${issued.body.id}`;
    expect((await v.api.get<VolunteerCertificateView>(path)).body.recordNumber).toBe(issued.body.recordNumber);
    expect((await staff.get(path)).status).toBe(200);
    for (const who of [neighbour.api, otherStaff, organizer]) {
      const res = await who.get<ApiErrorBody>(path);
      expect([res.status, res.body.code]).toEqual([404, ErrorCode.NotFound]);
      expect((await who.get(`${path}/document`)).status).toBe(404);
    }
    const page = await v.api.get<string>(`${path}/document`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    for (const text of [
      '志愿服务记录证明',
      issued.body.recordNumber,
      '王志愿',
      '150***********1234',
      '1.8 小时',
      '0471-6612345',
    ]) {
      expect(page.body).toContain(text);
    }

    const mine = await v.api.get<Page<VolunteerCertificateView>>('/me/volunteer-certificates');
    expect(mine.body.items.map((c) => c.id)).toEqual([issued.body.id]);
    expect((await neighbour.api.get<Page<VolunteerCertificateView>>('/me/volunteer-certificates')).body.total).toBe(0);
    const listed = await staff.get<Page<VolunteerCertificateView>>(`/volunteer-certificates?communityId=${AJILAQIN}`);
    expect(listed.body.items.map((c) => c.id)).toContain(issued.body.id);
    expect((await otherStaff.get(`/volunteer-certificates?communityId=${AJILAQIN}`)).status).toBe(403);
    expect((await v.api.get(`/volunteer-certificates?communityId=${AJILAQIN}`)).status).toBe(403);

    // More services than one certificate lists: issued in parts, by period.
    const busy = neighbour.id;
    await t.dataSource.manager.insert(
      VolunteerHours,
      Array.from({ length: 151 }, (_, i) => ({
        id: newId(),
        registrationId: newId(),
        eventId: day.id,
        memberId: busy,
        eventStartsAt: new Date(day.at(0).getTime() - i * 86_400_000),
        minutes: 60,
        measuredMinutes: 60,
        pointsPaid: 0,
        communityId: null,
        revision: 0,
        adjustmentReason: null,
        adjustedAt: null,
      })),
    );
    const tooMany = await staff.post<ApiErrorBody>('/volunteer-certificates', { ...request, memberId: busy });
    expect([tooMany.status, tooMany.body.code]).toEqual([400, ErrorCode.ValidationFailed]);

    // Staff do not certify themselves.
    const self = await staff.post<ApiErrorBody>('/volunteer-certificates', {
      ...request,
      memberId: demoUserId('staff-ajilaqin'),
    });
    expect([self.status, self.body.code]).toEqual([403, ErrorCode.SelfAward]);
  });
});
