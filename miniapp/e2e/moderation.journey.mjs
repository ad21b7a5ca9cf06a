// Journey: 举报 → hidden → 内容审核 → back. 李秀兰 has reported a broken light in 丽日家园 (set up over the API); her
// neighbour 张师傅 opens the report and flags it (举报, 虚假信息); it disappears for another neighbour, 马师傅 (from
// his 抢单大厅 and its page), while 李秀兰 sees 被举报待复核（仅自己可见）; community staff 刘敏 finds it in 内容审核
// and passes it with a reason, and 马师傅 sees it again. The journeys run the API with MODERATION_FLAG_THRESHOLD=1
// (scripts/journeys.mjs), so one flag hides it. Real API (demo accounts), no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { ApiRoute, Role } from '@tongxin/types';

import { api, demoTokens } from './api-helpers.mjs';
import { H5_URL, openBrowser, switchAccount, visible } from './identity-helpers.mjs';

const AUTHOR = { key: 'resident-2', nickname: '李秀兰' };
const FLAGGER = { key: 'rider', nickname: '滨新侠·张师傅' };
const NEIGHBOUR = { key: 'part-time-member', nickname: '滨新侠·马师傅' };
const MODERATOR = { key: 'staff-xingwang', nickname: '刘敏' };
// Unique per run, so this run's cards are found among earlier ones on a reused database.
const TEXT = `丽日家园2号楼门口路灯不亮（${Date.now().toString(36)}）`;
const REASON = '核实过，路灯确实不亮，内容属实';

let browser;
let page;
let pageErrors;
let reportId;
let signedIn = null;

/** 李秀兰 files the report over the API: the category 公共设施损坏 of her community, at the building she lives in. */
async function fileReport() {
  const author = await demoTokens(AUTHOR);
  const home = author.user.roles.find((grant) => grant.role === Role.Resident && grant.placeLevel === 'building');
  assert.ok(home, '李秀兰 is a resident of a building');
  const building = await api(ApiRoute.Place(home.placeId), { token: author.accessToken });
  const community = building.ancestors.find((place) => place.level === 'community');
  const categories = await api(`${ApiRoute.Reports.Categories}?communityId=${community.id}`);
  const category = categories.find((c) => c.name === '公共设施损坏');
  assert.ok(category, `公共设施损坏 among ${categories.map((c) => c.name).join('、')}`);
  const report = await api(ApiRoute.Reports.Collection, {
    method: 'POST',
    token: author.accessToken,
    body: { categoryId: category.id, text: TEXT, photoIds: [], location: { buildingId: home.placeId } },
  });
  assert.equal(report.moderation, null, 'others see the report from the start');
  return report.id;
}

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
  reportId = await fileReport();
});

after(async () => {
  await browser?.close();
});

/** Logs out whoever is signed in and logs `account` in; ends on 我的. */
async function signInAs(account) {
  signedIn = await switchAccount(page, signedIn, account);
}

async function openReport() {
  await page.goto(`${H5_URL}#/packages/reports/pages/detail/index?id=${reportId}`);
}

/** 抢单大厅, once it has loaded (cards or its empty state). */
async function openHall() {
  await page.goto(`${H5_URL}#/packages/orders/pages/hall/index`);
  await visible(page.locator('.hall-view .report-card, .hall-view .list-state--empty'));
  return page.locator('.hall-view .report-card', { hasText: TEXT });
}

test('马师傅 sees 李秀兰’s report in his 抢单大厅', async () => {
  await signInAs(NEIGHBOUR);
  await visible(await openHall());
});

test('张师傅 opens the report and flags it (举报, 虚假信息)', async () => {
  await signInAs(FLAGGER);
  await openReport();
  await visible(page.locator('.report-detail-page .report-detail__text', { hasText: TEXT }));

  await (await visible(page.locator('.report-detail__flag .flag-button__link'))).click();
  const sheet = page.locator('.flag-sheet');
  await (await visible(sheet.locator('.choice-chip', { hasText: '虚假信息' }))).click();
  await sheet.locator('.flag-sheet__note textarea').fill('路灯昨晚是亮的');
  await sheet.locator('.nut-dialog-footer-ok').click();

  await visible(page.getByText('已收到举报，我们会尽快处理'));
  await page.locator('.flag-sheet').waitFor({ state: 'hidden' });
});

test('it disappears for 马师傅: not in his hall, and its page is not found', async () => {
  await signInAs(NEIGHBOUR);
  const card = await openHall();
  assert.equal(await card.count(), 0, 'the flagged report left the hall');

  await openReport();
  await visible(page.locator('.report-detail-page .list-state--error, .page-shell .list-state--error'));
  assert.equal(await page.locator('.report-detail__text', { hasText: TEXT }).count(), 0);
});

test('李秀兰 still sees her report, marked 被举报待复核（仅自己可见）', async () => {
  await signInAs(AUTHOR);
  await page.locator('.weui-tabbar__item', { hasText: '随手拍' }).click();
  const card = page.locator('.tasks-page .report-card', { hasText: TEXT });
  await visible(card.locator('.moderation-badge', { hasText: '被举报待复核（仅自己可见）' }));
});

test('刘敏 finds it in 内容审核 (用户举报, 虚假信息) and passes it with a reason', async () => {
  await signInAs(MODERATOR);
  await (await visible(page.locator('.menu-staff-moderation'))).click();
  const card = page.locator('.staff-moderation-page .review-card', { hasText: TEXT });
  await visible(card);
  await visible(card.getByText('用户举报'));
  await visible(card.getByText(/1 次：虚假信息 1/));
  await visible(card.getByText(AUTHOR.nickname));

  await card.locator('.review-card__approve').click();
  const dialog = page.locator('.moderation-dialog');
  await (await visible(dialog.locator('textarea'))).fill(REASON);
  await dialog.locator('.nut-dialog-footer-ok').click();
  await card.waitFor({ state: 'detached' });

  await page.locator('.staff-moderation__tabs .choice-chip', { hasText: '已处理' }).click();
  const decided = page.locator('.staff-moderation-page .review-card', { hasText: TEXT });
  await visible(decided.getByText('已通过，所有人可见'));
  await visible(decided.getByText(REASON));
});

test('马师傅 sees the report again, in his hall and on its page', async () => {
  await signInAs(NEIGHBOUR);
  await visible(await openHall());
  await openReport();
  await visible(page.locator('.report-detail-page .report-detail__text', { hasText: TEXT }));
  assert.deepEqual(pageErrors, []);
});
