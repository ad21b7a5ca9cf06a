// Journey: a delivery rider applies to be a part-time grid member (滨新侠), the community's staff
// approve, and the rider then holds the role, is told in 消息通知 and goes from there to 抢单大厅. Real API (demo
// accounts), no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { demoLogin, logout, openBrowser, openMeTab, visible, WAIT_MS } from './identity-helpers.mjs';

const RIDER = { key: 'rider', nickname: '滨新侠·张师傅' };
const STAFF = { key: 'staff-xingwang', nickname: '刘敏' };
const STATEMENT = '在丽日家园一带送餐三年，熟悉每栋楼，愿意顺路帮邻居报事。';

let browser;
let page;
let pageErrors;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

test('the rider logs in with the demo account and applies for 丽日家园红色网格', async () => {
  await openMeTab(page);
  await demoLogin(page, RIDER.key, RIDER.nickname);
  assert.match(await page.locator('.me-card__phone').innerText(), /^1\d{10}$/, 'own phone, unmasked');
  assert.equal(await page.locator('.menu-staff-riders').count(), 0, 'no staff entries for a resident');

  await page.locator('.menu-rider').click();
  await (await visible(page.locator('.rider-form__platforms .choice-chip', { hasText: '美团' }))).click();
  await (await visible(page.locator('.rider-form__community .choice-chip', { hasText: '兴旺社区' }))).click();
  await (await visible(page.locator('.rider-form__grids .choice-chip', { hasText: '丽日家园红色网格' }))).click();
  await page.locator('.rider-form__statement textarea').fill(STATEMENT);
  await page.locator('.rider-form__submit').click();

  const application = page.locator('.application-card', { hasText: '丽日家园红色网格' });
  await visible(application);
  await visible(application.locator('.application-card__status', { hasText: '待审核' }));
  assert.match(await application.innerText(), /兴旺社区/);
  assert.match(await application.innerText(), /美团/);
  assert.equal(await page.locator('.rider-form__error').count(), 0, 'no form error');
});

test('the rider logs out', async () => {
  await page.goBack();
  await logout(page);
  assert.equal(await page.locator('.me-card__name', { hasText: RIDER.nickname }).count(), 0);
});

test('刘敏 of 兴旺社区 approves 张师傅 in 骑手审核', async () => {
  await demoLogin(page, STAFF.key, STAFF.nickname);
  await (await visible(page.locator('.menu-staff-riders'))).click();

  const card = page.locator('.review-card', { hasText: RIDER.nickname });
  await visible(card);
  assert.match(await card.innerText(), /丽日家园红色网格/);
  assert.match(await card.innerText(), /1\d\d\*{4}\d{4}/, 'the phone is masked for staff');
  await card.locator('.review-card__approve').click();
  await card.waitFor({ state: 'detached', timeout: WAIT_MS });

  await page.goBack();
  await logout(page);
});

test('the rider logs in again and holds 兼职网格员, with the application 已通过', async () => {
  await demoLogin(page, RIDER.key, RIDER.nickname);
  const role = page.locator('.my-role', { hasText: '兼职网格员' });
  await visible(role);
  assert.match(await role.innerText(), /丽日家园红色网格/);

  await page.locator('.menu-rider').click();
  const application = page.locator('.application-card', { hasText: '丽日家园红色网格' });
  await visible(application.locator('.application-card__status', { hasText: '已通过' }));
});

test('the rider was told in 消息通知, and the notice opens 抢单大厅', async () => {
  await page.goBack();
  await (await visible(page.locator('.menu-notifications'))).click();
  const notice = page.locator('.notice', { hasText: '骑手申请已通过' }).first();
  await visible(notice);
  await notice.click();
  await visible(page.locator('.order-hall-page'));
  assert.deepEqual(pageErrors, []);
});
