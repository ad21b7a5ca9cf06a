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

/** From a signed-out 我的 tab: 登录 → 演示账号 → the account; back on 我的 as that user. */
export async function demoLogin(page, accountKey, nickname) {
  await (await visible(page.locator('.login-entry__button'))).click();
  await (await visible(page.locator(`.demo-account--${accountKey}`))).click();
  await visible(page.locator('.me-card__name', { hasText: nickname }));
}

/** From the 我的 tab: 退出登录, and wait for the login entry. */
export async function logout(page) {
  await (await visible(page.locator('.account-actions__logout'))).click();
  await visible(page.locator('.login-entry__button'));
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
