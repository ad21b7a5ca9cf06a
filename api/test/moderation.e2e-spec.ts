import { randomBytes } from 'node:crypto';

import {
  type ApiErrorBody,
  ErrorCode,
  type EventRatingsSummary,
  type EventSummary,
  type EventView,
  type FlagContentRequest,
  type FlagContentResponse,
  type HonourView,
  type ModerationCaseView,
  ModerationState,
  type ModerationWordView,
  NotificationKind,
  type NotificationView,
  type Page,
  type RegistrationView,
  type ReportDetail,
  type ReportView,
  type TicketView,
} from '@tongxin/types';

import { plainSignature } from '../src/infra/wechat/message-push';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { CommunityEvent } from '../src/modules/events/event.entity';
import { Report } from '../src/modules/orders/entities/report.entity';
import { demoCategoryId, demoPlaceId, demoUserId } from '../src/modules/seed/demo-data';
import { User } from '../src/modules/users/user.entity';
import { uploadPhoto } from './factories/photos';
import { type Api, residents } from './factories/residents';
import { type FakeTencentSms, startFakeTencentSms } from './fakes/fake-tencent-sms.server';
import { type FakeWechat, startFakeWechat } from './fakes/fake-wechat.server';
import { providerEnv } from './fakes/provider-env';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

const PUSH_TOKEN = 'pushtoken123';
const AES_KEY = randomBytes(32)
  .toString('base64')
  .replace(/[^A-Za-z0-9]/g, 'a')
  .slice(0, 43);

describe('content safety: screening, 举报 and the moderation queue', () => {
  let sms: FakeTencentSms;
  let wx: FakeWechat;
  let t: TestApp;
  let staff: Api;
  let streetAdmin: Api;
  let author: { id: string; api: Api; token: string };
  let neighbours: { id: string; api: Api }[];

  beforeAll(async () => {
    sms = await startFakeTencentSms();
    wx = await startFakeWechat();
    t = await startTestApp(
      providerEnv(sms, wx, {
        MODERATION_FLAG_THRESHOLD: '2',
        WECHAT_PUSH_TOKEN: PUSH_TOKEN,
        WECHAT_PUSH_AES_KEY: AES_KEY,
        PUBLIC_BASE_URL: 'https://tongxin.example',
      }),
    );
    staff = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken);
    streetAdmin = client(t.baseUrl, (await loginAs(t.baseUrl, 'street-admin')).accessToken);
    [author, ...neighbours] = await residents(t, 4);
  });
  afterAll(async () => {
    await t.close();
    await sms.close();
    await wx.close();
  });

  const file = (api: Api, text: string, photoIds: string[] = [], building = 'ajilaqin/g1/b1') =>
    api.post<ReportDetail & ApiErrorBody>('/reports', {
      categoryId: demoCategoryId(`${building.split('/')[0]}/facilities`),
      text,
      photoIds,
      location: { buildingId: demoPlaceId(building) },
    });
  const openCases = async () =>
    (await staff.get<Page<ModerationCaseView>>('/moderation/cases?status=open&pageSize=100')).body.items;
  const flag = (api: Api, body: FlagContentRequest) => api.post<FlagContentResponse & ApiErrorBody>('/flags', body);

  it('holds a report with a listed word: its author sees it, neighbours and the hall do not, until it is passed', async () => {
    const filed = await file(author.api, '楼下有人发小广告：兼职日结，加微信');
    expect(filed.status).toBe(201);
    expect(filed.body.moderation).toBe(ModerationState.Held);
    const id = filed.body.id;

    expect((await author.api.get<ReportDetail>(`/reports/${id}`)).body.moderation).toBe(ModerationState.Held);
    expect((await neighbours[0].api.get<ApiErrorBody>(`/reports/${id}`)).status).toBe(404);
    const gridWorker = client(t.baseUrl, (await loginAs(t.baseUrl, 'grid-worker')).accessToken);
    const hall = await gridWorker.get<Page<ReportView>>('/orders/hall?pageSize=100');
    expect(hall.body.items.map((r) => r.id)).not.toContain(id);

    const held = (await openCases()).find((c) => c.recordId === id);
    expect(held).toMatchObject({ kind: 'report', state: 'held', source: 'keyword', authorNickname: '居民000' });
    const passed = await staff.post<ModerationCaseView>(`/moderation/cases/${held!.id}/pass`, {
      reason: '属实的问题上报',
    });
    expect(passed.body).toMatchObject({ state: 'passed', decisionReason: '属实的问题上报' });
    const again = await staff.post<ApiErrorBody>(`/moderation/cases/${held!.id}/remove`, { reason: '重复处理' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe(ErrorCode.CaseDecided);

    expect((await neighbours[0].api.get<ReportDetail>(`/reports/${id}`)).status).toBe(200);
    expect((await author.api.get<ReportDetail>(`/reports/${id}`)).body.moderation).toBeNull();
    const notices = await author.api.get<Page<NotificationView>>('/notifications/mine');
    expect(notices.body.items[0]).toMatchObject({ kind: NotificationKind.ContentPassed, reportId: id });
    const audit = await t.dataSource.manager.findOneBy(AuditLog, { targetId: held!.id });
    expect(audit).toMatchObject({ action: 'moderation.pass', targetType: 'moderation_case' });
  });

  it('checks a WeChat member’s text with msg_sec_check: risky is refused and not saved, review is held', async () => {
    await t.dataSource.manager.update(User, { id: author.id }, { wechatOpenid: 'o-author-wx' });
    const before = await t.dataSource.manager.countBy(Report, { reporterId: author.id });
    const risky = await file(author.api, '一段违禁内容');
    expect(risky.status).toBe(422);
    expect(risky.body).toMatchObject({ code: ErrorCode.ContentRisky, message: '内容不合规，请修改后再提交' });
    expect(await t.dataSource.manager.countBy(Report, { reporterId: author.id })).toBe(before);
    expect(wx.textChecks.at(-1)).toMatchObject({ openid: 'o-author-wx', scene: 3 });

    const review = await file(author.api, '这件事待审一下');
    expect(review.status).toBe(201);
    expect(review.body.moderation).toBe(ModerationState.Held);
    expect((await openCases()).find((c) => c.recordId === review.body.id)?.source).toBe('wechat_text');
    await t.dataSource.manager.update(User, { id: author.id }, { wechatOpenid: null });
  });

  it('hides a report flagged by enough neighbours, and a moderator’s removal tells the author why', async () => {
    const { body: report } = await file(author.api, '三号楼电梯又坏了');
    expect(report.moderation).toBeNull();
    const own = await flag(author.api, { kind: 'report', id: report.id, reason: 'spam' });
    expect(own.status).toBe(403);
    const unknown = await flag(neighbours[0].api, { kind: 'report', id: demoPlaceId('nothing'), reason: 'spam' });
    expect(unknown.status).toBe(404);
    const outsider = client(t.baseUrl, (await loginAs(t.baseUrl, 'resident-2')).accessToken);
    expect((await flag(outsider, { kind: 'report', id: report.id, reason: 'spam' })).status).toBe(404);

    expect((await flag(neighbours[0].api, { kind: 'report', id: report.id, reason: 'false' })).body.hidden).toBe(false);
    // The same member again counts once.
    expect((await flag(neighbours[0].api, { kind: 'report', id: report.id, reason: 'false' })).body.hidden).toBe(false);
    const second = await flag(neighbours[1].api, { kind: 'report', id: report.id, reason: 'abuse', note: '骂人' });
    expect(second.body.hidden).toBe(true);

    expect((await neighbours[2].api.get(`/reports/${report.id}`)).status).toBe(404);
    expect((await author.api.get<ReportDetail>(`/reports/${report.id}`)).body.moderation).toBe(ModerationState.Hidden);
    const hiddenCase = (await openCases()).find((c) => c.recordId === report.id)!;
    expect(hiddenCase).toMatchObject({ state: 'hidden', source: 'flags', flagCount: 2 });
    expect(hiddenCase.reasons.map((r) => r.reason).sort()).toEqual(['abuse', 'false']);

    await staff.post(`/moderation/cases/${hiddenCase.id}/remove`, { reason: '内容与事实不符' });
    expect((await neighbours[2].api.get(`/reports/${report.id}`)).status).toBe(404);
    expect((await author.api.get<ReportDetail>(`/reports/${report.id}`)).body.moderation).toBe(ModerationState.Removed);
    const notices = await author.api.get<Page<NotificationView>>('/notifications/mine');
    expect(notices.body.items[0]).toMatchObject({
      kind: NotificationKind.ContentRemoved,
      body: '原因：内容与事实不符',
    });
  });

  it('sends a WeChat member’s photo to media_check_async and hides it when the signed verdict says risky', async () => {
    await t.dataSource.manager.update(User, { id: author.id }, { wechatOpenid: 'o-author-wx' });
    const photoId = await uploadPhoto(t.baseUrl, author.token, 'report');
    const { body: report } = await file(author.api, '路灯不亮了', [photoId]);
    const check = wx.mediaChecks.at(-1)!;
    expect(check).toMatchObject({ openid: 'o-author-wx', scene: 3 });
    expect(check.mediaUrl).toMatch(new RegExp(`^https://tongxin\\.example/api/photos/${photoId}`));
    const seen = async () => (await neighbours[0].api.get<ReportDetail>(`/reports/${report.id}`)).body.photos.length;
    expect(await seen()).toBe(1);

    const url = `${t.baseUrl}/api/wechat/message-push`;
    const forged = await wx.pushMediaVerdict({
      url,
      traceId: check.traceId,
      suggest: 'risky',
      token: PUSH_TOKEN,
      aesKey: AES_KEY,
      forge: true,
    });
    expect(forged.status).toBe(403);
    const plain = await wx.pushMediaVerdict({ url, traceId: check.traceId, suggest: 'risky', token: PUSH_TOKEN });
    expect(plain.status).toBe(403);
    expect(await seen()).toBe(1);

    const signed = await wx.pushMediaVerdict({
      url,
      traceId: check.traceId,
      suggest: 'risky',
      token: PUSH_TOKEN,
      aesKey: AES_KEY,
    });
    expect(signed).toEqual({ status: 200, text: 'success' });
    expect(await seen()).toBe(0);
    expect((await author.api.get<ReportDetail>(`/reports/${report.id}`)).body.photos).toHaveLength(1);
    const photoCase = (await openCases()).find((c) => c.recordId === photoId);
    expect(photoCase).toMatchObject({ kind: 'photo', state: 'hidden', source: 'wechat_media' });
    expect(photoCase?.photoUrl).toMatch(`/api/photos/${photoId}`);
    await t.dataSource.manager.update(User, { id: author.id }, { wechatOpenid: null });
  });

  it('refuses a nickname with a listed word or that WeChat finds risky, and keeps the old one', async () => {
    const listed = await author.api.patch<ApiErrorBody>('/me', { nickname: '加微信领红包' });
    expect(listed.status).toBe(422);
    expect(listed.body).toMatchObject({ code: ErrorCode.ContentRisky, message: '昵称含有不适合公开的词语，请换一个' });
    await t.dataSource.manager.update(User, { id: author.id }, { wechatOpenid: 'o-author-wx' });
    expect((await author.api.patch<ApiErrorBody>('/me', { nickname: '违禁昵称' })).status).toBe(422);
    expect(wx.textChecks.at(-1)).toMatchObject({ scene: 1, content: '违禁昵称' });
    expect((await author.api.patch('/me', { nickname: '阿丽' })).status).toBe(200);
    expect((await t.dataSource.manager.findOneByOrFail(User, { id: author.id })).nickname).toBe('阿丽');
    await t.dataSource.manager.update(User, { id: author.id }, { wechatOpenid: null, nickname: '居民000' });
  });

  it('refuses an order note that needs a moderator: a step cannot wait for one', async () => {
    const { body: report } = await file(author.api, '单元门禁坏了');
    const gridWorker = client(t.baseUrl, (await loginAs(t.baseUrl, 'grid-worker')).accessToken);
    expect((await gridWorker.post(`/orders/${report.order.id}/grab`)).status).toBe(200);
    expect((await gridWorker.post(`/orders/${report.order.id}/start`)).status).toBe(200);
    const photoId = await uploadPhoto(t.baseUrl, (await loginAs(t.baseUrl, 'grid-worker')).accessToken, 'order_proof');
    const refused = await gridWorker.post<ApiErrorBody>(`/orders/${report.order.id}/finish`, {
      note: '修好了，以后有事加微信',
      photoIds: [photoId],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe(ErrorCode.ContentRisky);
    await t.dataSource.manager.update(User, { id: demoUserId('grid-worker') }, { wechatOpenid: 'o-grid-worker' });
    const finished = await gridWorker.post<ReportDetail>(`/orders/${report.order.id}/finish`, {
      note: '已更换门禁读卡器',
      photoIds: [photoId],
    });
    expect(finished.body.order.status).toBe('done');

    // The proof photo goes to WeChat's check like a report photo; a risky verdict takes it out of the timeline.
    const check = wx.mediaChecks.find((c) => c.mediaUrl.includes(photoId))!;
    expect(check.openid).toBe('o-grid-worker');
    const proofPhotos = async (api: Api) =>
      (await api.get<ReportDetail>(`/reports/${report.id}`)).body.history.flatMap((h) => h.photos).length;
    expect(await proofPhotos(neighbours[0].api)).toBe(1);
    const url = `${t.baseUrl}/api/wechat/message-push`;
    const pushed = await wx.pushMediaVerdict({
      url,
      traceId: check.traceId,
      suggest: 'risky',
      token: PUSH_TOKEN,
      aesKey: AES_KEY,
    });
    expect(pushed.status).toBe(200);
    expect(await proofPhotos(neighbours[0].api)).toBe(0);
    expect(await proofPhotos(gridWorker)).toBe(1);
    expect((await openCases()).find((c) => c.recordId === photoId)?.excerpt).toMatch(/^处理照片：/);
    await t.dataSource.manager.update(User, { id: demoUserId('grid-worker') }, { wechatOpenid: null });
  });

  it('answers WeChat’s URL check only with a good signature', async () => {
    const timestamp = '1796470000';
    const nonce = 'abc';
    const signature = plainSignature(PUSH_TOKEN, timestamp, nonce);
    const good = await fetch(
      `${t.baseUrl}/api/wechat/message-push?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&echostr=e-42`,
    );
    expect(await good.text()).toBe('e-42');
    const bad = await fetch(
      `${t.baseUrl}/api/wechat/message-push?signature=0000&timestamp=${timestamp}&nonce=${nonce}&echostr=e-42`,
    );
    expect(bad.status).toBe(403);
  });

  it('lets a street admin keep the street’s word list, which holds text in that street only', async () => {
    const [xingwang] = await residents(t, 1, 'xingwang/g1/b1');
    const binhe = demoPlaceId('binhe');
    expect((await staff.post('/moderation/words', { streetId: binhe, word: '黑车' })).status).toBe(403);
    const added = await streetAdmin.post<ModerationWordView>('/moderation/words', { streetId: binhe, word: '黑车' });
    expect(added.status).toBe(201);
    expect((await streetAdmin.post<ApiErrorBody>('/moderation/words', { streetId: binhe, word: '黑车' })).status).toBe(
      409,
    );
    const list = await streetAdmin.get<Page<ModerationWordView>>(`/moderation/words?streetId=${binhe}`);
    expect(list.body.items.map((w) => w.word)).toEqual(['黑车']);

    const heldThere = await file(xingwang.api, '小区门口黑车拉客', [], 'xingwang/g1/b1');
    expect(heldThere.body.moderation).toBe(ModerationState.Held);
    const elsewhere = await file(author.api, '小区门口黑车拉客');
    expect(elsewhere.body.moderation).toBeNull();

    expect((await streetAdmin.delete(`/moderation/words/${added.body.id}`)).status).toBe(204);
    expect((await file(xingwang.api, '又有黑车', [], 'xingwang/g1/b1')).body.moderation).toBeNull();
  });

  it('keeps the queue to the places a moderator answers for', async () => {
    const other = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-xingwang')).accessToken);
    const theirs = await other.get<Page<ModerationCaseView>>('/moderation/cases?status=decided&pageSize=100');
    expect(theirs.body.items.every((c) => c.placeName !== '阿吉拉沁第一网格')).toBe(true);
    const ours = (await staff.get<Page<ModerationCaseView>>('/moderation/cases?status=decided')).body.items;
    expect(ours.length).toBeGreaterThan(0);
    expect((await other.post(`/moderation/cases/${ours[0].id}/pass`, { reason: '越权操作' })).status).toBe(403);
    expect((await neighbours[0].api.get('/moderation/cases')).status).toBe(403);
  });

  describe('events, honours and rating comments', () => {
    let organizer: Api;
    const createEvent = async (title: string, startsInMinutes = 60) => {
      const starts = new Date(Date.now() + startsInMinutes * 60_000);
      const created = await organizer.post<EventView & ApiErrorBody>('/events', {
        placeId: demoPlaceId('ajilaqin'),
        title,
        type: 'talk',
        description: '邻里议事',
        venue: '党群服务中心',
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3_600_000).toISOString(),
        capacity: 10,
        pointsReward: 0,
      });
      expect(created.status).toBe(201);
      expect((await organizer.post(`/events/${created.body.id}/publish`)).status).toBe(200);
      return created.body.id;
    };
    const listed = async (id: string) =>
      (await client(t.baseUrl).get<Page<EventSummary>>('/events?pageSize=100')).body.items.some((e) => e.id === id);

    beforeAll(async () => {
      organizer = client(t.baseUrl, (await loginAs(t.baseUrl, 'organizer')).accessToken);
    });

    it('holds an event whose text has a listed word: off the public list and page until passed', async () => {
      const id = await createEvent('二手家电回收，加微信详谈');
      expect(await listed(id)).toBe(false);
      expect((await client(t.baseUrl).get(`/events/${id}`)).status).toBe(404);
      expect((await organizer.get(`/events/${id}`)).status).toBe(200);
      const held = (await openCases()).find((c) => c.recordId === id);
      expect(held).toMatchObject({ kind: 'event', state: 'held', source: 'keyword' });
      await staff.post(`/moderation/cases/${held!.id}/pass`, { reason: '公益回收活动' });
      expect(await listed(id)).toBe(true);
    });

    it('hides an event flagged by enough residents', async () => {
      const id = await createEvent('广场舞交流会');
      for (const n of neighbours.slice(0, 2)) {
        expect((await flag(n.api, { kind: 'event', id, reason: 'spam' })).status).toBe(201);
      }
      expect(await listed(id)).toBe(false);
      expect((await flag(organizer, { kind: 'event', id, reason: 'spam' })).status).toBe(403);
    });

    it('keeps a held honour citation off the public board until it is passed', async () => {
      const staffB = client(t.baseUrl, (await loginAs(t.baseUrl, 'staff-xingwang')).accessToken);
      const [member] = await residents(t, 1, 'xingwang/g1/b1');
      const nominated = await staffB.post<HonourView>('/honours', {
        communityId: demoPlaceId('xingwang'),
        kind: 'person',
        memberId: member.id,
        citation: '常年义务清理小广告，不怕骂他的人说去死',
        publishDays: 30,
      });
      expect(nominated.status).toBe(201);
      expect((await streetAdmin.post(`/honours/${nominated.body.id}/approve`)).status).toBe(200);
      const board = async () =>
        (
          await client(t.baseUrl).get<Page<HonourView>>(
            `/honours?communityId=${demoPlaceId('xingwang')}&status=published`,
          )
        ).body.items.map((h) => h.id);
      expect(await board()).not.toContain(nominated.body.id);
      const held = (await staffB.get<Page<ModerationCaseView>>('/moderation/cases')).body.items.find(
        (c) => c.recordId === nominated.body.id,
      );
      expect(held).toMatchObject({ kind: 'honour', state: 'held' });
      await staffB.post(`/moderation/cases/${held!.id}/pass`, { reason: '引用原话，无不当' });
      expect(await board()).toContain(nominated.body.id);
    });

    it('leaves a held rating comment out of the organizers’ summary (its rating counted); managers may flag one', async () => {
      const id = await createEvent('红石榴课堂·剪纸', 30);
      const attendees = await residents(t, 2);
      for (const [i, attendee] of attendees.entries()) {
        const registration = await attendee.api.post<RegistrationView>(`/events/${id}/registrations`, {});
        const ticket = await attendee.api.get<TicketView>(`/events/registrations/${registration.body.id}/ticket`);
        const scan = await organizer.post(`/events/${id}/checkins`, {
          ticket: ticket.body.token,
          nonce: `mod-nonce-${i}`,
        });
        expect(scan.status).toBe(200);
      }
      await t.dataSource.manager.update(CommunityEvent, { id }, { endsAt: new Date(Date.now() - 60_000) });
      const rate = (i: number, rating: number, comment: string) =>
        attendees[i].api.post(`/events/${id}/ratings`, { rating, comment });
      expect((await rate(0, 4, '老师很好，有事加微信')).status).toBe(204);
      const summary = async () => (await organizer.get<EventRatingsSummary>(`/events/${id}/ratings`)).body;
      expect(await summary()).toMatchObject({ average: 4, count: 1, comments: [] });
      const held = (await openCases()).find((c) => c.kind === 'event_comment');
      expect(held).toMatchObject({ state: 'held', excerpt: '老师很好，有事加微信' });
      await staff.post(`/moderation/cases/${held!.id}/pass`, { reason: '家长间正常联系' });
      expect((await summary()).comments).toMatchObject([{ id: held!.recordId, comment: '老师很好，有事加微信' }]);

      expect((await rate(1, 1, '什么破课，浪费时间')).status).toBe(204);
      const rude = (await summary()).comments.find((c) => c.rating === 1)!;
      const flagRude = (api: Api) => flag(api, { kind: 'event_comment', id: rude.id!, reason: 'abuse' });
      // Only those who read comments (the event's managers) may flag them.
      expect((await flagRude(neighbours[0].api)).status).toBe(404);
      expect((await flagRude(organizer)).body.hidden).toBe(false);
      expect((await flagRude(staff)).body.hidden).toBe(true);
      expect(await summary()).toMatchObject({ count: 2, average: 2.5 });
      expect((await summary()).comments.map((c) => c.comment)).toEqual(['老师很好，有事加微信']);
    });
  });
});
