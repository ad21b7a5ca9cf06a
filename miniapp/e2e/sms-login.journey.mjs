// Journey: a resident logs in on H5 with phone + SMS code. The runner (scripts/journeys.mjs) points the
// API's SMS provider at a fake Tencent SMS server and exports FAKE_SMS_URL, where the sent code is read.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { openBrowser, openMeTab, sentCode, visible } from './identity-helpers.mjs';

const PHONE = '13900001234';
const FAKE_SMS_URL = process.env.FAKE_SMS_URL;

let browser;
let page;
let pageErrors;

before(async () => {
  assert.ok(
    FAKE_SMS_URL,
    'FAKE_SMS_URL is not set: run this journey through `npm run test:e2e` (scripts/journeys.mjs), which starts the fake SMS server',
  );
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

test('a bad phone number is refused in the form, before any SMS is sent', async () => {
  await openMeTab(page);
  await (await visible(page.locator('.login-entry__button'))).click();
  await (await visible(page.locator('.login-form__phone input'))).fill('12345');
  await page.locator('.login-form__send').click();
  await visible(page.locator('.login-form__error', { hasText: '手机号' }));
});

test('phone + SMS code logs in and 我的 shows the own phone number', async () => {
  await page.locator('.login-form__phone input').fill(PHONE);
  await page.locator('.login-form__send').click();
  await visible(page.locator('.login-form__send', { hasText: '秒后重发' }));

  const code = await sentCode(PHONE);
  assert.match(code, /^\d{6}$/);
  await page.locator('.login-form__code input').fill(code);
  await page.locator('.login-form__submit').click();

  await visible(page.locator('.me-card__phone', { hasText: PHONE }));
  assert.equal(await page.locator('.login-entry__button').count(), 0);
  assert.deepEqual(pageErrors, []);
});
