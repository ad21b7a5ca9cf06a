// Journey: a street's first day. On an empty database (no demo data), `npm run admin:first` makes 滨江街道 and its
// first administrator; run again it refuses. The administrator logs in on H5 with phone + SMS code, holds 街道管理员,
// imports a community from a workbook in 数据导入 (the dry run shows a bad row; the fixed file applies) and its
// households, and grants a 网格员 by phone in 人员与角色. A resident named in the households workbook logs in (her
// home already verified) and reports a problem; the 网格员 logs in and finds it in his grid's 抢单大厅.
// Real API and command (built dist/), a fake Tencent SMS server, no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import writeExcelFile from 'write-excel-file/node';

import { startFreshStreet } from './fresh-street.mjs';
import { openBrowser, visible, WAIT_MS } from './identity-helpers.mjs';

const STREET = '滨江街道';
const ADMIN_PHONE = '13600000001';
const WORKER_PHONE = '13600000003';
const RESIDENT_PHONE = '13600000004';
const COMMUNITY = '江畔社区';
const GRID = '江畔一网格';
const PROBLEM = '江畔1号楼门口的路灯不亮了';

let street;
let browser;
let page;
let pageErrors;

before(async () => {
  street = await startFreshStreet();
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
  await street?.close();
});

/** The code the fresh street's fake SMS server received for `phone`. */
async function codeFor(phone) {
  const deadline = Date.now() + WAIT_MS;
  let code;
  while (!(code = street.lastCodeFor(phone))) {
    if (Date.now() > deadline) throw new Error(`no SMS code for ${phone}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return code;
}

/** Calls the fresh street's API as `token` (or nobody). */
async function call(path, { token, method = 'GET', body } = {}) {
  const response = await fetch(`${street.apiUrl}/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** An .xlsx of `rows` (the first is the header row). */
function workbook(rows) {
  const data = rows.map((row) =>
    row.map((value) => (value === null ? null : { value, type: typeof value === 'number' ? Number : String })),
  );
  return writeExcelFile(data, { sheet: '台账' }).toBuffer();
}

/** In 数据导入: chooses the kind, picks the workbook and runs the dry run. */
async function dryRun(kindLabel, name, rows) {
  await (await visible(page.locator('.import-panel__kinds .choice-chip', { hasText: kindLabel }))).click();
  await page.locator('.workbook-picker__input').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook(rows),
  });
  await visible(page.locator('.import-panel__file', { hasText: name }));
  await page.locator('.import-panel__dry-run').click();
}

async function logoutOnMe() {
  await page.goto(street.h5Url, { waitUntil: 'domcontentloaded' });
  await (await visible(page.locator('.weui-tabbar__item', { hasText: '我的' }))).click();
  await (await visible(page.locator('.account-actions__logout'))).click();
  await visible(page.locator('.login-entry__button'));
}

/** Logs in on the fresh street's H5 with phone + the code its fake SMS server received. */
async function smsLogin(phone) {
  await page.goto(street.h5Url, { waitUntil: 'domcontentloaded' });
  await (await visible(page.locator('.weui-tabbar__item', { hasText: '我的' }))).click();
  await (await visible(page.locator('.login-entry__button'))).click();
  await (await visible(page.locator('.login-form__phone input'))).fill(phone);
  await page.locator('.login-form__send').click();
  await page.locator('.login-form__code input').fill(await codeFor(phone));
  await page.locator('.login-form__submit').click();
  await visible(page.locator('.me-card__phone', { hasText: phone }));
}

test('the command makes the street and its first administrator, once', () => {
  const made = street.firstAdmin(['--street', STREET, '--phone', ADMIN_PHONE, '--name', '赵主任']);
  assert.equal(made.status, 0, made.stderr);
  const result = JSON.parse(made.stdout.trim().split('\n').at(-1));
  assert.equal(result.streetCreated, true);
  assert.equal(result.userCreated, true);

  const again = street.firstAdmin(['--street', STREET, '--phone', '13600000002']);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /已有管理员/);
});

test('the administrator logs in with the phone and holds 街道管理员 on the street', async () => {
  await smsLogin(ADMIN_PHONE);
  await visible(page.locator('.me-card__name', { hasText: '赵主任' }));
  const role = await visible(page.locator('.my-role--street_admin'));
  assert.match(await role.innerText(), new RegExp(STREET));
});

test('in 数据导入 a places workbook with a bad row is refused row by row; the fixed one applies', async () => {
  await (await visible(page.locator('.menu-staff-imports'))).click();
  await visible(page.locator('.imports-scope__name', { hasText: STREET }));
  const header = ['社区', '网格', '楼栋', '单元数', '经度', '纬度'];
  const good = [
    [COMMUNITY, null, null, null, null, null],
    [COMMUNITY, GRID, '江畔1号楼', 3, null, null],
    [COMMUNITY, GRID, '江畔2号楼', 2, null, null],
  ];
  await dryRun('社区、网格与楼栋', '江畔社区-初稿.xlsx', [
    header,
    ...good,
    [COMMUNITY, GRID, '江畔3号楼', 300, null, null],
  ]);
  await visible(page.locator('.import-report__title', { hasText: '有问题，不能导入' }));
  const bad = await visible(page.locator('.import-errors__row:not(.import-errors__row--head)'));
  assert.match(await bad.innerText(), /第 5 行/);
  assert.match((await page.locator('.import-panel__apply').getAttribute('class')) ?? '', /nut-button-disabled/);

  await dryRun('社区、网格与楼栋', '江畔社区.xlsx', [header, ...good]);
  await visible(page.locator('.import-report__title', { hasText: '试导入结果（尚未写入）' }));
  await page.locator('.import-panel__apply').click();
  await visible(page.locator('.import-report__title', { hasText: '已导入' }));
  await visible(page.locator('.import-row').first().filter({ hasText: '江畔社区.xlsx' }));
});

test('the households workbook applies: 其木格 of 江畔1号楼 waits to log in', async () => {
  const header = ['社区', '网格', '楼栋', '单元', '房号', '居民1姓名', '居民1手机号'];
  await dryRun('住户与居民', '江畔住户.xlsx', [
    header,
    [COMMUNITY, GRID, '江畔1号楼', 1, 101, '其木格', RESIDENT_PHONE],
  ]);
  await visible(page.locator('.import-report__title', { hasText: '试导入结果（尚未写入）' }));
  await page.locator('.import-panel__apply').click();
  await visible(page.locator('.import-report__title', { hasText: '已导入' }));
});

test('in 人员与角色 the administrator grants 网格员 on 江畔一网格 by phone', async () => {
  await page.goBack();
  await (await visible(page.locator('.menu-staff-people'))).click();
  await (await visible(page.locator('.people__grant'))).click();
  const dialog = await visible(page.locator('.grant-dialog'));
  await dialog.locator('.grant-dialog__phone input').fill(WORKER_PHONE);
  await dialog.locator('.grant-dialog__name input').fill('巴特尔');
  await dialog.locator('.grant-dialog__roles .choice-chip', { hasText: /^网格员$/ }).click();
  await (await visible(dialog.locator('.place-picker .choice-chip', { hasText: COMMUNITY }))).click();
  await (await visible(dialog.locator('.place-picker .choice-chip', { hasText: GRID }))).click();
  await dialog.locator('.nut-dialog-footer-ok').click();
  await page.locator('.grant-dialog').waitFor({ state: 'hidden' });
  await visible(page.locator('.people__table', { hasText: '巴特尔' }));
});

test('其木格 logs in, her home already verified, and reports a broken light', async () => {
  await call('auth/sms/send', { method: 'POST', body: { phone: RESIDENT_PHONE } });
  const login = await call('auth/sms/login', {
    method: 'POST',
    body: { phone: RESIDENT_PHONE, code: await codeFor(RESIDENT_PHONE) },
  });
  const home = login.user.roles.find((grant) => grant.role === 'resident');
  assert.ok(home, 'the imported household made her a resident at first login');
  const building = await call(`places/${home.placeId}`);
  assert.deepEqual(
    building.ancestors.map((place) => place.name),
    [STREET, COMMUNITY, GRID],
  );
  const categories = await call(`report-categories?communityId=${building.ancestors[1].id}`);
  const facilities = categories.find((c) => c.name === '公共设施损坏');
  assert.ok(facilities, 'the new community has the default categories');
  await call('reports', {
    method: 'POST',
    token: login.accessToken,
    body: { categoryId: facilities.id, text: PROBLEM, photoIds: [], location: { buildingId: home.placeId } },
  });
});

test('the 网格员 logs in and finds the report in his grid’s 抢单大厅', async () => {
  await logoutOnMe();
  await smsLogin(WORKER_PHONE);
  await visible(page.locator('.my-role--grid_worker', { hasText: GRID }));
  await (await visible(page.locator('.weui-tabbar__item', { hasText: '随手拍' }))).click();
  await (await visible(page.locator('.menu-order-hall'))).click();
  await visible(page.locator('.hall-view .report-card', { hasText: PROBLEM }));
  assert.deepEqual(pageErrors, []);
});
