// Journey: 消息通知. 阿娜尔 publishes a one-place event on 阿吉拉沁社区; 王建国 takes the place and 其其格 goes on the
// waiting list; 王建国 cancels, so 其其格 is promoted and told. Set up over HTTP; then, in the browser, 其其格 sees
// 1 条未读 on 我的 (and a 1 on the 我的 tab), opens 消息通知, taps 候补成功 and lands on the event; back on 我的
// both badges are gone.
// Real API (demo accounts), no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { ApiRoute, EventType } from '@tongxin/types';

import { api, demoTokens, publishEvent } from './api-helpers.mjs';
import { demoLogin, logout, openBrowser, openMeTab, visible } from './identity-helpers.mjs';

const ORGANIZER = { key: 'organizer', nickname: '阿娜尔' };
// Both live in 阿吉拉沁社区, so both may sign up for its events.
const RESIDENT = { key: 'resident', nickname: '其其格' };
const NEIGHBOUR = { key: 'grid-worker', nickname: '王建国' };
// Unique per run, so a reused database never shows an older event or notice of the same name.
const TITLE = `红石榴课堂·候补演练-${Date.now().toString(36)}`;

let browser;
let page;
let pageErrors;
let eventId;

/** The badge on the 我的 tab (the fourth) of the H5 tab bar. */
const meTabBadge = () => page.locator('.weui-tabbar__item').nth(3).locator('.taro-tabbar-badge');

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

test('set-up: 其其格 is promoted from the waiting list of a one-place event', async () => {
  const organizer = await demoTokens(ORGANIZER);
  const event = await publishEvent(organizer, {
    inDays: 3,
    hours: 2,
    title: TITLE,
    type: EventType.Class,
    description: '候补转正式报名演练。',
    venue: '阿吉拉沁社区党群服务中心 多功能厅',
    capacity: 1,
    pointsReward: 5,
  });
  assert.equal(event.placeName, '阿吉拉沁社区');
  eventId = event.id;

  const neighbour = await demoTokens(NEIGHBOUR);
  const taken = await api(ApiRoute.EventSignup.Register(eventId), {
    method: 'POST',
    token: neighbour.accessToken,
    body: {},
  });
  assert.equal(taken.status, 'confirmed');

  const resident = await demoTokens(RESIDENT);
  // Earlier runs on a reused database may have left her notices: start from an empty badge.
  await api(ApiRoute.Notifications.ReadAll, { method: 'POST', token: resident.accessToken });
  const waiting = await api(ApiRoute.EventSignup.Register(eventId), {
    method: 'POST',
    token: resident.accessToken,
    body: {},
  });
  assert.equal(waiting.status, 'waiting');

  await api(ApiRoute.EventSignup.CancelRegistration(taken.id), { method: 'POST', token: neighbour.accessToken });
  const unread = await api(ApiRoute.Notifications.UnreadCount, { token: resident.accessToken });
  assert.equal(unread.count, 1);
});

test('其其格 sees 1 条未读 on 我的 and the notice in 消息通知', async () => {
  await openMeTab(page);
  await demoLogin(page, RESIDENT.key, RESIDENT.nickname);
  const row = page.locator('.menu-notifications');
  await visible(row.locator('.menu-row__hint', { hasText: '1 条未读' }));
  assert.equal((await (await visible(row.locator('.menu-notifications__badge'))).innerText()).trim(), '1');
  // The 我的 tab itself carries the count too.
  assert.equal((await (await visible(meTabBadge())).innerText()).trim(), '1');
  await row.click();

  const notice = page.locator('.notice', { hasText: TITLE });
  await visible(notice.locator('.notice__title', { hasText: '候补成功' }));
  assert.match(await notice.getAttribute('class'), /\bnotice--unread\b/);
  await visible(page.locator('.notices__read-all'));
});

test('tapping the notice marks it read and opens the event, now with a confirmed place', async () => {
  const read = page.waitForResponse(
    (response) => response.request().method() === 'POST' && /\/notifications\/[^/]+\/read$/.test(response.url()),
  );
  await page.locator('.notice', { hasText: TITLE }).click();
  assert.equal((await read).status(), 204);

  await visible(page.locator('.event-detail__title', { hasText: TITLE }));
  assert.match(page.url(), new RegExp(`#/packages/events/pages/detail/index\\?id=${eventId}`));
  await visible(page.locator('.my-registration__status', { hasText: '已报名' }));
});

test('back in 消息通知 the notice is read; back on 我的 the badge is gone', async () => {
  await page.goBack();
  const notice = page.locator('.notice', { hasText: TITLE });
  await visible(notice);
  await page.waitForFunction(
    (title) =>
      [...document.querySelectorAll('.notice')].some(
        (el) => el.textContent.includes(title) && !el.classList.contains('notice--unread'),
      ),
    TITLE,
  );
  assert.equal(await page.locator('.notices__read-all').count(), 0, 'nothing left to mark read');

  await page.goBack();
  const row = page.locator('.menu-notifications');
  await visible(row.locator('.menu-row__hint', { hasText: '活动变动、工单进展' }));
  assert.equal(await row.locator('.menu-notifications__badge').count(), 0, 'no unread badge');
  await page.waitForFunction(() => document.querySelectorAll('.weui-tabbar__item .taro-tabbar-badge').length === 0);
  await logout(page);
  assert.deepEqual(pageErrors, []);
});
