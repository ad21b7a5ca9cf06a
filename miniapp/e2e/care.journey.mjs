// Journey: 帮扶台账 (issue 19). Grid worker 王建国 opens 帮扶台账 from the 随手拍 tab (1户待走访): 包小明, whose visit is
// 16 days overdue, is listed first; he opens 张德胜, logs a visit in a few taps (two quick phrases, a line of his
// own, a photo), and turns it into a need, which opens as 待抢单. 赵磊 — a part-time grid member of 阿吉拉沁第一网格,
// not a demo login, so he signs in with his phone and an SMS code — grabs it in 抢单大厅. 王建国's 消息通知 holds the
// 平安打卡提醒 about 马桂芳, who missed yesterday; 马桂芳 signs in and taps 今天平安 on the home tab. Community staff
// 乌云 has no 帮扶台账 entry and the record's address tells her 无权限. Real API (demo data), no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { jpeg } from './photo-helpers.mjs';
import {
  demoLogin,
  H5_URL,
  logout,
  openBrowser,
  openMeTab,
  openTasksTab,
  smsLogin,
  visible,
} from './identity-helpers.mjs';

const WORKER = { key: 'grid-worker', nickname: '王建国' };
const STAFF = { key: 'staff-ajilaqin', nickname: '乌云' };
// Seeded neighbours (not demo logins): a part-time grid member of 阿吉拉沁第一网格, and the elder on 平安打卡.
const RIDER = { phone: '13800000105', nickname: '赵磊' };
const ELDER = { phone: '13800000102', nickname: '马桂芳' };
// Unique per run, so the need of this run is found among earlier ones on a reused database.
const OWN_WORDS = `电饭锅插上电不加热，老人想请人上门看看（${Date.now().toString(36)}）`;

let browser;
let page;
let pageErrors;
let recordUrl;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

async function signOut() {
  await openMeTab(page);
  await logout(page);
}

const needCard = (scope) => scope.locator('.report-card', { hasText: OWN_WORDS });

test('王建国 opens 帮扶台账 (1户待走访): 包小明, 16 days overdue, comes first', async () => {
  await openMeTab(page);
  await demoLogin(page, WORKER.key, WORKER.nickname);
  await openTasksTab(page);
  const entry = page.locator('.menu-care-records');
  await visible(entry.locator('.menu-care-records__due', { hasText: '1户待走访' }));
  await entry.click();

  const cards = page.locator('.care-records-page .care-card');
  await visible(cards);
  assert.match(await cards.first().innerText(), /包\*明 · 1单元301/);
  assert.match(await cards.first().locator('.care-due--overdue').innerText(), /^逾期1[6-9]天$/);
  assert.equal(await cards.count(), 3, 'the three demo households of his grid');
  assert.equal(await page.locator('.care-records-page').getByText('马桂芳').count(), 0, 'names are masked in the list');
});

test('he opens 张德胜 and logs a visit: quick phrases, his own words, a photo', async () => {
  await page.locator('.care-card', { hasText: '张*胜' }).click();
  await visible(page.locator('.care-head__name', { hasText: '张德胜' }));
  recordUrl = page.url();
  assert.equal(await page.locator('.care-visit').count(), 1, 'the visit logged at seeding');

  await page.locator('.care-actions__visit').click();
  const dialog = page.locator('.visit-dialog');
  await (await visible(dialog.locator('.choice-chip', { hasText: '生活能自理' }))).click();
  await dialog.locator('.choice-chip', { hasText: '家电需要维修' }).click();
  const findings = dialog.locator('.visit-dialog__findings textarea');
  assert.equal(await findings.inputValue(), '生活能自理，家电需要维修');
  await findings.fill(OWN_WORDS);
  await dialog.locator('.visit-dialog__photos input[type=file]').setInputFiles(await jpeg('kitchen.jpg', '#aa7744'));
  await visible(dialog.locator('.photo-tile--done'));
  await dialog.locator('.nut-dialog-footer-ok').click();

  const newest = page.locator('.care-visit').first();
  await visible(newest.locator('.care-visit__findings', { hasText: OWN_WORDS }));
  assert.equal(await page.locator('.care-visit').count(), 2);
  assert.equal(await newest.locator('.photo-strip__image').count(), 1, 'the photo is on the visit');
});

test('the visit becomes a need in one more tap, and the need opens as 待抢单', async () => {
  await page.locator('.care-visit').first().locator('.care-visit__follow-up').click();
  const dialog = page.locator('.follow-up-dialog');
  await (await visible(dialog.locator('.choice-chip', { hasText: '上门维修' }))).click();
  assert.equal(await dialog.locator('textarea').inputValue(), OWN_WORDS, 'the findings are the need’s text');
  await dialog.locator('.nut-dialog-footer-ok').click();

  await visible(page.locator('.report-detail-page .report-detail__text', { hasText: OWN_WORDS }));
  await visible(page.locator('.report-detail-page .order-status', { hasText: '待抢单' }));

  await page.goto(recordUrl);
  await visible(page.locator('.care-visit').first().locator('.care-visit__need'));
  assert.equal(await page.locator('.care-visit').first().locator('.care-visit__follow-up').count(), 0);
  await visible(page.locator('.care-history'));
});

test('王建国’s 消息通知 holds the 平安打卡提醒 about 马桂芳, who missed yesterday', async () => {
  await openMeTab(page);
  await (await visible(page.locator('.menu-notifications'))).click();
  const notice = page.locator('.notice', { hasText: '平安打卡提醒' });
  await visible(notice);
  assert.match(await notice.locator('.notice__body').innerText(), /马\*芳昨天没有平安打卡/);
});

test('赵磊, a part-time grid member there, signs in with an SMS code and grabs the need in 抢单大厅', async () => {
  await signOut();
  await smsLogin(page, RIDER.phone, RIDER.nickname);
  await openTasksTab(page);
  assert.equal(await page.locator('.menu-care-records').count(), 0, 'riders keep no register');
  await (await visible(page.locator('.menu-order-hall'))).click();
  await (await visible(needCard(page.locator('.hall-view')).locator('.hall-view__grab'))).click();
  await visible(needCard(page.locator('.my-orders-page')).locator('.order-status', { hasText: '已接单' }));
});

test('马桂芳 signs in and taps 今天平安 on the home tab: 今日已打卡', async () => {
  await signOut();
  await smsLogin(page, ELDER.phone, ELDER.nickname);
  await page.goto(H5_URL, { waitUntil: 'domcontentloaded' });
  await (await visible(page.locator('.safety-card__button', { hasText: '今天平安，点一下' }))).click();
  await visible(page.locator('.safety-card__done', { hasText: '今日已打卡' }));
});

test('乌云 (community staff) has no 帮扶台账 entry, and the record’s address says 无权限', async () => {
  await signOut();
  await demoLogin(page, STAFF.key, STAFF.nickname);
  await visible(page.locator('.menu-staff-bindings'));
  assert.equal(await page.locator('.menu-care-records').count(), 0, 'no entry on 我的');
  await openTasksTab(page);
  await visible(page.locator('.menu-dispatch'));
  assert.equal(await page.locator('.menu-care-records').count(), 0, 'no entry on the 随手拍 tab');
  assert.equal(await page.locator('.safety-card').count(), 0);

  await page.goto(recordUrl);
  await visible(page.locator('.care-detail-page .list-state--error', { hasText: '无权限' }));
  assert.equal(await page.getByText('张德胜').count(), 0, 'nothing of the record is shown');
  assert.deepEqual(pageErrors, []);
});
