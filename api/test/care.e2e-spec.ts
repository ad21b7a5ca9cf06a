import {
  type ApiErrorBody,
  type AuditLogEntry,
  type CareCategoryView,
  type CareRecordSummary,
  type CareRecordView,
  type CareVisitView,
  type CreateCareRecordRequest,
  ErrorCode,
  type JobSeekerSummary,
  type JobSeekerView,
  NotificationKind,
  type Page,
  type PatrolSummary,
  type PatrolView,
  type ReportDetail,
  Role,
  type SafetyCheckView,
} from '@tongxin/types';
import readXlsxFile from 'read-excel-file/node';

import { newId } from '../src/infra/database/ids';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { CareSweepsService } from '../src/modules/care/care-sweeps.service';
import { CareRecord } from '../src/modules/care/entities/care-record.entity';
import { FamilyLink } from '../src/modules/family/family-link.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import { Report } from '../src/modules/orders/entities/report.entity';
import { demoCategoryId, demoPlaceId, demoUserId } from '../src/modules/seed/demo-data';
import { roleHolder } from './factories/grid-members';
import { residents } from './factories/residents';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

type Api = ReturnType<typeof client>;
const DAY = 86_400_000;
const chinaDay = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * 帮扶台账: who may read the register (and that each read is audited), visits and their follow-ups, overdue visits,
 * 平安打卡 escalation with several sweeps at once, and retention.
 */
describe('care register', () => {
  let t: TestApp;
  let sweeps: CareSweepsService;
  const api: Record<string, Api> = {};
  let categories: CareCategoryView[];

  beforeAll(async () => {
    t = await startTestApp({ SWEEP_INTERVAL_MS: '0' });
    sweeps = t.app.get(CareSweepsService);
    for (const account of [
      'resident',
      'grid-worker',
      'organizer',
      'staff-ajilaqin',
      'care-worker',
      'part-time-member',
      'street-admin',
    ]) {
      api[account] = client(t.baseUrl, (await loginAs(t.baseUrl, account)).accessToken);
    }
    categories = (
      await api['grid-worker'].get<CareCategoryView[]>(`/care/categories?communityId=${demoPlaceId('ajilaqin')}`)
    ).body;
  });
  afterAll(() => t.close());

  const category = (key: string) => categories.find((c) => c.key === key)?.id as string;
  const record = (body: Partial<CreateCareRecordRequest> = {}, as: Api = api['grid-worker']) =>
    as.post<CareRecordView>('/care/records', {
      gridId: demoPlaceId('ajilaqin/g1'),
      buildingId: demoPlaceId('ajilaqin/g1/b3'),
      household: '2单元101',
      personName: '马桂芳',
      phone: '13912345670',
      categoryIds: [category('elder_alone')],
      needs: '独居，行动不便，需要代购药品',
      situation: '女儿在外地工作',
      consentBy: 'self',
      consentOn: chinaDay(new Date()),
      ...body,
    } satisfies CreateCareRecordRequest);

  it('keeps the register for its grid’s workers and 帮扶专干: sealed at rest, masked in lists, every read audited', async () => {
    expect(categories.map((c) => c.name)).toContain('独居/空巢老人');
    const created = await record();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      personName: '马桂芳',
      phone: '13912345670',
      needs: '独居，行动不便，需要代购药品',
      consent: { by: 'self' },
      responsible: { id: demoUserId('grid-worker') },
      overdueDays: 0,
    });
    const id = created.body.id;
    const row = await t.dataSource.manager.findOneByOrFail(CareRecord, { id });
    for (const sealed of [row.personNameCipher, row.phoneCipher, row.needsCipher, row.situationCipher]) {
      expect(sealed).not.toMatch(/马桂芳|13912345670|独居|女儿/);
    }
    // The visit is due after the category's interval (独居老人: 7 days).
    expect(new Date(created.body.nextVisitDue as string).getTime() - Date.now()).toBeGreaterThan(6.9 * DAY);

    const list = await api['care-worker'].get<Page<CareRecordSummary>>('/care/records');
    const mine = list.body.items.find((r) => r.id === id);
    expect(mine).toMatchObject({ personName: '马*芳', categories: ['独居/空巢老人'] });
    expect(JSON.stringify(list.body)).not.toContain('13912345670');
    expect((await api['care-worker'].get<CareRecordView>(`/care/records/${id}`)).body.personName).toBe('马桂芳');

    const otherGrid = await roleHolder(t, { role: Role.GridWorker, place: 'ajilaqin/g2', openid: 'care-g2' });
    const rider = await roleHolder(t, { role: Role.PartTimeGridMember, place: 'ajilaqin/g1', openid: 'care-rider' });
    const refused: [string, Api][] = [
      ['other grid’s worker', otherGrid.api],
      ['rider', rider.api],
      ['resident', api.resident],
      ['organizer', api.organizer],
      ['community staff', api['staff-ajilaqin']],
      ['street admin', api['street-admin']],
    ];
    const seen: string[] = [];
    for (const [name, caller] of refused) {
      const view = await caller.get<ApiErrorBody>(`/care/records/${id}`);
      if (view.status !== 403) seen.push(`${name} read ${view.status}`);
      const visit = await caller.post<ApiErrorBody>(`/care/records/${id}/visits`, { findings: '越权' });
      if (visit.status !== 403) seen.push(`${name} visit ${visit.status}`);
      const rows = await caller.get<Page<CareRecordSummary>>('/care/records');
      if (rows.status === 200 && rows.body.items.some((r) => r.id === id)) seen.push(`${name} list`);
    }
    expect(seen).toEqual([]);
    const created2 = await record({ gridId: demoPlaceId('ajilaqin/g2'), buildingId: undefined }, api['grid-worker']);
    expect(created2.status).toBe(403);

    const reads = await t.dataSource.manager.findBy(AuditLog, { targetId: id, action: 'care.read' });
    expect(reads.map((r) => r.actorId).sort()).toEqual([demoUserId('grid-worker'), demoUserId('care-worker')].sort());
    const log = await api['staff-ajilaqin'].get<Page<AuditLogEntry>>('/audit-logs?pageSize=100');
    expect(log.body.items.some((e) => e.targetType === 'care_record')).toBe(false);

    // Every change is in the history by field name, never by value.
    const updated = await api['grid-worker'].patch<CareRecordView>(`/care/records/${id}`, {
      needs: '需要每周代购药品',
    });
    expect(updated.body.history.map((h) => h.action)).toEqual(['updated', 'created']);
    expect(updated.body.history[0].fields).toEqual(['needs']);
    expect(JSON.stringify(updated.body.history)).not.toContain('代购');
  });

  it('logs a visit in a few taps; its follow-up becomes a need in the household’s grid, once', async () => {
    const id = (await record({ household: '3单元202', personName: '张大爷', categoryIds: [category('dibao')] })).body
      .id;
    const visit = await api['grid-worker'].post<CareVisitView>(`/care/records/${id}/visits`, {
      findings: '厨房水龙头漏水，老人自己修不了',
      lng: 111.6708123,
      lat: 40.8182456,
    });
    expect(visit.status).toBe(201);
    expect(visit.body.location).toEqual({ lng: 111.671, lat: 40.818 });
    const after = await api['grid-worker'].get<CareRecordView>(`/care/records/${id}`);
    expect(after.body.visits[0]).toMatchObject({ findings: '厨房水龙头漏水，老人自己修不了' });
    expect(new Date(after.body.nextVisitDue as string).getTime() - Date.now()).toBeGreaterThan(29 * DAY);

    const [first, second] = await Promise.all(
      [1, 2].map(() =>
        api['grid-worker'].post<ReportDetail>(`/care/visits/${visit.body.id}/follow-up`, {
          categoryId: demoCategoryId('ajilaqin/repair'),
          text: '帮张大爷修厨房水龙头',
        }),
      ),
    );
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const need = first.status === 201 ? first.body : second.body;
    expect(need).toMatchObject({ kind: 'need', order: { status: 'open' } });
    const report = await t.dataSource.manager.findOneByOrFail(Report, { id: need.id });
    expect(report.gridId).toBe(demoPlaceId('ajilaqin/g1'));
    const reread = await api['grid-worker'].get<CareRecordView>(`/care/records/${id}`);
    expect(reread.body.visits[0].followUpReportId).toBe(need.id);
  });

  it('lists overdue visits first and tells the community once when one is long overdue', async () => {
    const id = (await record({ household: '1单元501', personName: '李奶奶' })).body.id;
    await t.dataSource.manager.update(
      CareRecord,
      { id },
      {
        nextVisitDueAt: new Date(Date.now() - 9 * DAY),
        escalateAt: new Date(Date.now() - 2 * DAY),
      },
    );
    const due = await api['grid-worker'].get<Page<CareRecordSummary>>('/care/records?due=true');
    expect(due.body.items[0]).toMatchObject({ id, overdueDays: 9 });
    await Promise.all([sweeps.overdue(), sweeps.overdue()]);
    const told = await t.dataSource.manager.findBy(Notification, {
      userId: demoUserId('care-worker'),
      kind: NotificationKind.CareVisitOverdue,
    });
    expect(told.filter((n) => n.body.includes('李*奶'))).toHaveLength(1);
    // A visit clears it.
    await api['grid-worker'].post(`/care/records/${id}/visits`, { findings: '老人身体还好' });
    expect((await t.dataSource.manager.findOneByOrFail(CareRecord, { id })).overdueToldAt).toBeNull();
  });

  it('平安打卡: a missed day tells the helper, a second files a door-knock need — once, with sweeps racing', async () => {
    const [elder] = await residents(t, 1, 'ajilaqin/g1/b3');
    const helper = await roleHolder(t, { role: Role.Resident, place: 'ajilaqin/g1/b3', openid: 'care-helper' });
    const id = (
      await record({
        household: '2单元102',
        personName: '巴图',
        memberId: elder.id,
        helper: { memberId: helper.id },
        safetyCheck: true,
      })
    ).body.id;
    const state = await elder.api.get<SafetyCheckView>('/me/safety-check');
    expect(state.body).toMatchObject({ enrolled: true, checkedToday: true });
    const tapped = await Promise.all([1, 2].map(() => elder.api.post<SafetyCheckView>('/me/safety-check')));
    expect(tapped.map((r) => r.body.checkedToday)).toEqual([true, true]);

    // A daughter far away acts for the elder (亲情代办): she hears of a missed day too.
    const [daughter] = await residents(t, 1, 'xingwang/g3/b1');
    await t.dataSource.manager.insert(FamilyLink, {
      id: newId(),
      parentId: elder.id,
      childId: daughter.id,
      relation: '女儿',
      status: 'active',
      liveKey: `${elder.id}:${daughter.id}`,
      confirmedBy: 'parent',
      confirmedAt: new Date(),
    });
    const ago = (days: number) => chinaDay(new Date(Date.now() - days * DAY));
    await t.dataSource.manager.update(CareRecord, { id }, { lastSafeDay: ago(2) });
    await Promise.all([sweeps.sweep(), sweeps.sweep(), sweeps.sweep()]);
    const missed = await t.dataSource.manager.findBy(Notification, {
      userId: helper.id,
      kind: NotificationKind.SafetyMissed,
    });
    expect(missed).toHaveLength(1);
    const toDaughter = { userId: daughter.id, kind: NotificationKind.SafetyMissed };
    expect(await t.dataSource.manager.countBy(Notification, toDaughter)).toBe(1);
    expect((await t.dataSource.manager.findOneByOrFail(CareRecord, { id })).safetyStage).toBe(1);

    await t.dataSource.manager.update(CareRecord, { id }, { lastSafeDay: ago(3) });
    await Promise.all([sweeps.sweep(), sweeps.sweep()]);
    const knocked = await t.dataSource.manager.findOneByOrFail(CareRecord, { id });
    expect(knocked.safetyStage).toBe(2);
    expect(knocked.safetyReportId).not.toBeNull();
    const needs = await t.dataSource.manager.findBy(Report, { gridId: demoPlaceId('ajilaqin/g1') });
    expect(needs.filter((r) => r.text.includes('2单元102'))).toHaveLength(1);

    // The elder's tap starts over.
    await elder.api.post('/me/safety-check');
    expect((await t.dataSource.manager.findOneByOrFail(CareRecord, { id })).safetyStage).toBe(0);
    const outsider = await api.resident.get<SafetyCheckView>('/me/safety-check');
    expect(outsider.body).toMatchObject({ enrolled: false });
  });

  it('anonymises a record closed past retention', async () => {
    const id = (await record({ household: '5单元101', personName: '王秀兰' })).body.id;
    const closed = await api['grid-worker'].post<CareRecordView>(`/care/records/${id}/close`, {
      reason: '已搬离本社区',
    });
    expect(closed.body.status).toBe('closed');
    const again = await api['grid-worker'].post<ApiErrorBody>(`/care/records/${id}/close`, { reason: '重复' });
    expect(again.body.code).toBe(ErrorCode.Conflict);
    await t.dataSource.manager.update(CareRecord, { id }, { closedAt: new Date(Date.now() - 800 * DAY) });
    await Promise.all([sweeps.anonymise(), sweeps.anonymise()]);
    const view = await api['care-worker'].get<CareRecordView>(`/care/records/${id}`);
    expect(view.body).toMatchObject({ personName: '', phone: null, needs: '' });
    const row = await t.dataSource.manager.findOneByOrFail(CareRecord, { id });
    expect(row.personNameMask).toBe('已匿名');
    expect(row.anonymisedAt).not.toBeNull();
  });

  it('patrols a grid: notes on the way, one of which becomes a report once; others’ grids are not theirs', async () => {
    const started = await api['grid-worker'].post<PatrolView>('/care/patrols', {
      gridId: demoPlaceId('ajilaqin/g1'),
      note: '晚间巡查',
    });
    expect(started.status).toBe(201);
    const id = started.body.id;
    const noted = await api['grid-worker'].post<PatrolView>(`/care/patrols/${id}/observations`, {
      text: '1号楼东侧路灯不亮，夜间通行不便',
    });
    expect(noted.body.observations).toHaveLength(1);
    const observation = noted.body.observations[0].id;
    const reports = await Promise.all(
      [1, 2].map(() =>
        api['grid-worker'].post<ReportDetail>(`/care/observations/${observation}/report`, {
          categoryId: demoCategoryId('ajilaqin/facilities'),
          buildingId: demoPlaceId('ajilaqin/g1/b1'),
        }),
      ),
    );
    expect(reports.map((r) => r.status).sort()).toEqual([201, 409]);
    const ended = await api['grid-worker'].post<PatrolView>(`/care/patrols/${id}/end`);
    expect(ended.body.endedAt).not.toBeNull();
    expect(ended.body.observations[0].reportId).toBe(reports.find((r) => r.status === 201)?.body.id);
    const late = await api['grid-worker'].post<ApiErrorBody>(`/care/patrols/${id}/observations`, {
      text: '结束后再记',
    });
    expect(late.body.code).toBe(ErrorCode.Conflict);
    const list = await api['care-worker'].get<Page<PatrolSummary>>('/care/patrols');
    expect(list.body.items.find((p) => p.id === id)).toMatchObject({ observationCount: 1, reportCount: 1 });
    const otherGrid = await roleHolder(t, { role: Role.GridWorker, place: 'ajilaqin/g2', openid: 'patrol-g2' });
    expect((await otherGrid.api.get<ApiErrorBody>(`/care/patrols/${id}`)).status).toBe(404);
    expect((await api['staff-ajilaqin'].get<ApiErrorBody>(`/care/patrols/${id}`)).status).toBe(403);
  });

  it('就业帮扶: records a seeker, a referral and its outcome once; a hire marks them employed', async () => {
    const seeker = await api['care-worker'].post<JobSeekerView>('/care/job-seekers', {
      gridId: demoPlaceId('ajilaqin/g1'),
      name: '乌日娜',
      phone: '13912345671',
      skills: '会做蒙餐面点，有健康证',
      wishes: '离家近的厨房或面点岗位',
    });
    expect(seeker.status).toBe(201);
    const withReferral = await api['care-worker'].post<JobSeekerView>(`/care/job-seekers/${seeker.body.id}/services`, {
      kind: 'referral',
      title: '社区食堂面点师',
      provider: '滨河商会',
      on: chinaDay(new Date()),
    });
    const serviceId = withReferral.body.services[0].id;
    const outcomes = await Promise.all(
      ['hired', 'declined'].map((outcome) =>
        api['grid-worker'].post<JobSeekerView>(`/care/job-services/${serviceId}/outcome`, { outcome }),
      ),
    );
    expect(outcomes.map((r) => r.status).sort()).toEqual([200, 409]);
    const view = await api['grid-worker'].get<JobSeekerView>(`/care/job-seekers/${seeker.body.id}`);
    const hired = view.body.services[0].outcome === 'hired';
    expect(view.body.status).toBe(hired ? 'employed' : 'seeking');
    const list = await api['grid-worker'].get<Page<JobSeekerSummary>>('/care/job-seekers');
    expect(list.body.items.find((s) => s.id === seeker.body.id)?.name).toBe('乌*娜');
    expect((await api['staff-ajilaqin'].get<ApiErrorBody>('/care/job-seekers')).status).toBe(403);
  });

  it('exports the register whole for its keepers and without the sensitive fields for other staff', async () => {
    await record({ household: '6单元606', personName: '赵秀英', phone: '13912345699', needs: '需要助餐服务' });
    const download = async (account: string) => {
      const res = await fetch(`${t.baseUrl}/api/care/records/export.xlsx?communityId=${demoPlaceId('ajilaqin')}`, {
        headers: { authorization: `Bearer ${(await loginAs(t.baseUrl, account)).accessToken}` },
      });
      if (res.status !== 200) return { status: res.status, text: '' };
      const sheets = (await readXlsxFile(Buffer.from(await res.arrayBuffer()))) as unknown as { data: unknown[][] }[];
      return { status: res.status, text: JSON.stringify(sheets[0].data) };
    };
    const keeper = await download('care-worker');
    expect(keeper.status).toBe(200);
    expect(keeper.text).toContain('赵秀英');
    expect(keeper.text).toContain('需要助餐服务');
    const staff = await download('staff-ajilaqin');
    expect(staff.status).toBe(200);
    expect(staff.text).toContain('6单元606');
    for (const secret of ['赵秀英', '13912345699', '需要助餐服务', '姓名', '电话'])
      expect(staff.text).not.toContain(secret);
    expect((await download('resident')).status).toBe(403);
    expect((await download('staff-xingwang')).status).toBe(403);
  });
});
