import { type AuthTokens, NotificationKind, type ReminderTemplates } from '@tongxin/types';

import { Notification } from '../src/modules/notifications/notification.entity';
import { NotificationPushService, REMINDER_PAGE } from '../src/modules/notifications/notification-push.service';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { type FakeWechat, startFakeWechat } from './fakes/fake-wechat.server';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

const EVENT_TEMPLATE = 'tmplEventReminder001';
const ACCOUNT_TEMPLATE = 'tmplAccountResult002';

describe('WeChat reminders: notices sent as subscribe messages to members who accepted them', () => {
  let wx: FakeWechat;
  let t: TestApp;
  let notices: NotificationsService;
  let push: NotificationPushService;

  beforeAll(async () => {
    wx = await startFakeWechat();
    t = await startTestApp({
      SWEEP_INTERVAL_MS: '0',
      WECHAT_API_BASE: wx.baseUrl,
      WECHAT_APPID: wx.appId,
      WECHAT_SECRET: wx.appSecret,
      WECHAT_TEMPLATE_EVENT: `${EVENT_TEMPLATE}:thing1,thing2,time3`,
      WECHAT_TEMPLATE_ACCOUNT: `${ACCOUNT_TEMPLATE}:thing4,thing5`,
    });
    notices = t.app.get(NotificationsService);
    push = t.app.get(NotificationPushService);
  });
  afterAll(async () => {
    await t.close();
    await wx.close().catch(() => undefined); // the last test closes it already
  });

  /** A member who logged in with WeChat, so the API knows their openid. */
  async function wechatMember(openid: string): Promise<{ id: string; api: ReturnType<typeof client> }> {
    const login = await client(t.baseUrl).post<AuthTokens>('/auth/wechat/login', { code: wx.issueLoginCode(openid) });
    expect(login.status).toBe(200);
    return { id: login.body.user.id, api: client(t.baseUrl, login.body.accessToken) };
  }
  const pushState = async (userId: string) =>
    (await t.dataSource.manager.find(Notification, { where: { userId }, order: { id: 'ASC' } })).map(
      (n) => n.pushState,
    );

  it('tells the mini-app which templates to ask members to accept', async () => {
    const member = await wechatMember('o-templates');
    const templates = await member.api.get<ReminderTemplates>('/notifications/reminder-templates');
    expect(templates.body).toEqual({ templates: { event: EVENT_TEMPLATE, account: ACCOUNT_TEMPLATE } });
  });

  it('sends a notice once, to its member, with the template’s keys within WeChat’s limits, opening the inbox', async () => {
    const member = await wechatMember('o-qiqige-1');
    wx.acceptTemplate('o-qiqige-1', EVENT_TEMPLATE);
    await notices.notifyUsers([member.id], {
      kind: NotificationKind.EventChanged,
      title: '活动信息变更',
      body: '「红石榴课堂·书法体验」时间改为 2026-11-25 14:00，地点改为 党群服务中心三楼多功能厅，请留意。',
    });
    // Two replicas sweeping at once still send it once.
    const [a, b] = await Promise.all([push.pushDue(), push.pushDue()]);
    expect(a + b).toBe(1);
    const sent = wx.subscribeMessages.filter((m) => m.touser === 'o-qiqige-1');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ template_id: EVENT_TEMPLATE, page: REMINDER_PAGE, miniprogram_state: 'formal' });
    expect(sent[0].data.thing1.value).toBe('活动信息变更');
    expect([...sent[0].data.thing2.value]).toHaveLength(20);
    expect(sent[0].data.time3.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    expect(await pushState(member.id)).toEqual(['sent']);
    expect(await push.pushDue()).toBe(0);
  });

  it('skips members who did not accept the template, or have no WeChat, and topics without one; in-app all the same', async () => {
    const refused = await wechatMember('o-refused');
    await notices.notifyUsers([refused.id], {
      kind: NotificationKind.EventPromoted,
      title: '候补成功',
      body: '您已转为正式报名',
    });
    // An order notice: no order template is set up, so nothing is pending.
    await notices.notifyUsers([refused.id], {
      kind: NotificationKind.OrderFinished,
      title: '问题已处理，请确认',
      body: '请确认',
    });
    await push.pushDue();
    expect(await pushState(refused.id)).toEqual(['skipped', null]);
    expect((await refused.api.get<{ count: number }>('/notifications/unread-count')).body.count).toBe(2);
    expect(wx.subscribeMessages.some((m) => m.touser === 'o-refused')).toBe(false);

    // A member who signed in by SMS has no openid to send to.
    const bySms = (await loginAs(t.baseUrl, 'resident')).user;
    await notices.notifyUsers([bySms.id], {
      kind: NotificationKind.EventPromoted,
      title: '候补成功',
      body: '您已转为正式报名',
    });
    await push.pushDue();
    expect(await pushState(bySms.id)).toEqual(['skipped']);

    // One acceptance, one message: the second notice finds the quota used up.
    const once = await wechatMember('o-once');
    wx.acceptTemplate('o-once', ACCOUNT_TEMPLATE);
    for (const title of ['骑手申请已通过', '您已入选石榴籽个人']) {
      await notices.notifyUsers([once.id], { kind: NotificationKind.RiderApproved, title, body: '详情见消息通知' });
    }
    await push.pushDue();
    expect(await pushState(once.id)).toEqual(['sent', 'skipped']);
    expect(wx.subscribeMessages.filter((m) => m.touser === 'o-once').map((m) => m.data.thing4.value)).toEqual([
      '骑手申请已通过',
    ]);
  });

  it('gets a new access token when WeChat says the old one expired', async () => {
    const member = await wechatMember('o-token');
    wx.acceptTemplate('o-token', EVENT_TEMPLATE);
    wx.expireAccessToken();
    await notices.notifyUsers([member.id], {
      kind: NotificationKind.EventCancelled,
      title: '活动取消',
      body: '很抱歉，活动已取消。',
    });
    expect(await push.pushDue()).toBe(1);
    expect(await pushState(member.id)).toEqual(['sent']);
  });

  it('retries while WeChat is unreachable, and gives up after three tries (last: it closes the fake)', async () => {
    const member = await wechatMember('o-outage');
    wx.acceptTemplate('o-outage', EVENT_TEMPLATE);
    await notices.notifyUsers([member.id], {
      kind: NotificationKind.EventChanged,
      title: '活动信息变更',
      body: '时间改了',
    });
    // WeChat down (last test: the fake stays closed).
    await wx.close();
    await push.pushDue();
    expect(await pushState(member.id)).toEqual(['pending']);
    await push.pushDue();
    await push.pushDue();
    expect(await pushState(member.id)).toEqual(['failed']);
    expect((await t.dataSource.manager.findOneByOrFail(Notification, { userId: member.id })).pushAttempts).toBe(3);
  });
});
