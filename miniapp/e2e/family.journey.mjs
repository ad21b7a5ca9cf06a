// Journey: 亲情代办. 马丽娜 (兴旺社区, far from her mother) opens 我的 → 亲情代办, where her link to her mother 马桂芳
// (阿吉拉沁社区) is 已生效, and starts 代办: the banner 「正在为 马桂芳 代办」 shows. She files a 跑腿代办 need for her
// mother in 阿吉拉沁社区 (the community picked first, then 阿吉拉沁第一网格 3号楼), sees it in 马桂芳的上报 on the
// 随手拍 tab beside the need she filed earlier (demo), finds it in 代办记录, and 退出代办: the tab lists her own reports
// again. Acting is not kept across a reload. Then 马桂芳 (a neighbour with no demo login) signs in with an SMS code and
// sees the link from her side, the same 代办记录, and the need in her own 我的上报. Real API (demo accounts), no stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import {
  demoLogin,
  logout,
  openBrowserOnApp,
  openMeTab,
  openTasksTab,
  sentCode,
  visible,
} from './identity-helpers.mjs';

const DAUGHTER = { key: 'family-child', nickname: '马丽娜' };
const MOTHER = { phone: '13800000102', nickname: '马桂芳' };
const ACT = '马丽娜 代为提交需求或问题';
// Unique per run, so this run's need is told from earlier ones on a reused database.
const TEXT = `妈妈腿脚不便，请网格员帮她去超市买一袋米送上楼（${Date.now().toString(36)}）`;
const EARLIER = '我在外地工作，妈妈腿脚不便';

let browser;
let page;
let pageErrors;
let actsBefore;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowserOnApp());
});

after(async () => {
  await browser?.close();
});

/** The banner of the page on top (pages below it in the stack keep theirs, hidden). */
function banner() {
  return page.locator('.acting-banner:visible', { hasText: '正在为 马桂芳 代办' });
}

/**
 * 代办记录 of the link on the 亲情代办 page (opened if closed); resolves with the entries' texts, newest first — once
 * there are `count` of them, when given (the list shows what it had, then what the API answers now).
 */
async function acts(link, count) {
  const toggle = link.locator('.family-link__acts');
  if ((await toggle.innerText()).trim() === '代办记录') await toggle.click();
  await visible(link.locator('.family-act, .list-state--empty'));
  if (count !== undefined) await visible(link.locator('.family-act').nth(count - 1));
  return link.locator('.family-act__what').allInnerTexts();
}

/**
 * 马桂芳 has no demo login: she signs in with an SMS code. A phone gets one code a minute, and the care journey may have
 * signed her in moments ago: then the form says 发送太频繁 and counts down, and the code is asked for again after it.
 */
async function motherSignsIn() {
  await (await visible(page.locator('.login-entry__button'))).click();
  await (await visible(page.locator('.login-form__phone input'))).fill(MOTHER.phone);
  const send = page.locator('.login-form__send');
  const tooSoon = page.locator('.login-form__error', { hasText: '发送太频繁' });
  await send.click();
  await visible(tooSoon.or(send.filter({ hasText: '秒后重发' })));
  if ((await tooSoon.count()) > 0) {
    await send.filter({ hasText: /获取验证码|重新获取/ }).waitFor({ timeout: 90_000 });
    await send.click();
    await tooSoon.waitFor({ state: 'detached' });
    await visible(send.filter({ hasText: '秒后重发' }));
  }
  await page.locator('.login-form__code input').fill(await sentCode(MOTHER.phone));
  await page.locator('.login-form__submit').click();
  await visible(page.locator('.me-card__name', { hasText: MOTHER.nickname }));
}

test('马丽娜 opens 亲情代办 from 我的 and starts 代办 for 马桂芳', async () => {
  await openMeTab(page);
  await demoLogin(page, DAUGHTER.key, DAUGHTER.nickname);
  await (await visible(page.locator('.menu-family'))).click();
  const link = await visible(page.locator('.family-link', { hasText: '为 马桂芳 代办' }));
  await visible(link.locator('.family-link__status', { hasText: '已生效' }));
  await visible(link.getByText('我是TA的女儿'));
  actsBefore = await acts(link);
  assert.ok(actsBefore.includes(ACT), `the demo's need filed for her mother is in 代办记录: ${actsBefore}`);
  assert.equal(await banner().count(), 0, 'not acting before 开始代办');

  await link.locator('.family-link__start').click();
  await visible(banner());
  await visible(link.locator('.family-link__acting', { hasText: '正在代办' }));
  await visible(page.locator('.acting-hub .menu-acting-need', { hasText: '帮马桂芳提需求' }));
});

test('she files a 跑腿代办 need for her mother in 阿吉拉沁社区', async () => {
  await page.locator('.menu-acting-need').click();
  await visible(page.locator('.new-report-page .acting-banner', { hasText: '正在为 马桂芳 代办' }));
  await visible(page.getByText('马桂芳住在哪个社区？'));
  await (await visible(page.locator('.acting-community .choice-chip', { hasText: '阿吉拉沁社区' }))).click();
  await (await visible(page.locator('.report-form__categories .choice-chip', { hasText: '跑腿代办' }))).click();
  await page.locator('.report-form__text textarea').fill(TEXT);
  await visible(page.locator('.report-form__acting-note'));
  assert.equal(await page.locator('.report-form__photos').count(), 0, 'no photos when filing for a parent');
  await visible(page.locator('.building-picker__community', { hasText: '阿吉拉沁社区' }));
  await (await visible(page.locator('.building-picker__grids .choice-chip', { hasText: '阿吉拉沁第一网格' }))).click();
  const building = page.locator('.building-picker__buildings .choice-chip').filter({ hasText: /^\s*3号楼\s*$/ });
  await (await visible(building)).click();
  await visible(page.locator('.location-field__picked', { hasText: '3号楼' }));
  await page.locator('.report-form__submit').click();

  const card = await visible(page.locator('.report-detail-page--acting .report-card', { hasText: TEXT }));
  await visible(card.locator('.order-status', { hasText: '待抢单' }));
  await visible(card.locator('.report-card__place', { hasText: '阿吉拉沁第一网格' }));
  await visible(page.locator('.report-detail-page--acting .page-shell__title', { hasText: '马桂芳的上报' }));
  await visible(banner());
});

test('the need is in 马桂芳的上报 on the 随手拍 tab, beside the one she filed earlier', async () => {
  // Back to 亲情代办 (the need's page replaced the form), then its entry to the mother's reports.
  await page.goBack();
  await (await visible(page.locator('.menu-acting-reports'))).click();
  await visible(page.locator('.tasks-page .acting-banner', { hasText: '正在为 马桂芳 代办' }));
  await visible(page.locator('.my-reports .page-shell__title', { hasText: '马桂芳的上报' }));
  const card = await visible(page.locator('.my-reports .report-card', { hasText: TEXT }));
  await visible(card.locator('.order-status', { hasText: '待抢单' }));
  await visible(page.locator('.my-reports .report-card', { hasText: EARLIER }));
});

test('代办记录 holds the new entry; 退出代办 ends acting and the tab lists her own reports again', async () => {
  await (await visible(page.locator('.weui-tabbar__item', { hasText: '我的' }))).click();
  await visible(page.locator('.menu-family', { hasText: '正在为 马桂芳 代办' }));
  await page.locator('.menu-family').click();
  const link = await visible(page.locator('.family-link', { hasText: '为 马桂芳 代办' }));
  const now = await acts(link, actsBefore.length + 1);
  assert.equal(now.length, actsBefore.length + 1, `one more entry: ${now}`);
  assert.equal(now[0], ACT, 'the newest entry is the need just filed');

  await banner().locator('.acting-banner__exit').click();
  await banner().waitFor({ state: 'detached' });
  await visible(link.locator('.family-link__start'));
  assert.equal(await page.locator('.acting-hub').count(), 0);

  await page.goBack();
  await visible(page.locator('.menu-family', { hasText: '为父母代办社区事务' }));
  await (await visible(page.locator('.weui-tabbar__item', { hasText: '随手拍' }))).click();
  await visible(page.locator('.my-reports .page-shell__title', { hasText: '我的上报' }));
  await visible(page.locator('.my-reports .list-state'));
  assert.equal(await page.locator('.my-reports .report-card', { hasText: TEXT }).count(), 0);
  assert.equal(await page.locator('.tasks-page .acting-banner').count(), 0);
});

test('acting is not kept across a reload of the app', async () => {
  await openMeTab(page);
  await page.locator('.menu-family').click();
  await (
    await visible(page.locator('.family-link', { hasText: '为 马桂芳 代办' }).locator('.family-link__start'))
  ).click();
  await visible(banner());
  await openMeTab(page);
  await visible(page.locator('.menu-family', { hasText: '为父母代办社区事务' }));
  await openTasksTab(page);
  await visible(page.locator('.my-reports .page-shell__title', { hasText: '我的上报' }));
  assert.equal(await page.locator('.acting-banner').count(), 0);
});

test('马桂芳 signs in with an SMS code: the link from her side, the same 代办记录, the need in her 我的上报', async () => {
  await openMeTab(page);
  await logout(page);
  await motherSignsIn();
  await (await visible(page.locator('.menu-family'))).click();
  const link = await visible(page.locator('.family-section--parent .family-link', { hasText: '马丽娜 为我代办' }));
  await visible(link.locator('.family-link__status', { hasText: '已生效' }));
  await visible(link.getByText('TA是我的女儿'));
  await visible(link.getByText(/马桂芳本人已同意/));
  assert.equal(await link.locator('.family-link__start').count(), 0, 'a parent does not act for the child');
  const entries = await acts(link, actsBefore.length + 1);
  assert.equal(entries[0], ACT);
  assert.equal(entries.length, actsBefore.length + 1);

  await openTasksTab(page);
  await visible(page.locator('.my-reports .page-shell__title', { hasText: '我的上报' }));
  await visible(page.locator('.my-reports .report-card', { hasText: TEXT }));
});

test('no page error on the way', () => {
  assert.deepEqual(pageErrors, []);
});
