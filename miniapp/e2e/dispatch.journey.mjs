// Journey: 工单调度. 李秀兰 reports a problem (over HTTP); nobody has grabbed it yet. Community staff 刘敏 opens
// 工单调度, assigns the open order to the rider 马师傅, and sees it 已接单; 马师傅 is told in 消息通知. Real API
// (demo accounts), no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { ApiRoute, NotificationKind } from '@tongxin/types';

import { api, demoTokens, fileReportAtHome } from './api-helpers.mjs';
import { demoLogin, H5_URL, logout, openBrowser, openMeTab, visible } from './identity-helpers.mjs';

const RESIDENT = { key: 'resident-2', nickname: '李秀兰' };
const STAFF = { key: 'staff-xingwang', nickname: '刘敏' };
const RIDER = { key: 'part-time-member', nickname: '滨新侠·马师傅' };
// Unique per run, so the card of this run is found among earlier ones on a reused database.
const TEXT = `2号楼单元门闭门器坏了，门关不上（${Date.now().toString(36)}）`;

let browser;
let page;
let pageErrors;
let reportId;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

const card = () => page.locator('.report-card', { hasText: TEXT });

test('set-up: 李秀兰 reports a broken door closer at home; it waits in the hall, unclaimed', async () => {
  const report = await fileReportAtHome({
    resident: await demoTokens(RESIDENT),
    staff: await demoTokens(STAFF),
    text: TEXT,
  });
  assert.equal(report.order.status, 'open');
  reportId = report.id;
});

test('刘敏 assigns the open order to 马师傅 in 工单调度, and it shows 已接单', async () => {
  await openMeTab(page);
  await demoLogin(page, STAFF.key, STAFF.nickname);
  await page.goto(`${H5_URL}#/packages/orders/pages/dispatch/index`);
  await visible(card().locator('.order-status', { hasText: '待抢单' }));
  await card().locator('.dispatch-actions__assign').click();

  const dialog = page.locator('.assign-dialog');
  await (await visible(dialog.locator('.member-option', { hasText: RIDER.nickname }))).click();
  await dialog.locator('.nut-dialog-footer-ok').click();
  await visible(card().locator('.order-status', { hasText: '已接单' }));
  assert.equal(await page.locator('.assign-dialog__error').count(), 0, 'no error in the dialog');
  await openMeTab(page);
  await logout(page);
});

test('马师傅 is told: 您有新的派单, about this report (after 新工单待抢 when it opened in his grid)', async () => {
  const rider = await demoTokens(RIDER);
  const notices = await api(`${ApiRoute.Notifications.Mine}?pageSize=50`, { token: rider.accessToken });
  const mine = notices.items.filter((n) => n.reportId === reportId);
  assert.deepEqual(
    mine.map((n) => [n.kind, n.title]),
    [
      [NotificationKind.OrderAssigned, '您有新的派单'],
      [NotificationKind.OrderAvailable, '新工单待抢'],
    ],
  );
  assert.deepEqual(pageErrors, []);
});
