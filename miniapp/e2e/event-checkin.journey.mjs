// Journey: 阿娜尔 creates and publishes an event starting within the hour; 其其格 and 王建国 sign up and
// get tickets; 阿娜尔 downloads the offline kit, checks 其其格 in online and 王建国 offline (queued,
// uploaded on reconnect); the roster shows both checked in, and so does the exported Excel workbook. Real API
// (demo accounts), no route stubs.
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';

import readXlsxFile from 'read-excel-file/node';

import { demoLogin, H5_URL, logout, openBrowser, openMeTab, visible, WAIT_MS } from './identity-helpers.mjs';

const ORGANIZER = { key: 'organizer', nickname: '阿娜尔' };
const RESIDENT = { key: 'resident', nickname: '其其格' };
const GRID_WORKER = { key: 'grid-worker', nickname: '王建国' };
// Unique per run, so a reused database never shows an older event of the same name.
const TITLE = `红石榴课堂·签到演练-${Date.now().toString(36)}`;

let browser;
let page;
let pageErrors;
let eventId;
const tokens = {};

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

async function loginAs(account) {
  await openMeTab(page);
  await demoLogin(page, account.key, account.nickname);
}

async function logoutFromMe() {
  await openMeTab(page);
  await logout(page);
}

test('阿娜尔 creates an event on 阿吉拉沁社区 starting within the hour and publishes it', async () => {
  await loginAs(ORGANIZER);
  await (await visible(page.locator('.menu-organizer'))).click();
  await (await visible(page.locator('.organizer-home__create'))).click();
  await (await visible(page.locator('.event-form__title input'))).fill(TITLE);
  await page.locator('.event-form__venue input').fill('阿吉拉沁社区党群服务中心 多功能厅');
  await page.locator('.event-form__capacity input').fill('20');
  await page.locator('.event-form__description textarea').fill('讲述各族群众守望相助的故事，签到演练。');
  await page.locator('.event-form__submit').click();

  await visible(page.locator('.manage-event__status', { hasText: '草稿' }));
  eventId = new URL(page.url().replace('#', '')).searchParams.get('id');
  assert.match(eventId ?? '', /^[0-9a-f-]{36}$/);

  // The draft is listed on the organizer home (reached afresh: browser Back to the 我的 tab misbehaves in Taro H5).
  await openMeTab(page);
  await (await visible(page.locator('.menu-organizer'))).click();
  await (await visible(page.locator('.managed-events__filter .choice-chip', { hasText: '草稿' }))).click();
  const draftCard = await visible(page.locator('.managed-event', { hasText: TITLE }));
  await visible(draftCard.locator('.managed-event__status', { hasText: '草稿' }));
  await draftCard.click();
  await visible(page.locator('.manage-event__title', { hasText: TITLE }));
  await visible(page.locator('.manage-event__status', { hasText: '草稿' }));

  await (await visible(page.locator('.event-actions__publish'))).click();
  await visible(page.locator('.manage-event__status', { hasText: '已发布' }));
  await logoutFromMe();
});

async function signUpAndReadTicket(account) {
  await loginAs(account);
  await (await visible(page.locator('.weui-tabbar__item', { hasText: '活动' }))).click();
  await (await visible(page.locator('.events-page .event-card', { hasText: TITLE }))).click();
  await (await visible(page.locator('.signup-form__submit'))).click();
  await visible(page.locator('.my-registration__status', { hasText: '已报名' }));
  await page.locator('.my-registration__ticket').click();

  const card = page.locator('.registration-card', { hasText: TITLE });
  const token = await visible(card.locator('.ticket-card__token'));
  const text = (await token.innerText()).trim();
  assert.match(text, /^TX1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  assert.equal(await card.locator('canvas').count(), 1, 'the ticket QR code is drawn on a canvas');
  await visible(card.locator('.ticket-card__tip', { hasText: '调亮屏幕' }));
  tokens[account.key] = text;
  await logoutFromMe();
}

test('其其格 signs up and 我的活动 shows her ticket', async () => {
  await signUpAndReadTicket(RESIDENT);
});

test('王建国 signs up and 我的活动 shows his ticket', async () => {
  await signUpAndReadTicket(GRID_WORKER);
});

async function pasteTicket(token) {
  await page.locator('.ticket-entry__input textarea').fill(token);
  await page.locator('.ticket-entry__submit').click();
}

test('阿娜尔 downloads the offline kit and checks 其其格 in online', async () => {
  await loginAs(ORGANIZER);
  await page.goto(`${H5_URL}#/packages/organizer/pages/manage/index?id=${eventId}`);
  await (await visible(page.locator('.event-actions__scan'))).click();
  await visible(page.locator('.scanner-status--online'));
  await (await visible(page.locator('.offline-kit__download'))).click();
  await visible(page.locator('.offline-kit__state', { hasText: '离线名单：2 人' }));

  await pasteTicket(tokens[RESIDENT.key]);
  const ok = await visible(page.locator('.scan-result--ok'));
  assert.match(await ok.innerText(), /签到成功/);
  assert.match(await ok.innerText(), /其其格/);
  assert.match(await ok.innerText(), /\d{3}\*{4}\d{4}/, 'the phone is masked');
});

test('offline, 王建国’s ticket is verified on the phone and waits for upload', async () => {
  await page.context().setOffline(true);
  await visible(page.locator('.scanner-status--offline'));
  await pasteTicket(tokens[GRID_WORKER.key]);
  const ok = await visible(page.locator('.scan-result--ok', { hasText: '离线核验通过' }));
  assert.match(await ok.innerText(), /王建国/);
  await visible(page.locator('.scanner-status__pending', { hasText: '待上传 1' }));
});

test('back online, the queue is uploaded and emptied', async () => {
  await page.context().setOffline(false);
  await visible(page.locator('.scanner-status--online'));
  await page.locator('.scanner-status__pending', { hasText: '待上传 0' }).waitFor({ timeout: WAIT_MS });
  await visible(page.locator('.scanner-panel__uploaded', { hasText: '已上传 1 条' }));
});

test('the roster shows both checked in', async () => {
  await page.goto(`${H5_URL}#/packages/organizer/pages/roster/index?id=${eventId}`);
  for (const name of [RESIDENT.nickname, GRID_WORKER.nickname]) {
    const row = page.locator('.roster-row', { hasText: name });
    await visible(row.locator('.roster-row__state--in', { hasText: /已签到 \d{2}:\d{2} · 阿娜尔/ }));
  }
  await visible(page.locator('.roster__summary', { hasText: '共 2 人，已签到 2 人' }));
});

test('导出签到表 downloads an Excel workbook with both checked in', async () => {
  await page.goto(`${H5_URL}#/packages/organizer/pages/manage/index?id=${eventId}`);
  const download = page.waitForEvent('download', { timeout: WAIT_MS });
  await (await visible(page.locator('.event-actions__export', { hasText: 'Excel' }))).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), `${TITLE}-签到表.xlsx`);
  const [sheet] = await readXlsxFile(await readFile(await file.path()));
  assert.deepEqual(sheet.data[0], [
    '姓名',
    '手机',
    '报名状态',
    '随行人员',
    '签到时间',
    '签到人',
    '本场缺席',
    '累计缺席',
  ]);
  for (const name of [RESIDENT.nickname, GRID_WORKER.nickname]) {
    const row = sheet.data.find((cells) => cells[0] === name);
    assert.ok(row, `${name} in the workbook`);
    assert.match(String(row[4]), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, `${name} checked in`);
    assert.equal(row[5], ORGANIZER.nickname);
  }
  assert.deepEqual(pageErrors, []);
});
