// Journey: staff award points and stock the mall; a resident sees the award, redeems an item and
// gets a pickup code; staff hand the item over by that code; the resident sees it collected.
// Real API (demo accounts), no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { ApiRoute } from '@tongxin/types';

import { api, demoTokens } from './api-helpers.mjs';
import { demoLogin, logout, openBrowser, openMeTab, visible } from './identity-helpers.mjs';

const STAFF = { key: 'staff-xingwang', nickname: '刘敏' };
const RESIDENT = { key: 'resident-2', nickname: '李秀兰' };
const REASON = '协助组织丽日家园红石榴课堂';
// Unique per run, so a reused database never shows an older item of the same name.
const ITEM = `石榴籽环保袋-${Date.now().toString(36)}`;
const PICKUP_PLACE = '兴旺社区党群服务中心一楼';

let browser;
let page;
let pageErrors;
let pickupCode;
// What 李秀兰 holds before this journey: the demo's month (SEED_DEMO_HISTORY) gave her points of her own.
let start;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
  const { accessToken } = await demoTokens(RESIDENT);
  start = (await api(ApiRoute.Points.Balance, { token: accessToken })).balance;
});

after(async () => {
  await browser?.close();
});

async function openMenu(className) {
  await (await visible(page.locator(`.${className}`))).click();
}

// Browser back into a tab page can leave it hidden in Taro 4.2 H5 (display: none after the
// transition), so the journey returns to 我的 through the tab bar, as a user would.
async function backToMe() {
  await openMeTab(page);
}

test('刘敏 awards 李秀兰 50 points with a reason', async () => {
  await openMeTab(page);
  await demoLogin(page, STAFF.key, STAFF.nickname);
  await openMenu('menu-staff-award');

  await (await visible(page.locator('.member-option', { hasText: RESIDENT.nickname }))).click();
  await visible(page.locator('.award-form .form-field__label', { hasText: `奖励给：${RESIDENT.nickname}` }));
  await page.locator('.award-form__amount input').fill('50');
  await page.locator('.award-form__reason textarea').fill(REASON);
  await page.locator('.award-form__submit').click();

  // On success the form clears for the next award.
  await visible(page.locator('.award-form .form-field__label', { hasText: /^奖励给$/ }));
  assert.equal(await page.locator('.award-form__error').count(), 0, 'no form error');
  await backToMe();
});

test('刘敏 stocks the mall with a new item', async () => {
  await openMenu('menu-staff-mall');
  await visible(page.locator('.staff-community__name', { hasText: '兴旺社区' }));
  await page.locator('.item-form__name input').fill(ITEM);
  await page.locator('.item-form__pointsPrice input').fill('20');
  await page.locator('.item-form__stock input').fill('5');
  await page.locator('.item-form__perMemberLimit input').fill('1');
  await page.locator('.item-form__pickupPlace input').fill(PICKUP_PLACE);
  await page.locator('.item-form__submit').click();

  const item = page.locator('.managed-item', { hasText: ITEM });
  await visible(item);
  assert.match(await item.innerText(), /20 积分 · 库存 5 · 每人限兑 1/);
  assert.match(await item.innerText(), /在售/);
  await backToMe();
  await logout(page);
});

test('李秀兰 sees 50 points and the award with its reason', async () => {
  await demoLogin(page, RESIDENT.key, RESIDENT.nickname);
  await visible(page.locator('.menu-points', { hasText: `${start + 50} 积分` }));
  await openMenu('menu-points');

  await visible(page.locator('.balance-card__value', { hasText: new RegExp(`^${start + 50}$`) }));
  const entry = page.locator('.entry-row', { hasText: REASON });
  await visible(entry);
  assert.match(await entry.innerText(), /工作人员奖励/);
  assert.match(await entry.locator('.entry-row__amount').innerText(), /^\+50$/);
  await visible(page.locator('.rules-section', { hasText: '兴旺社区' }));
  await backToMe();
});

test('李秀兰 redeems the item and gets a pickup code', async () => {
  await openMenu('menu-mall');
  const item = page.locator('.mall-item', { hasText: ITEM });
  await (await visible(item.locator('.mall-item__redeem'))).click();

  const dialog = page.locator('.redeem-dialog');
  await visible(dialog.locator('.redeem-dialog__line', { hasText: '所需积分：20' }));
  await visible(dialog.locator('.redeem-dialog__line', { hasText: `当前积分：${start + 50}` }));
  await dialog.locator('.nut-dialog-footer-ok').click();

  const digits = page.locator('.redeemed-card .pickup-code__digits');
  await visible(digits);
  pickupCode = (await digits.innerText()).replace(/\s+/g, '');
  assert.match(pickupCode, /^\d{8}$/);
  assert.equal(await page.locator('.redeemed-card canvas').count(), 1, 'the QR code is drawn on a canvas');
  await visible(page.locator('.redeemed-card .pickup-code__tip', { hasText: '调亮屏幕' }));
  await backToMe();
});

test('李秀兰 now has 30 points and a −20 积分超市兑换 entry', async () => {
  await visible(page.locator('.menu-points', { hasText: `${start + 30} 积分` }));
  await openMenu('menu-points');
  await visible(page.locator('.balance-card__value', { hasText: new RegExp(`^${start + 30}$`) }));
  // Newest first: the demo month's own redemptions are further down.
  const entry = page.locator('.entry-row', { hasText: '积分超市兑换' }).first();
  await visible(entry);
  assert.equal(await entry.locator('.entry-row__amount').innerText(), '−20');
  await backToMe();
  await logout(page);
});

test('刘敏 collects the item by its pickup code', async () => {
  await demoLogin(page, STAFF.key, STAFF.nickname);
  await openMenu('menu-staff-collect');
  await (await visible(page.locator('.code-entry__input input'))).fill(pickupCode);
  await page.locator('.code-entry__submit').click();

  const result = page.locator('.collect-result');
  await visible(result.locator('.collect-result__status', { hasText: '已领取' }));
  assert.match(await result.innerText(), new RegExp(ITEM));
  assert.match(await result.innerText(), /李秀兰/);

  // The same code a second time is refused as already collected.
  await page.locator('.code-entry__submit').click();
  await visible(page.locator('.collect-error__message', { hasText: /^该兑换已于 .+ 领取，请勿重复发放$/ }));
  await backToMe();
  await logout(page);
});

test('李秀兰 sees the redemption 已领取 in 我的兑换', async () => {
  await demoLogin(page, RESIDENT.key, RESIDENT.nickname);
  await openMenu('menu-redemptions');
  const card = page.locator('.redemption-card', { hasText: ITEM });
  await visible(card.locator('.redemption-status', { hasText: '已领取' }));
  assert.equal(await card.locator('.pickup-code').count(), 0, 'no pickup code once collected');
  assert.deepEqual(pageErrors, []);
});
