// Journey: sign-ups that need approval. 阿娜尔 publishes an event whose sign-ups she reviews; 其其格 and 王建国
// sign up (over HTTP). In the browser 阿娜尔 lets 其其格 in and, after confirming, turns 王建国 down; each is told
// in 消息通知. Real API (demo accounts), no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { ApiRoute, EventType, NotificationKind } from '@tongxin/types';

import { api, demoTokens, publishEvent } from './api-helpers.mjs';
import { demoLogin, H5_URL, logout, openBrowser, openMeTab, visible } from './identity-helpers.mjs';

const ORGANIZER = { key: 'organizer', nickname: '阿娜尔' };
const RESIDENT = { key: 'resident', nickname: '其其格' };
const NEIGHBOUR = { key: 'grid-worker', nickname: '王建国' };
// Unique per run, so a reused database never shows an older event of the same name.
const TITLE = `公益托管班·审核演练-${Date.now().toString(36)}`;

let browser;
let page;
let pageErrors;
let eventId;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

const row = (nickname) => page.locator('.roster-row', { hasText: nickname });

test('set-up: an event whose sign-ups need approval, and two sign-ups waiting for it', async () => {
  const organizer = await demoTokens(ORGANIZER);
  const event = await publishEvent(organizer, {
    inDays: 5,
    hours: 3,
    title: TITLE,
    type: EventType.Care,
    description: '寒假公益托管，报名需审核。',
    venue: '阿吉拉沁社区党群服务中心 二楼',
    capacity: 20,
    pointsReward: 0,
    needsApproval: true,
  });
  eventId = event.id;
  for (const account of [RESIDENT, NEIGHBOUR]) {
    const { accessToken } = await demoTokens(account);
    const registration = await api(ApiRoute.EventSignup.Register(eventId), {
      method: 'POST',
      token: accessToken,
      body: {},
    });
    assert.equal(registration.status, 'pending_approval');
  }
});

test('阿娜尔 lets 其其格 in from the roster', async () => {
  await openMeTab(page);
  await demoLogin(page, ORGANIZER.key, ORGANIZER.nickname);
  await page.goto(`${H5_URL}#/packages/organizer/pages/roster/index?id=${eventId}`);
  await visible(row(RESIDENT.nickname).locator('.roster-row__meta', { hasText: '待审核' }));
  await row(RESIDENT.nickname).locator('.roster-row__approve').click();
  await visible(row(RESIDENT.nickname).locator('.roster-row__meta', { hasText: '已报名' }));
});

test('阿娜尔 turns 王建国 down, after saying so in a dialog', async () => {
  await row(NEIGHBOUR.nickname).locator('.roster-row__reject').click();
  const dialog = page.locator('.taro__modal');
  await visible(dialog.locator('.taro-modal__text', { hasText: NEIGHBOUR.nickname }));
  await dialog.locator('.taro-modal__foot div', { hasText: '拒绝' }).click();
  await visible(row(NEIGHBOUR.nickname).locator('.roster-row__meta', { hasText: '未通过' }));
  await visible(row(RESIDENT.nickname).locator('.roster-row__meta', { hasText: '已报名' }));
  await openMeTab(page);
  await logout(page);
});

test('each is told: 报名审核通过 for 其其格, 报名未通过 for 王建国', async () => {
  for (const [account, kind] of [
    [RESIDENT, NotificationKind.EventApproved],
    [NEIGHBOUR, NotificationKind.EventRejected],
  ]) {
    const { accessToken } = await demoTokens(account);
    const notices = await api(`${ApiRoute.Notifications.Mine}?pageSize=50`, { token: accessToken });
    const mine = notices.items.filter((n) => n.eventId === eventId);
    assert.deepEqual(
      mine.map((n) => n.kind),
      [kind],
      `${account.nickname}'s notices about the event`,
    );
  }
  assert.deepEqual(pageErrors, []);
});
