// Journey: every demo account logs in and opens its main screens; none may show an empty (or error) state.
// The API seeds the demo's month of history at start (SEED_DEMO_HISTORY=on, the default), so 首页, 活动, 消息,
// 积分, 积分超市, 兑换记录, 排行榜, 石榴籽榜, 我的活动 — and the hall, dispatch queue, follow-ups, staff mall and
// honours, organizer's events for the roles that have them — all have content. Real API, no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { demoLogin, H5_URL, logout, openBrowser, openMeTab, visible, WAIT_MS } from './identity-helpers.mjs';

const MEMBER_SCREENS = [
  ['首页', '/pages/index/index'],
  ['活动', '/pages/events/index'],
  ['消息', '/packages/account/pages/notifications/index'],
  ['积分', '/packages/points/pages/balance/index'],
  ['积分超市', '/packages/points/pages/mall/index'],
  ['兑换记录', '/packages/points/pages/redemptions/index'],
  ['排行榜', '/packages/points/pages/leaderboard/index'],
  ['石榴籽榜', '/packages/points/pages/honours/index'],
  ['我的活动', '/packages/events/pages/mine/index'],
];
const GRID_SCREENS = [
  ['抢单大厅', '/packages/orders/pages/hall/index'],
  ['我的工单', '/packages/orders/pages/mine/index'],
];
const DISPATCH_SCREENS = [['工单调度', '/packages/orders/pages/dispatch/index']];
const STAFF_SCREENS = [
  ...DISPATCH_SCREENS,
  ['差评回访', '/packages/orders/pages/follow-ups/index'],
  ['积分超市管理', '/packages/staff/pages/mall/index'],
  ['石榴籽评选', '/packages/staff/pages/honours/index'],
];

// The volunteers of the month's volunteer days; 阿吉拉沁 issued a 志愿服务记录证明.
const VOLUNTEER_SCREENS = [['志愿服务记录', '/packages/events/pages/volunteer/index']];

const ACCOUNTS = [
  { key: 'resident', nickname: '其其格', screens: VOLUNTEER_SCREENS },
  { key: 'resident-2', nickname: '李秀兰', screens: VOLUNTEER_SCREENS },
  { key: 'rider', nickname: '滨新侠·张师傅', screens: [] },
  { key: 'part-time-member', nickname: '滨新侠·马师傅', screens: GRID_SCREENS },
  { key: 'grid-worker', nickname: '王建国', screens: [...GRID_SCREENS, ...DISPATCH_SCREENS] },
  { key: 'organizer', nickname: '阿娜尔', screens: [['我组织的活动', '/packages/organizer/pages/home/index']] },
  {
    key: 'staff-ajilaqin',
    nickname: '乌云',
    screens: [...STAFF_SCREENS, ['志愿服务证明', '/packages/staff/pages/volunteer-certificates/index']],
  },
  { key: 'staff-xingwang', nickname: '刘敏', screens: STAFF_SCREENS },
  { key: 'street-admin', nickname: '高强', screens: STAFF_SCREENS },
];

let browser;
let page;
let pageErrors;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

/** Opens a screen by its route, waits until nothing visible is loading, and answers its visible empty and error states. */
async function open(path) {
  await page.goto(`${H5_URL}#${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForLoadState('networkidle', { timeout: WAIT_MS }).catch(() => undefined);
  await page.waitForFunction(
    () => {
      const shown = (el) => el.offsetParent !== null;
      return ![...document.querySelectorAll('.list-state--loading')].some(shown);
    },
    null,
    { timeout: WAIT_MS },
  );
  // A query that answers after the first paint shows its empty state then; give it one more quiet moment.
  await page.waitForLoadState('networkidle', { timeout: WAIT_MS }).catch(() => undefined);
  const texts = (selector) =>
    page.locator(`${selector}:visible`).evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? ''));
  return { empty: await texts('.list-state--empty'), error: await texts('.list-state--error') };
}

for (const account of ACCOUNTS) {
  test(`${account.nickname} (${account.key}) finds every main screen with content`, async () => {
    await openMeTab(page);
    if ((await page.locator('.account-actions__logout').count()) > 0) await logout(page);
    await demoLogin(page, account.key, account.nickname);
    const problems = [];
    for (const [name, path] of [...MEMBER_SCREENS, ...account.screens]) {
      const { empty, error } = await open(path);
      if (empty.length > 0) problems.push(`${name}: empty (${empty.join(' / ')})`);
      if (error.length > 0) problems.push(`${name}: error (${error.join(' / ')})`);
    }
    assert.deepEqual(problems, [], `${account.nickname}'s screens`);
    await openMeTab(page);
    await logout(page);
  });
}

test('no page errors', () => {
  assert.deepEqual(pageErrors, []);
});
