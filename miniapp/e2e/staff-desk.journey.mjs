// Journey: staff at a desk. The 滨河 street admin 高强 opens 人员与角色 in a 1280×800 browser window and gets a table;
// grants 网格员 on 兴旺黄色网格 to a phone number nobody has used yet (an account is made for it) and finds the grant
// in the table; opens 操作日志 and finds the grant there, by him, on that grid. The same 操作日志 in a 390×844 window
// is the phone's cards, and so is 人员与角色. Real API (demo accounts), no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { demoLogin, openBrowser, openMeTab, visible } from './identity-helpers.mjs';

const ADMIN = { key: 'street-admin', nickname: '高强' };
// Unique per run, so this run's grant is found among earlier ones on a reused database.
const SUFFIX = String(Date.now()).slice(-8);
const PHONE = `139${SUFFIX}`;
const MASKED = `139****${SUFFIX.slice(-4)}`;
const NAME = `苏德${SUFFIX.slice(-3)}`;
const GRID = '兴旺黄色网格';

let browser;
let page;
let pageErrors;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMeTab(page);
  await demoLogin(page, ADMIN.key, ADMIN.nickname);
});

after(async () => {
  await browser?.close();
});

test('人员与角色 at a desk is a table with sortable columns and pages', async () => {
  await (await visible(page.locator('.menu-staff-people'))).click();
  const table = await visible(page.locator('.people__table.staff-table--desk'));
  for (const title of ['姓名', '手机号', '角色', '地点', '授予时间']) {
    await visible(table.locator('.staff-table__head', { hasText: title }));
  }
  await visible(table.locator('.staff-table__head--active', { hasText: '授予时间' }));
  await visible(table.locator('.staff-pager__where', { hasText: '第 1 /' }));
  assert.equal(await page.locator('.people__table .staff-card').count(), 0, 'no phone cards at a desk');
  // Desktop type: the table's text is desk-sized, not the phone's design size scaled up.
  const size = await table
    .locator('.staff-table__cell')
    .first()
    .evaluate((cell) => getComputedStyle(cell).fontSize);
  assert.ok(Number.parseFloat(size) <= 16, `table text is ${size}`);
});

test('高强 grants 网格员 on 兴旺黄色网格 by phone and sees it in the table', async () => {
  await page.locator('.people__grant').click();
  const dialog = await visible(page.locator('.grant-dialog'));
  await dialog.locator('.grant-dialog__phone input').fill(PHONE);
  await dialog.locator('.grant-dialog__name input').fill(NAME);
  // Exactly 网格员, not 兼职网格员.
  await dialog.locator('.grant-dialog__roles .choice-chip', { hasText: /^网格员$/ }).click();
  await (await visible(dialog.locator('.place-picker .choice-chip', { hasText: '兴旺社区' }))).click();
  await (await visible(dialog.locator('.place-picker .choice-chip', { hasText: GRID }))).click();
  await visible(dialog.locator('.form-field__label', { hasText: `地点：${GRID}` }));
  await dialog.locator('.nut-dialog-footer-ok').click();
  await page.locator('.grant-dialog').waitFor({ state: 'hidden' });

  const table = page.locator('.people__table');
  const name = await visible(table.locator('.staff-table__cell--nickname', { hasText: NAME }));
  assert.ok(await name.isVisible());
  await visible(table.locator('.staff-table__cell--phone', { hasText: MASKED }));
  await visible(table.locator('.staff-table__cell--place', { hasText: GRID }));
  await visible(table.locator('.staff-table__cell--role', { hasText: /^网格员$/ }));
  assert.equal(await page.locator('.people__table', { hasText: PHONE }).count(), 0, 'the full number is not shown');
});

test('操作日志 shows the grant, by 高强, on the grid', async () => {
  await page.goBack();
  await (await visible(page.locator('.menu-staff-audit'))).click();
  const table = await visible(page.locator('.audit__table.staff-table--desk'));
  await visible(table.locator('.staff-table__cell--action', { hasText: '授予角色' }));
  const details = await visible(
    table.locator('.staff-table__cell--details', { hasText: '授予「网格员」（按手机号）' }),
  );
  assert.ok(await details.isVisible());
  await visible(table.locator('.staff-table__cell--place', { hasText: GRID }));
  await visible(table.locator('.staff-table__cell--actor', { hasText: ADMIN.nickname }));
  // Only grants, from the filter.
  await page.locator('.audit__actions .choice-chip', { hasText: '授予角色' }).click();
  await visible(page.locator('.audit__table .staff-table__cell--place', { hasText: GRID }));
  const actions = await page.locator('.audit__table .staff-table__cell--action').allInnerTexts();
  assert.deepEqual([...new Set(actions)], ['授予角色']);
});

test('on a phone the same pages are cards', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  const cards = page.locator('.audit__table.staff-table--cards');
  await visible(cards.locator('.staff-card', { hasText: '授予角色' }));
  assert.equal(await page.locator('.audit__table .staff-table__grid').count(), 0, 'no table on a phone');

  await page.goBack();
  await (await visible(page.locator('.menu-staff-people'))).click();
  await visible(page.locator('.people__table.staff-table--cards .staff-card', { hasText: NAME }));
  assert.equal(await page.locator('.people__table .staff-table__grid').count(), 0, 'no table on a phone');
  assert.deepEqual(pageErrors, []);
});
