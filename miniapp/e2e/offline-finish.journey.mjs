// Journey: 离线完成. The rider 马师傅 is working an order (filed and started over HTTP) when the signal goes: he
// finishes it with a note and a photo all the same; it waits on the phone as 待发送 1 项, through failed uploads and
// a restart of the app. Back online, the queue uploads the photo and sends the finish with the key it was queued
// with; the resident sees it finished once. Real API (demo accounts), the browser's offline mode; the one route
// stub aborts photo uploads for a while.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { ApiRoute } from '@tongxin/types';

import { api, demoTokens, fileReportAtHome } from './api-helpers.mjs';
import { demoLogin, H5_URL, logout, openBrowser, openMeTab, visible } from './identity-helpers.mjs';
import { jpeg } from './photo-helpers.mjs';

const RESIDENT = { key: 'resident-2', nickname: '李秀兰' };
const STAFF = { key: 'staff-xingwang', nickname: '刘敏' };
const RIDER = { key: 'part-time-member', nickname: '滨新侠·马师傅' };
// Unique per run, so the card of this run is found among earlier ones on a reused database.
const TEXT = `3号楼地下车库积水，车开不进去（${Date.now().toString(36)}）`;
const NOTE = '已疏通排水口，积水排净';

let browser;
let page;
let pageErrors;
let reportId;
let orderId;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

test('set-up: 李秀兰 reports standing water; 马师傅 grabs and starts the order', async () => {
  const report = await fileReportAtHome({
    resident: await demoTokens(RESIDENT),
    staff: await demoTokens(STAFF),
    text: TEXT,
  });
  reportId = report.id;
  orderId = report.order.id;
  const rider = await demoTokens(RIDER);
  await api(ApiRoute.Orders.Action(orderId, 'grab'), { method: 'POST', token: rider.accessToken, body: {} });
  const started = await api(ApiRoute.Orders.Action(orderId, 'start'), {
    method: 'POST',
    token: rider.accessToken,
    body: {},
  });
  assert.equal(started.order.status, 'in_progress');
});

test('with no signal, 马师傅 finishes it with a note and a photo; it waits on the phone as 待发送 1 项', async () => {
  await openMeTab(page);
  await demoLogin(page, RIDER.key, RIDER.nickname);
  await page.goto(`${H5_URL}#/packages/orders/pages/mine/index`);
  const card = page.locator('.my-orders-page .report-card', { hasText: TEXT });
  await visible(card.locator('.order-status', { hasText: '处理中' }));
  await card.locator('.order-actions__finish').click();
  const form = page.locator('.finish-form');
  await visible(form);

  await page.context().setOffline(true);
  await visible(form.locator('.finish-form__offline'));
  await form.locator('input[type=file]').setInputFiles(await jpeg('drained.jpg', '#5588aa'));
  await visible(form.locator('.photo-tile'));
  await form.locator('.finish-form__note textarea').fill(NOTE);
  await page.locator('.finish-form__submit').click();

  await visible(page.locator('.order-detail-page .finish-queue__title', { hasText: '待发送 1 项' }));
  const stored = await page.evaluate(() => localStorage.getItem('tongxin.orders.finish-queue') ?? '');
  assert.ok(stored.includes(orderId), 'the finish is kept in storage');
  // Tapping 立即发送 with no signal changes nothing: the finish keeps waiting.
  await page.locator('.order-detail-page .finish-queue__retry').click();
  await visible(page.locator('.order-detail-page .finish-queue__title', { hasText: '待发送 1 项' }));
  await visible(page.locator('.order-detail-page .order-status', { hasText: '处理中' }));
});

test('the signal is back but uploads still fail: the finish keeps waiting, also after the app restarts', async () => {
  // No answer to the photo upload, as on a signal too weak to carry it.
  await page.route('**/api/photos', (route) => route.abort('internetdisconnected'));
  await page.context().setOffline(false);
  await visible(page.locator('.order-detail-page .finish-queue__error', { hasText: '上次发送失败' }));

  await page.reload({ waitUntil: 'domcontentloaded' });
  await visible(page.locator('.order-detail-page .finish-queue__title', { hasText: '待发送 1 项' }));
  await visible(page.locator('.order-detail-page .order-status', { hasText: '处理中' }));
  await page.unroute('**/api/photos');
});

test('back online, the queue is sent: the photo kept on the phone, then the finish, and the order is 待确认', async () => {
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await visible(page.locator('.order-detail-page .order-status', { hasText: '待确认' }));
  await page.locator('.order-detail-page .finish-queue').waitFor({ state: 'detached' });
  await visible(page.locator('.order-detail-page .timeline-entry__note', { hasText: NOTE }));
  // Taro's H5 storage wraps each value as { data }.
  const stored = await page.evaluate(() => localStorage.getItem('tongxin.orders.finish-queue'));
  assert.deepEqual(JSON.parse(stored).data, [], 'nothing is left waiting');
});

test("李秀兰 sees her report finished once, with the rider's photo", async () => {
  const resident = await demoTokens(RESIDENT);
  const report = await api(ApiRoute.Reports.Report(reportId), { token: resident.accessToken });
  const finished = report.history.filter((entry) => entry.toStatus === 'done');
  assert.equal(finished.length, 1, 'one finish in the timeline');
  assert.equal(finished[0].note, NOTE);
  assert.equal(finished[0].photos.length, 1, 'the photo kept offline was uploaded once and attached');

  await openMeTab(page);
  await logout(page);
  await demoLogin(page, RESIDENT.key, RESIDENT.nickname);
  await page.goto(`${H5_URL}#/packages/reports/pages/detail/index?id=${encodeURIComponent(reportId)}`);
  await visible(page.locator('.report-detail-page .order-status', { hasText: '待确认' }));
  await visible(page.locator('.timeline-entry__note', { hasText: NOTE }));
  assert.equal(await page.locator('.timeline-entry--done').count(), 1, 'one 待确认 entry');
  assert.deepEqual(pageErrors, []);
});
