import {
  type ApiErrorBody,
  type AuditLogEntry,
  type CreateMediationRequest,
  ErrorCode,
  type MediationCaseSummary,
  type MediationCaseView,
  type MediatorView,
  NotificationKind,
  type OpenMediationCaseRequest,
  type Page,
  Role,
} from '@tongxin/types';

import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { MediationCase } from '../src/modules/mediation/mediation-case.entity';
import { MediationSweepsService } from '../src/modules/mediation/mediation-sweeps.service';
import { Notification } from '../src/modules/notifications/notification.entity';
import { demoPlaceId, demoUserId } from '../src/modules/seed/demo-data';
import { roleHolder } from './factories/grid-members';
import { uploadPhoto } from './factories/photos';
import { residents } from './factories/residents';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

type Api = ReturnType<typeof client>;

/**
 * 石榴调解: the case from request to agreement and rating; confidentiality against every role around it, with each
 * read audited; concurrent accept and assign; escalation with two sweeps at once.
 */
describe('mediation', () => {
  let t: TestApp;
  const api: Record<string, Api> = {};
  const community = () => demoPlaceId('ajilaqin');

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0' });
    for (const account of [
      'resident',
      'resident-2',
      'grid-worker',
      'organizer',
      'staff-ajilaqin',
      'staff-xingwang',
      'street-admin',
      'mediation-admin',
      'mediator',
    ]) {
      api[account] = client(t.baseUrl, (await loginAs(t.baseUrl, account)).accessToken);
    }
  });
  afterAll(() => t.close());

  const ask = (body: Partial<CreateMediationRequest> = {}, who: Api = api.resident) =>
    who.post<MediationCaseView>('/mediation/cases', {
      communityId: community(),
      kind: 'neighbour',
      otherParty: { name: '楼上住户', buildingId: demoPlaceId('ajilaqin/g1/b2'), phone: '13912345678' },
      account: '楼上每天深夜拖动家具，噪音很大，多次沟通无果',
      hopes: '希望晚上十点后保持安静',
      preferredTimes: '工作日晚上',
      ...body,
    } satisfies CreateMediationRequest);

  async function neighbour(): Promise<{ id: string; api: Api }> {
    const [n] = await residents(t, 1, 'ajilaqin/g1/b2');
    return n;
  }

  it('runs a case from request to agreement, rating and call-back, each step for whom it is meant', async () => {
    const other = await neighbour();
    const asked = await ask({ otherParty: { memberId: other.id } });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      status: 'requested',
      viewerIs: 'requester',
      can: { withdraw: true, accept: false },
    });
    const id = asked.body.id;

    const queue = await api['mediation-admin'].get<Page<MediationCaseSummary>>(
      '/mediation/cases?view=staff&status=requested',
    );
    expect(queue.body.items.map((c) => c.id)).toContain(id);
    const mediators = await api['mediation-admin'].get<MediatorView[]>(
      `/mediation/mediators?communityId=${community()}`,
    );
    expect(mediators.body.map((m) => m.id)).toEqual([demoUserId('mediator')]);

    const accepted = await api['mediation-admin'].post<MediationCaseView>(`/mediation/cases/${id}/accept`, {
      mediatorId: demoUserId('mediator'),
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', mediator: { id: demoUserId('mediator') } });

    const mine = await api.mediator.get<Page<MediationCaseSummary>>('/mediation/cases?view=mediating');
    expect(mine.body.items.map((c) => c.id)).toContain(id);
    const at = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const scheduled = await api.mediator.post<MediationCaseView>(`/mediation/cases/${id}/sessions`, {
      scheduledAt: at,
      venue: '石榴调解工作室',
    });
    expect(scheduled.body).toMatchObject({
      status: 'in_mediation',
      can: { recordSession: true, recordOutcome: false },
    });
    const sessionId = scheduled.body.sessions[0].id;
    // Before any session was held there is no outcome to record.
    const early = await api.mediator.post<ApiErrorBody>(`/mediation/cases/${id}/outcome`, {
      outcome: 'agreed',
      agreement: '早了',
    });
    expect(early.body.code).toBe(ErrorCode.MediationStateConflict);
    const held = await api.mediator.post<MediationCaseView>(`/mediation/cases/${id}/sessions/${sessionId}/held`, {
      attendees: ['其其格', '楼上住户', '敖登'],
      notes: '双方陈述了情况，同意各退一步',
    });
    expect(held.body.sessions[0]).toMatchObject({ status: 'held', attendees: ['其其格', '楼上住户', '敖登'] });

    const mediatorToken = (await loginAs(t.baseUrl, 'mediator')).accessToken;
    const photoId = await uploadPhoto(t.baseUrl, mediatorToken, 'mediation_agreement' as never);
    const resolved = await api.mediator.post<MediationCaseView>(`/mediation/cases/${id}/outcome`, {
      outcome: 'agreed',
      agreement: '楼上晚十点后不拖动家具，加装桌椅脚垫；楼下有事先微信沟通',
      photoId,
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', outcome: 'agreed', can: { followUp: false } });
    expect(resolved.body.agreementPhotos).toHaveLength(1);
    expect(resolved.body.followUpDueAt).not.toBeNull();

    // The other party, a member, reads it too — without anyone's phone.
    const theirs = await other.api.get<MediationCaseView>(`/mediation/cases/${id}`);
    expect(theirs.body).toMatchObject({ viewerIs: 'other_party', can: { rate: false, withdraw: false } });
    expect(theirs.body.requester.phone).toBeNull();
    const otherList = await other.api.get<Page<MediationCaseSummary>>('/mediation/cases?view=mine');
    expect(otherList.body.items.map((c) => c.id)).toContain(id);

    const rated = await api.resident.post<MediationCaseView>(`/mediation/cases/${id}/rating`, {
      rating: 2,
      comment: '等了很久才安排',
    });
    expect(rated.body).toMatchObject({ rating: 2, can: { rate: false } });
    expect(rated.body.ratingFollowUp).toBeNull();
    const again = await api.resident.post<ApiErrorBody>(`/mediation/cases/${id}/rating`, { rating: 5 });
    expect(again.body.code).toBe(ErrorCode.MediationStateConflict);
    const staffView = await api['mediation-admin'].get<MediationCaseView>(`/mediation/cases/${id}`);
    expect(staffView.body.ratingFollowUp).toMatchObject({ status: 'open' });
    const closed = await api['mediation-admin'].post<MediationCaseView>(`/mediation/cases/${id}/rating-follow-up`, {
      note: '萨仁电话回访其其格，解释了排期原因并致歉',
    });
    expect(closed.body.ratingFollowUp).toMatchObject({ status: 'done', note: expect.stringContaining('回访') });

    // The follow-up visit comes when it is due.
    await t.dataSource.manager.update(MediationCase, { id }, { followUpDueAt: new Date(Date.now() - 60_000) });
    const visited = await api.mediator.post<MediationCaseView>(`/mediation/cases/${id}/follow-up`, {
      held: true,
      note: '回访双方，协议履行良好',
    });
    expect(visited.body.followUp).toMatchObject({ held: true });

    const notices = await t.dataSource.manager.findBy(Notification, { userId: demoUserId('resident') });
    const mediationNotices = notices.filter((n) => n.kind === NotificationKind.MediationUpdate);
    expect(mediationNotices.length).toBeGreaterThanOrEqual(3);
    // Notices say that something happened, never what the dispute is about.
    for (const n of mediationNotices) expect(n.body).not.toContain('家具');
  });

  it('keeps a case from everyone but its parties, its mediator and mediation staff, and audits every read', async () => {
    const asked = await ask();
    const id = asked.body.id;
    const otherMediator = await roleHolder(t, { role: Role.Mediator, place: 'ajilaqin', openid: 'other-mediator' });
    const outsiders: [string, Api][] = [
      ['resident-2', api['resident-2']],
      ['grid-worker', api['grid-worker']],
      ['organizer', api.organizer],
      ['staff-ajilaqin', api['staff-ajilaqin']],
      ['staff-xingwang', api['staff-xingwang']],
      ['street-admin', api['street-admin']],
      ['unassigned mediator', otherMediator.api],
    ];
    const seen: string[] = [];
    for (const [name, caller] of outsiders) {
      const view = await caller.get<ApiErrorBody>(`/mediation/cases/${id}`);
      if (view.status !== 404 || view.body.code !== ErrorCode.MediationNotFound)
        seen.push(`${name} view ${view.status}`);
      const accept = await caller.post<ApiErrorBody>(`/mediation/cases/${id}/accept`, {});
      if (accept.status !== 404) seen.push(`${name} accept ${accept.status}`);
      const mine = await caller.get<Page<MediationCaseSummary>>('/mediation/cases?view=mine');
      if (mine.body.items.some((c) => c.id === id)) seen.push(`${name} mine`);
      const mediating = await caller.get<Page<MediationCaseSummary>>('/mediation/cases?view=mediating');
      if (mediating.body.items.some((c) => c.id === id)) seen.push(`${name} mediating`);
      const staff = await caller.get<ApiErrorBody>('/mediation/cases?view=staff');
      if (staff.status !== 403) seen.push(`${name} staff list ${staff.status}`);
    }
    expect(seen).toEqual([]);

    // The other party's phone reaches only the mediator and staff.
    const requester = await api.resident.get<MediationCaseView>(`/mediation/cases/${id}`);
    expect(requester.body.otherParty).toMatchObject({ name: '楼上住户', phone: null });
    const staff = await api['mediation-admin'].get<MediationCaseView>(`/mediation/cases/${id}`);
    expect(staff.body.otherParty.phone).toBe('13912345678');
    const row = await t.dataSource.manager.findOneByOrFail(MediationCase, { id });
    expect(row.otherPhoneCipher).not.toContain('13912345678');

    // Every read is in the audit log, and none of it in the community's 操作日志.
    const reads = await t.dataSource.manager.findBy(AuditLog, { targetId: id, action: 'mediation.read' });
    expect(reads.map((r) => r.actorId).sort()).toEqual(
      [demoUserId('mediation-admin'), demoUserId('resident'), demoUserId('resident')].sort(),
    );
    const log = await api['staff-ajilaqin'].get<Page<AuditLogEntry>>('/audit-logs?pageSize=100');
    expect(log.body.items.some((e) => e.targetType === 'mediation_case')).toBe(false);
  });

  it('lets one of two staff accept a request, and one of two assignments win', async () => {
    const second = await roleHolder(t, { role: Role.MediationAdmin, place: 'ajilaqin', openid: 'second-admin' });
    const id = (await ask()).body.id;
    const accepts = await Promise.all([
      api['mediation-admin'].post<ApiErrorBody>(`/mediation/cases/${id}/accept`, {}),
      second.api.post<ApiErrorBody>(`/mediation/cases/${id}/accept`, {}),
    ]);
    expect(accepts.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(accepts.find((r) => r.status === 409)?.body.code).toBe(ErrorCode.MediationStateConflict);
    const other = await roleHolder(t, { role: Role.Mediator, place: 'ajilaqin', openid: 'race-mediator' });
    const assigns = await Promise.all(
      [demoUserId('mediator'), other.id].map((mediatorId, i) =>
        (i ? second.api : api['mediation-admin']).post<MediationCaseView>(`/mediation/cases/${id}/assign`, {
          mediatorId,
          expectedMediatorId: null,
        }),
      ),
    );
    expect(assigns.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = assigns.find((r) => r.status === 200)?.body.mediator?.id;
    const row = await t.dataSource.manager.findOneByOrFail(MediationCase, { id });
    expect(row.mediatorId).toBe(winner);
    // Only a 调解员 of the community can be assigned.
    const notMediator = await api['mediation-admin'].post<ApiErrorBody>(`/mediation/cases/${id}/assign`, {
      mediatorId: demoUserId('grid-worker'),
      expectedMediatorId: winner,
    });
    expect(notMediator.body.code).toBe(ErrorCode.MediatorNotEligible);
  });

  it('takes walk-ins, declines with a reason, refuses what does not read, and lets the requester withdraw', async () => {
    const walkIn = await api['mediation-admin'].post<MediationCaseView>('/mediation/cases/walk-in', {
      communityId: community(),
      kind: 'labour',
      source: 'walk_in',
      requesterName: '张师傅',
      requesterPhone: '13700001111',
      otherParty: { name: '某装修队老板' },
      account: '在小区做装修两个月，工钱一直没结',
      hopes: '结清工钱',
    } satisfies OpenMediationCaseRequest);
    expect(walkIn.status).toBe(201);
    expect(walkIn.body).toMatchObject({
      source: 'walk_in',
      requester: { memberId: null, name: '张师傅', phone: '13700001111' },
    });
    const declined = await api['mediation-admin'].post<MediationCaseView>(
      `/mediation/cases/${walkIn.body.id}/decline`,
      {
        reason: '属劳动争议，已引导至劳动监察大队',
      },
    );
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: expect.stringContaining('劳动监察') });
    const staffWalkIn = await api['staff-ajilaqin'].post<ApiErrorBody>('/mediation/cases/walk-in', {
      communityId: community(),
      kind: 'other',
      source: 'phone',
      requesterName: '李女士',
      otherParty: { name: '对方' },
      account: '电话求助的事情经过',
      hopes: '调解',
    });
    expect(staffWalkIn.status).toBe(403);

    const bad = [
      await ask({ otherParty: {} }),
      await ask({ otherParty: { memberId: demoUserId('resident') } }),
      await ask({ otherParty: { name: '对方', buildingId: demoPlaceId('xingwang/g1/b1') } }),
      await ask({ kind: 'fight' as never }),
    ];
    expect(bad.map((r) => [r.status, (r.body as unknown as ApiErrorBody).code])).toEqual(
      bad.map(() => [400, ErrorCode.ValidationFailed]),
    );
    const notResident = await ask({}, api['resident-2']);
    expect(notResident.status).toBe(403);

    const id = (await ask()).body.id;
    const withdrawn = await api.resident.post<MediationCaseView>(`/mediation/cases/${id}/withdraw`);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', can: { withdraw: false, rate: false } });
    const late = await api['mediation-admin'].post<ApiErrorBody>(`/mediation/cases/${id}/accept`, {});
    expect(late.body.code).toBe(ErrorCode.MediationStateConflict);
  });

  it('tells the street once when a request waits past its deadline, whichever replicas sweep', async () => {
    const streetAdmin = await roleHolder(t, { role: Role.StreetAdmin, place: 'huanhejie', openid: 'huanhe-admin' });
    const id = (await ask()).body.id;
    await t.dataSource.manager.update(MediationCase, { id }, { acceptDueAt: new Date(Date.now() - 60_000) });
    const sweeps = t.app.get(MediationSweepsService);
    await Promise.all([sweeps.sweep(), sweeps.sweep(), sweeps.sweep()]);
    const row = await t.dataSource.manager.findOneByOrFail(MediationCase, { id });
    expect(row.escalatedStage).toBe('accept');
    const told = await t.dataSource.manager.findBy(Notification, {
      userId: streetAdmin.id,
      kind: NotificationKind.MediationEscalated,
    });
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain('阿吉拉沁社区');
    expect(told[0].body).not.toContain('家具');
    // The street admin is told, but still cannot read the case.
    const view = await streetAdmin.api.get<ApiErrorBody>(`/mediation/cases/${id}`);
    expect(view.status).toBe(404);

    // Accepted but no session in time: the street hears again, once.
    await api['mediation-admin'].post(`/mediation/cases/${id}/accept`, {});
    await t.dataSource.manager.update(MediationCase, { id }, { firstSessionDueAt: new Date(Date.now() - 60_000) });
    await Promise.all([sweeps.sweep(), sweeps.sweep()]);
    expect(
      await t.dataSource.manager.countBy(Notification, {
        userId: streetAdmin.id,
        kind: NotificationKind.MediationEscalated,
      }),
    ).toBe(2);
    expect((await t.dataSource.manager.findOneByOrFail(MediationCase, { id })).escalatedStage).toBe('session');
  });
});
