// Journey: 数据导入. 乌云 (阿吉拉沁 community staff) opens 我的 → 数据导入, finds the demo's 住户台账 import in the
// history, downloads the households template, tries a workbook with a bad row (the report names its row, column
// and reason, and 确认导入 stays off), fixes it, tries again and imports it. The resident named in it then logs in
// with that phone (SMS code from the fake provider) and is already a verified 居民 of the building. The same page
// at a desk width shows the bad rows as a table. Real API (demo data), no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import writeExcelFile from 'write-excel-file/node';

import { API_URL } from './api-helpers.mjs';
import { demoLogin, H5_URL, logout, openBrowser, openMeTab, visible, WAIT_MS } from './identity-helpers.mjs';

const STAFF = { key: 'staff-ajilaqin', nickname: '乌云' };
const FAKE_SMS_URL = process.env.FAKE_SMS_URL;
// Unique per run, so a reused database takes this run's household as new.
const RUN = Date.now() % 100_000_000;
const PHONE = `139${String(RUN).padStart(8, '0')}`;
const ROOM = 100 + (RUN % 900);
const HEADER = ['社区', '网格', '楼栋', '单元', '房号', '居民1姓名', '居民1手机号'];

let browser;
let page;
let pageErrors;

/** A households workbook of one good row, and with `bad` a second row naming a building 阿吉拉沁 does not have. */
async function workbook(bad) {
  const rows = [
    HEADER,
    ['阿吉拉沁社区', '阿吉拉沁第一网格', '3号楼', 2, ROOM, '斯琴', PHONE],
    ...(bad ? [['阿吉拉沁社区', '阿吉拉沁第一网格', '99号楼', 1, ROOM, '斯琴的邻居', '1390000']] : []),
  ];
  const data = rows.map((row) => row.map((value) => ({ value, type: typeof value === 'number' ? Number : String })));
  return writeExcelFile(data, { sheet: '住户' }).toBuffer();
}

async function pick(name, bad) {
  await page.locator('.workbook-picker__input').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook(bad),
  });
  await visible(page.locator('.import-panel__file', { hasText: name }));
}

async function sentCode(phone) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const response = await fetch(`${FAKE_SMS_URL}/codes/${phone}`);
    if (response.ok) {
      const { code } = await response.json();
      if (typeof code === 'string' && code.length > 0) return code;
    }
    if (Date.now() > deadline) throw new Error(`no SMS code for ${phone} within ${WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

before(async () => {
  assert.ok(FAKE_SMS_URL, 'FAKE_SMS_URL is not set: run this journey through `npm run test:e2e`');
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

test('乌云 opens 数据导入 from 我的 and finds the demo’s 住户台账 import', async () => {
  await openMeTab(page);
  await demoLogin(page, STAFF.key, STAFF.nickname);
  await (await visible(page.locator('.menu-staff-imports'))).click();
  await visible(page.locator('.imports-scope__name', { hasText: '阿吉拉沁社区' }));
  const demo = await visible(page.locator('.import-row', { hasText: '阿吉拉沁社区住户台账.xlsx' }));
  assert.match(await demo.innerText(), /已导入/);
  await visible(page.locator('.import-row--rejected', { hasText: '未写入' }));

  const link = page.locator('a.template-link');
  const href = await link.getAttribute('href');
  assert.ok(href?.endsWith('/imports/templates/households.xlsx'), href ?? 'no link');
  const template = await fetch(`${API_URL}/imports/templates/households.xlsx`);
  assert.equal(template.status, 200);
});

test('a workbook with a bad row is reported row by row and cannot be imported', async () => {
  await pick('斯琴家-初稿.xlsx', true);
  await page.locator('.import-panel__dry-run').click();
  await visible(page.locator('.import-report__title', { hasText: '有问题，不能导入' }));
  const rows = page.locator('.import-errors__row:not(.import-errors__row--head)');
  await visible(rows.filter({ hasText: '找不到楼栋「99号楼」' }));
  assert.match(await rows.filter({ hasText: '99号楼' }).innerText(), /第 3 行/);
  await visible(rows.filter({ hasText: '不是有效的 11 位手机号' }));
  assert.match((await page.locator('.import-panel__apply').getAttribute('class')) ?? '', /nut-button-disabled/);
});

test('at a desk the bad rows are a table beside the history', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const display = await page.locator('.import-errors__table').evaluate((el) => getComputedStyle(el).display);
  assert.equal(display, 'table');
  const columns = await page.locator('.imports-layout').evaluate((el) => getComputedStyle(el).gridTemplateColumns);
  assert.equal(columns.split(' ').length, 2, columns);
  await page.setViewportSize({ width: 390, height: 844 });
});

test('the fixed workbook is tried, then imported, and listed first', async () => {
  await pick('斯琴家.xlsx', false);
  assert.equal(await page.locator('.import-report').count(), 0, 'a new file asks for a new dry run');
  await page.locator('.import-panel__dry-run').click();
  await visible(page.locator('.import-report__title', { hasText: '试导入结果（尚未写入）' }));
  await visible(page.locator('.import-report__line', { hasText: '住户：新建 1' }));
  await page.locator('.import-panel__apply').click();
  await visible(page.locator('.import-report__title', { hasText: '已导入' }));
  await visible(page.locator('.import-row').first().filter({ hasText: '斯琴家.xlsx' }));
});

test('斯琴 logs in with the phone and is already a verified 居民 of 3号楼', async () => {
  await openMeTab(page);
  await logout(page);
  await (await visible(page.locator('.login-entry__button'))).click();
  await (await visible(page.locator('.login-form__phone input'))).fill(PHONE);
  await page.locator('.login-form__send').click();
  await page.locator('.login-form__code input').fill(await sentCode(PHONE));
  await page.locator('.login-form__submit').click();
  await visible(page.locator('.me-card__phone', { hasText: PHONE }));
  const role = await visible(page.locator('.my-role--resident'));
  assert.match(await role.innerText(), /3号楼/);
  await page.goto(`${H5_URL}#/packages/account/pages/profile/index`);
  await visible(page.locator('.binding-status--verified', { hasText: `3号楼 2单元${ROOM}` }));
  assert.deepEqual(pageErrors, []);
});
