// Journey: a resident opens the H5 home page and sees the seeded upcoming events from the real API.
// Needs the API and a static server for dist/h5 that proxies /api, at H5_URL.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const H5_URL = process.env.H5_URL ?? 'http://127.0.0.1:8080/';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const WAIT_MS = 20_000;

let browser;
let page;
const pageErrors = [];

before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

after(async () => {
  await browser?.close();
});

test('the home page lists the seeded upcoming events as cards', async () => {
  await page.goto(H5_URL, { waitUntil: 'domcontentloaded' });

  const classroom = page.locator('.event-card__title', { hasText: '红石榴课堂' }).first();
  const festival = page.locator('.event-card__title', { hasText: '石榴花开在青城' }).first();
  await classroom.waitFor({ state: 'visible', timeout: WAIT_MS });
  await festival.waitFor({ state: 'visible', timeout: WAIT_MS });

  assert.equal(await page.locator('.list-state--error').count(), 0, 'no error state');
  const card = page
    .locator('.event-card')
    .filter({ has: page.locator('.event-card__title', { hasText: '红石榴课堂' }) })
    .first();
  assert.match(await card.locator('.event-card__time').innerText(), /\d+月\d+日/);
  assert.ok((await card.locator('.event-card__venue').innerText()).trim().length > 0, 'card shows a venue');
  assert.match(await card.locator('.event-card__points').innerText(), /积分/);
  assert.deepEqual(pageErrors, []);
});

test('tapping a card opens its detail page', async () => {
  const title = (await page.locator('.event-card__title', { hasText: '红石榴课堂' }).first().innerText()).trim();
  await page.locator('.event-card__title', { hasText: '红石榴课堂' }).first().click();

  const detailTitle = page.locator('.event-detail__title');
  await detailTitle.waitFor({ state: 'visible', timeout: WAIT_MS });
  assert.equal((await detailTitle.innerText()).trim(), title);
  assert.match(page.url(), /#\/packages\/events\/pages\/detail\/index\?id=/);
  assert.deepEqual(pageErrors, []);
});

test('browser Back right after opening a page shows the tab page again, not a blank one', async () => {
  // The detail page is open (previous test); Back at once, before any page animation could have finished.
  await page.goBack();
  const list = page.locator('.event-card').first();
  await list.waitFor({ state: 'visible', timeout: WAIT_MS });
  await page.locator('.event-card__title', { hasText: '红石榴课堂' }).first().click();
  await page.locator('.event-detail__title').waitFor({ state: 'visible', timeout: WAIT_MS });
  await page.goBack();
  await list.waitFor({ state: 'visible', timeout: WAIT_MS });
  assert.deepEqual(pageErrors, []);
});
