// Journey: 随手拍 → grid order → 抢单 → 处理 → 确认. A resident of 丽日家园 reports a broken street light with a
// photo, a delivery rider serving as part-time grid member (滨新侠) grabs, starts and finishes it with proof, the
// resident is told in 消息通知 and confirms from there with five stars; he verifies the report and both see their points. Real API (demo accounts) and real photo uploads, no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { demoLogin, logout, openBrowser, openMeTab, openTasksTab, visible } from './identity-helpers.mjs';
import { jpeg } from './photo-helpers.mjs';

const RESIDENT = { key: 'resident-2', nickname: '李秀兰' };
const RIDER = { key: 'part-time-member', nickname: '滨新侠·马师傅' };
const STAFF = { key: 'staff-xingwang', nickname: '刘敏' };
// Unique per run, so the cards of this run are found among earlier ones on a reused database.
const TEXT = `1号楼东侧路灯不亮，晚上很黑（${Date.now().toString(36)}）`;
const NOTE = '已更换灯泡，恢复照明';

let browser;
let page;
let pageErrors;
let residentPointsBefore;

/** The balance shown on 我的 (我的积分's hint), once it has loaded. */
async function pointsOnMeTab() {
  const hint = await visible(page.locator('.menu-points .menu-row__hint').filter({ hasText: /\d+ 积分/ }));
  return Number(/(\d+) 积分/.exec(await hint.innerText())[1]);
}

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

async function switchUser(from, to) {
  await openMeTab(page);
  await visible(page.locator('.me-card__name', { hasText: from.nickname }));
  await logout(page);
  await demoLogin(page, to.key, to.nickname);
}

function myCard(scope = page) {
  return scope.locator('.report-card', { hasText: TEXT });
}

test('李秀兰 reports a broken light at 丽日家园1号楼 with a photo; it shows in 我的上报 as 待抢单', async () => {
  await openMeTab(page);
  await demoLogin(page, RESIDENT.key, RESIDENT.nickname);
  residentPointsBefore = await pointsOnMeTab();
  await openTasksTab(page);
  assert.equal(await page.locator('.menu-order-hall').count(), 0, 'no 抢单大厅 for a resident');

  await page.locator('.report-tile--report').click();
  await (await visible(page.locator('.report-form__categories .choice-chip', { hasText: '公共设施损坏' }))).click();
  await page.locator('.report-form__text textarea').fill(TEXT);
  await page.locator('.report-form__photos input[type=file]').setInputFiles(await jpeg('light.jpg', '#334455'));
  await visible(page.locator('.report-form__photos .photo-tile--done'));
  const building = page
    .locator('.building-picker__buildings .choice-chip')
    .filter({ hasText: /^\s*丽日家园1号楼\s*$/ });
  await (await visible(building)).click();
  await visible(page.locator('.location-field__picked', { hasText: '丽日家园1号楼' }));
  await page.locator('.report-form__submit').click();

  await visible(page.locator('.report-detail-page .report-detail__text', { hasText: TEXT }));
  await visible(page.locator('.report-detail-page .order-status', { hasText: '待抢单' }));
  assert.equal(await page.locator('.report-detail-page .photo-strip__image').count(), 1, 'the photo is shown');

  await openTasksTab(page);
  await visible(myCard().locator('.order-status', { hasText: '待抢单' }));
});

test('the rider 马师傅 grabs it in 抢单大厅, starts it and finishes it with a note and a photo', async () => {
  await switchUser(RESIDENT, RIDER);
  await openTasksTab(page);
  await (await visible(page.locator('.menu-order-hall'))).click();
  const card = myCard(page.locator('.hall-view'));
  await (await visible(card.locator('.hall-view__grab'))).click();

  const mine = myCard(page.locator('.my-orders-page'));
  await visible(mine.locator('.order-status', { hasText: '已接单' }));
  await mine.locator('.order-actions__start').click();
  await visible(mine.locator('.order-status', { hasText: '处理中' }));
  await mine.locator('.order-actions__finish').click();

  const form = page.locator('.finish-form');
  await visible(form);
  await form.locator('input[type=file]').setInputFiles(await jpeg('fixed.jpg', '#ffdd88'));
  await visible(form.locator('.photo-tile--done'));
  await form.locator('.finish-form__note textarea').fill(NOTE);
  await page.locator('.finish-form__submit').click();

  await visible(page.locator('.order-detail-page .order-status', { hasText: '待确认' }));
  await visible(page.locator('.order-detail-page .timeline-entry__note', { hasText: NOTE }));
});

test('李秀兰 is told in 消息通知, opens her report from the notice, confirms with five stars: 已确认', async () => {
  await switchUser(RIDER, RESIDENT);
  await (await visible(page.locator('.menu-notifications'))).click();
  const notice = page.locator('.notice', { hasText: TEXT });
  await visible(notice.locator('.notice__title', { hasText: '问题已处理，请确认' }));
  await notice.click();
  await visible(page.locator('.report-detail-page .order-status', { hasText: '待确认' }));

  await (await visible(page.locator('.report-detail__confirm'))).click();
  const dialog = page.locator('.confirm-dialog');
  await (await visible(dialog.locator('.star-rating__star--5'))).click();
  await visible(dialog.locator('.star-rating__word', { hasText: '非常满意' }));
  await dialog.locator('.nut-dialog-footer-ok').click();

  await visible(page.locator('.report-detail-page .order-status', { hasText: '已确认' }));
  await visible(page.locator('.report-detail__rating', { hasText: '★★★★★' }));
  await visible(page.locator('.timeline-entry__note', { hasText: NOTE }));
  assert.equal(await page.locator('.report-detail__confirm').count(), 0, 'nothing left to confirm');
});

test('the rider has points for the finished order, and 我的本月 counts it with its rating', async () => {
  await switchUser(RESIDENT, RIDER);
  assert.ok((await pointsOnMeTab()) > 0, 'the handler was paid for the confirmed order');

  await openTasksTab(page);
  await (await visible(page.locator('.menu-my-orders'))).click();
  const month = await visible(page.locator('.my-orders-page .my-month'));
  const figure = (key) => month.locator(`.my-month__figure--${key} .my-month__value`);
  assert.ok(Number(await figure('finished').innerText()) >= 1, 'the finished order counts this month');
  assert.match(await figure('rating').innerText(), /^[1-5]\.\d$/);
  assert.match(await figure('points').innerText(), /^\+[1-9]\d*$/);
});

test('community staff 刘敏 verifies the report in 工单调度', async () => {
  await switchUser(RIDER, STAFF);
  await openTasksTab(page);
  await (await visible(page.locator('.menu-dispatch'))).click();
  const card = myCard(page.locator('.dispatch-page'));
  await visible(card.locator('.order-status', { hasText: '已确认' }));
  await card.locator('.dispatch-actions__verify').click();
  await visible(page.getByText('已核实，积分已发给上报人'));
  assert.equal(await card.locator('.dispatch-actions__error').count(), 0, 'no error on verify');
});

test('李秀兰’s 我的积分 shows the points for her verified report', async () => {
  await switchUser(STAFF, RESIDENT);
  const after = await pointsOnMeTab();
  assert.ok(after > residentPointsBefore, `balance ${residentPointsBefore} → ${after}`);
  assert.deepEqual(pageErrors, []);
});
