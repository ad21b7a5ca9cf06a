// Journey: 阿娜尔 runs a volunteer day (志愿服务) on 阿吉拉沁社区 that 其其格 signed up for. At the door her phone
// has no signal: she scans 其其格 in offline (the phone's clock says 75 minutes ago), and the check-in is uploaded
// when the signal returns; then she switches the scanner to 签退 and scans her out online: 1.3 hours are counted.
// On the roster she sets the time to 1.5 hours with a reason. 其其格 sees 志愿服务记录 on 我的 with her new total,
// the day with 1.5 小时 and the reason, and the 志愿服务记录证明 the community issued her. At her desk, 乌云 issues
// 其其格 another certificate and prints it. Real API, no stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { ApiRoute } from '@tongxin/types';

import { api, demoTokens, publishEvent } from './api-helpers.mjs';
import { demoLogin, H5_URL, logout, openBrowser, openMeTab, visible, WAIT_MS } from './identity-helpers.mjs';

const ORGANIZER = { key: 'organizer', nickname: '阿娜尔' };
const RESIDENT = { key: 'resident', nickname: '其其格' };
const STAFF = { key: 'staff-ajilaqin', nickname: '乌云' };
// Unique per run, so a reused database never shows an older event of the same name.
const TITLE = `志愿服务日·楼道清理-${Date.now().toString(36)}`;
const REASON = '集合前已到场搬运物资，按实际补记';

let browser;
let page;
let pageErrors;
let event;
let ticket;
let totalBefore;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
  const organizer = await demoTokens(ORGANIZER);
  const resident = await demoTokens(RESIDENT);
  // Starts in half an hour for two hours: tickets scan from 90 minutes ago (the check-in window).
  event = await publishEvent(organizer, {
    inDays: 0.5 / 24,
    hours: 2,
    title: TITLE,
    type: 'volunteer',
    description: '志愿者清理楼道杂物，签到签退记录服务时长。',
    venue: '阿吉拉沁社区1号楼',
    capacity: 20,
    pointsReward: 0,
  });
  const registration = await api(ApiRoute.EventSignup.Register(event.id), {
    method: 'POST',
    token: resident.accessToken,
    body: {},
  });
  ticket = (await api(ApiRoute.EventSignup.Ticket(registration.id), { token: resident.accessToken })).token;
  totalBefore = (await api(ApiRoute.MyVolunteerHours, { token: resident.accessToken })).totalMinutes;
});

after(async () => {
  await browser?.close();
});

async function loginAs(account) {
  await openMeTab(page);
  await demoLogin(page, account.key, account.nickname);
}

async function pasteTicket() {
  await page.locator('.ticket-entry__input textarea').fill(ticket);
  await page.locator('.ticket-entry__submit').click();
}

test('the scanner of a volunteer day offers 签到 and 签退; offline, 其其格 is checked in on the phone', async () => {
  await loginAs(ORGANIZER);
  await page.goto(`${H5_URL}#/packages/organizer/pages/scan/index?id=${event.id}`);
  await visible(page.locator('.scan-mode .choice-chip', { hasText: '签退' }));
  await visible(page.locator('.scan-mode .choice-chip--selected', { hasText: '签到' }));
  await (await visible(page.locator('.offline-kit__download'))).click();
  await visible(page.locator('.offline-kit__state', { hasText: '离线名单：1 人' }));

  // No signal at the door, and the phone's clock says she arrived 75 minutes ago.
  await page.context().setOffline(true);
  await visible(page.locator('.scanner-status--offline'));
  await page.clock.setFixedTime(new Date(Date.now() - 75 * 60_000 - 20_000));
  await pasteTicket();
  const ok = await visible(page.locator('.scan-result--ok', { hasText: '离线核验通过' }));
  assert.match(await ok.innerText(), /其其格/);
  await visible(page.locator('.scanner-status__pending', { hasText: '待上传 1' }));
});

test('back online, the check-in is uploaded; 签退 counts the time from the phone’s 签到', async () => {
  await page.clock.setFixedTime(new Date());
  await page.context().setOffline(false);
  await visible(page.locator('.scanner-status--online'));
  await page.locator('.scanner-status__pending', { hasText: '待上传 0' }).waitFor({ timeout: WAIT_MS });

  await (await visible(page.locator('.scan-mode .choice-chip', { hasText: '签退' }))).click();
  await visible(page.locator('.ticket-entry__submit', { hasText: '核验签退' }));
  await pasteTicket();
  const out = await visible(page.locator('.scan-result--ok', { hasText: '签退成功' }));
  assert.match(await out.innerText(), /其其格/);
  await visible(out.locator('.scan-result__hours', { hasText: '服务时长 1.3 小时' }));

  // A second 签退 of the same ticket is a repeat, the time unchanged.
  await pasteTicket();
  await visible(page.locator('.scan-result--repeat', { hasText: '重复签退' }));
  await visible(page.locator('.scan-result--repeat', { hasText: '服务时长 1.3 小时' }));
});

test('on the roster, 阿娜尔 sets 其其格’s time to 1.5 hours with a reason', async () => {
  await page.goto(`${H5_URL}#/packages/organizer/pages/roster/index?id=${event.id}`);
  const row = page.locator('.roster-row', { hasText: RESIDENT.nickname });
  await visible(row.locator('.roster-row__hours', { hasText: /已签退 \d{2}:\d{2} · 服务时长 1\.3 小时/ }));
  await visible(page.locator('.roster__summary', { hasText: '共 1 人，已签到 1 人，已签退 1 人' }));
  assert.equal(await row.locator('.roster-row__undo').count(), 0, 'a checked-out check-in is not undone');

  await (await visible(row.locator('.roster-row__adjust'))).click();
  const dialog = page.locator('.hours-dialog');
  await (await visible(dialog.locator('.hours-dialog__hours input'))).fill('1.5');
  await dialog.locator('.hours-dialog__reason textarea').fill(REASON);
  await dialog.locator('.nut-dialog-footer-ok').click();
  await visible(row.locator('.roster-row__hours', { hasText: '服务时长 1.5 小时' }));

  // The change is kept as history, shown when the dialog opens again.
  await row.locator('.roster-row__adjust').click();
  await visible(dialog.locator('.hours-dialog__change', { hasText: `1.3 小时 → 1.5 小时（${REASON}）` }));
  await dialog.locator('.nut-dialog-footer-cancel').click();

  await openMeTab(page);
  await logout(page);
});

test('其其格 sees 志愿服务记录 on 我的: the new total, the day with its hours and the reason, and her certificate', async () => {
  await loginAs(RESIDENT);
  // Shown as the API rounds it: minutes to hours, one decimal.
  const total = (Math.round((totalBefore + 90) / 6) / 10).toFixed(1);
  const menu = await visible(page.locator('.menu-volunteer', { hasText: `累计 ${total} 小时` }));
  await menu.click();

  await visible(page.locator('.volunteer-total__value', { hasText: `${total} 小时` }));
  const day = await visible(page.locator('.volunteer-entry', { hasText: TITLE }));
  await visible(day.locator('.volunteer-entry__hours', { hasText: '1.5 小时' }));
  await visible(day.locator('.volunteer-entry__points', { hasText: '+7 积分' }));
  await visible(day.locator('.volunteer-entry__adjusted', { hasText: REASON }));
  await visible(day.locator('.volunteer-entry__door', { hasText: /\d{2}:\d{2} 签到 · \d{2}:\d{2} 签退/ }));

  // The demo month's 志愿服务记录证明, issued by 阿吉拉沁社区.
  await (await visible(page.locator('.volunteer-certificate-row', { hasText: 'ZYFW-' }))).click();
  await visible(page.locator('.certificate__title', { hasText: '志愿服务记录证明' }));
  await visible(page.locator('.certificate__name', { hasText: '其其格' }));
  const certificate = await page.locator('.certificate').innerText();
  assert.match(certificate, /150\*{11}1234/);
  assert.match(certificate, /出具单位：环河街街道阿吉拉沁社区/);
  await openMeTab(page);
  await logout(page);
});

test('at her desk, 乌云 issues 其其格 a 志愿服务记录证明 and prints it', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await loginAs(STAFF);
  await (await visible(page.locator('.menu-staff-volunteer-certificates'))).click();
  await (await visible(page.locator('.certificate-form .member-option', { hasText: RESIDENT.nickname }))).click();
  await visible(page.locator('.certificate-form__summary', { hasText: /共 \d+ 次志愿服务，累计 \d+\.\d 小时/ }));
  await page.locator('.certificate-form__name input').fill('其其格');
  await page.locator('.certificate-form__id input').fill('150102199003151234');
  await page.locator('.certificate-form__contact input').fill('0471-6612345');
  await page.locator('.certificate-form__submit').click();

  const issued = await visible(page.locator('.certificate__number', { hasText: /ZYFW-\d{8}-[0-9A-Z]{6}/ }));
  const number = (await issued.innerText()).replace(/^.*：/, '').trim();
  await visible(page.locator('.certificate__total', { hasText: /\d+\.\d 小时/ }));
  assert.match(await page.locator('.certificate').innerText(), /经办人：乌云/);

  // 打印证明 opens the printable page in a new tab, with the record number and the masked ID number only.
  const opened = page.context().waitForEvent('page', { timeout: WAIT_MS });
  await page.locator('.certificate__print').click();
  const tab = await opened;
  await tab.waitForLoadState();
  const printable = await tab.locator('body').innerText();
  assert.match(printable, new RegExp(`证明编号：${number}`));
  assert.match(printable, /150\*{11}1234/);
  assert.doesNotMatch(printable, /150102199003151234/);
  await tab.close();
  assert.deepEqual(pageErrors, []);
});
