// Shared steps of the identity journeys: browser set-up, the 我的 tab, demo login and logout.
import { chromium } from 'playwright-core';

export const H5_URL = process.env.H5_URL ?? 'http://127.0.0.1:8080/';
export const WAIT_MS = 20_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A fresh browser and phone-sized page; page errors are collected for the assertions. */
export async function openBrowser() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { browser, page, pageErrors };
}

/** openBrowser, then the H5 build's first load: it can take a while on a busy machine (later pages come from its cache). */
export async function openBrowserOnApp() {
  const opened = await openBrowser();
  await opened.page.goto(H5_URL, { waitUntil: 'domcontentloaded' });
  await opened.page.locator('.weui-tabbar__item').first().waitFor({ state: 'visible', timeout: 60_000 });
  return opened;
}

export async function visible(locator) {
  await locator.first().waitFor({ state: 'visible', timeout: WAIT_MS });
  return locator.first();
}

/** Opens the 我的 tab from the home page's tab bar. */
export async function openMeTab(page) {
  await page.goto(H5_URL, { waitUntil: 'domcontentloaded' });
  await (await visible(page.locator('.weui-tabbar__item', { hasText: '我的' }))).click();
  await visible(page.locator('.me-page'));
}

/** Opens the 随手拍 tab (reports, and the entries of grid members and staff) from the home page's tab bar. */
export async function openTasksTab(page) {
  await page.goto(H5_URL, { waitUntil: 'domcontentloaded' });
  await (await visible(page.locator('.weui-tabbar__item', { hasText: '随手拍' }))).click();
  await visible(page.locator('.tasks-page'));
}

/** From a signed-out 我的 tab: 登录 → 演示账号 → the account; back on 我的 as that user. */
export async function demoLogin(page, accountKey, nickname) {
  await (await visible(page.locator('.login-entry__button'))).click();
  await (await visible(page.locator(`.demo-account--${accountKey}`))).click();
  await visible(page.locator('.me-card__name', { hasText: nickname }));
  // Signing in agrees to the current texts; should the renewal dialog still show (it once did on MariaDB, before it
  // learned to wait for that agreement), agree in it as the member would, and say so in the log.
  const renewal = page.locator('.consent-renewal__text');
  if (await renewal.isVisible().catch(() => false)) {
    process.stderr.write(`note: the consent renewal dialog showed after ${nickname} signed in\n`);
    await page.locator('.nut-dialog-footer-ok', { hasText: '同意' }).first().click();
    await renewal.waitFor({ state: 'hidden' });
  }
}

/** From the 我的 tab: 退出登录, and wait for the login entry. */
export async function logout(page) {
  await (await visible(page.locator('.account-actions__logout'))).click();
  await visible(page.locator('.login-entry__button'));
}

/** The code the API sent to `phone`, polled until the journeys' fake SMS server (FAKE_SMS_URL) has it. */
export async function sentCode(phone) {
  const fakeSmsUrl = process.env.FAKE_SMS_URL;
  if (!fakeSmsUrl) throw new Error('FAKE_SMS_URL is not set: run journeys through `npm run test:e2e`');
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const response = await fetch(`${fakeSmsUrl}/codes/${phone}`);
    if (response.ok) {
      const { code } = await response.json();
      if (typeof code === 'string' && code.length > 0) return code;
    }
    if (Date.now() > deadline) throw new Error(`no SMS code for ${phone} at ${fakeSmsUrl} within ${WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** From a signed-out 我的 tab: 登录 → phone → 获取验证码 → the code sent → back on 我的 as that member. */
export async function smsLogin(page, phone, nickname) {
  await (await visible(page.locator('.login-entry__button'))).click();
  await (await visible(page.locator('.login-form__phone input'))).fill(phone);
  await page.locator('.login-form__send').click();
  await page.locator('.login-form__code input').fill(await sentCode(phone));
  await page.locator('.login-form__submit').click();
  await visible(page.locator('.me-card__name', { hasText: nickname }));
}

/** On 我的: logs out `current` (when someone is signed in) and logs `account` in. Resolves with `account`. */
export async function switchAccount(page, current, account) {
  await openMeTab(page);
  if (current) {
    await visible(page.locator('.me-card__name', { hasText: current.nickname }));
    await logout(page);
  }
  await demoLogin(page, account.key, account.nickname);
  return account;
}
