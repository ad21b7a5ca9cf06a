// Journey: 顺路单. The rider 马师傅 passes the orange grid (his demo 我的顺路): his hall opens with its orders, marked
// 顺路. 李秀兰 reports a problem at her building in the red grid (over HTTP). 马师傅 opens 我的顺路 from the hall, puts
// only her building (丽日家园2号楼) on his route and saves; back in the hall an on-the-way order is first and hers
// carries 顺路, ahead of every order off the route. He grabs it 稍后上门 at a time before the claim's deadline; the
// promised time shows on his order and on her report. Real API (demo accounts), no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { ApiRoute } from '@tongxin/types';

import { api, demoTokens, fileReportAtHome } from './api-helpers.mjs';
import { demoLogin, H5_URL, logout, openBrowser, openMeTab, visible } from './identity-helpers.mjs';

const RESIDENT = { key: 'resident-2', nickname: '李秀兰' };
const STAFF = { key: 'staff-xingwang', nickname: '刘敏' };
const RIDER = { key: 'part-time-member', nickname: '滨新侠·马师傅' };
// Unique per run, so the card of this run is found among earlier ones on a reused database.
const TEXT = `2号楼楼道扶手松动，老人上下楼不安全（${Date.now().toString(36)}）`;

let browser;
let page;
let pageErrors;
let reportId;
let demoRoute;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  // Leave 马师傅's demo route as it was, whatever happened above.
  if (demoRoute) {
    const rider = await demoTokens(RIDER);
    await api(ApiRoute.MyRoute, {
      method: 'PUT',
      token: rider.accessToken,
      body: { placeIds: demoRoute.places.map((p) => p.id), windows: demoRoute.windows },
    });
  }
  await browser?.close();
});

const hallCards = () => page.locator('.hall-view .report-card');

/** Whether each card of the hall, top to bottom, carries 顺路. */
async function onRouteFlags() {
  const cards = await hallCards().all();
  return Promise.all(cards.map(async (card) => (await card.locator('.reason-chip--on_route').count()) > 0));
}

async function openHall() {
  await page.goto(`${H5_URL}#/packages/orders/pages/hall/index`);
  await visible(hallCards());
}

test('set-up: 马师傅 has his demo route; 李秀兰 reports a loose handrail at home, in the red grid', async () => {
  const rider = await demoTokens(RIDER);
  demoRoute = await api(ApiRoute.MyRoute, { token: rider.accessToken });
  assert.deepEqual(
    demoRoute.places.map((p) => p.name),
    ['丽日家园橙色网格'],
  );
  const report = await fileReportAtHome({
    resident: await demoTokens(RESIDENT),
    staff: await demoTokens(STAFF),
    text: TEXT,
  });
  assert.equal(report.order.status, 'open');
  reportId = report.id;
});

test('马师傅’s hall opens with the orange grid’s orders, marked 顺路; the new one is not on his route yet', async () => {
  await openMeTab(page);
  await demoLogin(page, RIDER.key, RIDER.nickname);
  await openHall();
  await visible(page.locator('.route-summary', { hasText: '顺路：丽日家园橙色网格' }));
  const first = hallCards().first();
  await visible(first.locator('.reason-chip--on_route', { hasText: '顺路' }));
  assert.match(await first.locator('.report-card__place').innerText(), /丽日家园橙色网格/);
  const mine = hallCards().filter({ hasText: TEXT });
  await visible(mine);
  assert.equal(await mine.locator('.reason-chip--on_route').count(), 0, 'her building is not on the route yet');
});

test('in 我的顺路 he puts only 丽日家园2号楼 on his route; the hall now ranks it first with 顺路', async () => {
  await page.locator('.order-hall-page__route').click();
  await visible(page.locator('.route-page .route-places__summary', { hasText: '已选：丽日家园橙色网格' }));
  // Off: the whole orange grid. On: one building of the red grid.
  await page.locator('.route-places__grids .choice-chip', { hasText: '丽日家园橙色网格' }).click();
  await page.locator('.route-places__building-grids .choice-chip', { hasText: '丽日家园红色网格' }).click();
  await (
    await visible(page.locator('.route-places__buildings .choice-chip').filter({ hasText: /^\s*丽日家园2号楼\s*$/ }))
  ).click();
  await visible(page.locator('.route-places__summary', { hasText: /^已选：丽日家园2号楼$/ }));
  await page.locator('.route-page__save').click();
  await visible(page.locator('.route-places__summary', { hasText: /^已选：丽日家园2号楼$/ }));

  await openHall();
  await visible(page.locator('.route-summary', { hasText: '顺路：丽日家园2号楼' }));
  const mine = hallCards().filter({ hasText: TEXT });
  await visible(mine.locator('.reason-chip--on_route', { hasText: '顺路' }));
  const flags = await onRouteFlags();
  assert.equal(flags[0], true, 'an on-the-way order is first');
  const offRoute = flags.indexOf(false);
  assert.ok(offRoute === -1 || flags.slice(offRoute).every((f) => !f), 'every order on the way comes first');
  const texts = await hallCards().allInnerTexts();
  const at = texts.findIndex((t) => t.includes(TEXT));
  assert.ok(flags[at], 'her order is among those on the way');
  assert.ok(offRoute === -1 || at < offRoute, 'her order is ahead of every order off the way');
});

test('he grabs it 稍后上门 at a time before the claim’s deadline; his order shows the promise', async () => {
  const mine = hallCards().filter({ hasText: TEXT });
  await mine.locator('.hall-view__later').click();
  const dialog = page.locator('.grab-later');
  const slot = await visible(dialog.locator('.grab-later__slots .choice-chip'));
  const time = (await slot.innerText()).trim();
  await slot.click();
  await dialog.locator('.nut-dialog-footer-ok').click();

  const card = page.locator('.my-orders-page .report-card', { hasText: TEXT });
  await visible(card.locator('.order-status', { hasText: '已接单' }));
  await visible(card.locator('.report-card__promise', { hasText: time.replace('明天 ', '') }));
  await openMeTab(page);
  await logout(page);
});

test('李秀兰 sees the promised time on her report', async () => {
  await demoLogin(page, RESIDENT.key, RESIDENT.nickname);
  await page.goto(`${H5_URL}#/packages/reports/pages/detail/index?id=${encodeURIComponent(reportId)}`);
  await visible(page.locator('.report-detail-page .order-status', { hasText: '已接单' }));
  await visible(page.locator('.report-detail__promise', { hasText: '承诺上门时间' }));
  await visible(page.locator('.timeline-entry__note', { hasText: '稍后上门' }));
  assert.deepEqual(pageErrors, []);
});
