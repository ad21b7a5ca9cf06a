// Journey: a street's first day. On an empty database (no demo data), `npm run admin:first` makes 滨江街道 and its
// first administrator; run again it refuses. The administrator logs in on H5 with phone + SMS code and holds
// 街道管理员 on 滨江街道.
// Real API and command (built dist/), a fake Tencent SMS server, no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { startFreshStreet } from './fresh-street.mjs';
import { openBrowser, visible, WAIT_MS } from './identity-helpers.mjs';

const STREET = '滨江街道';
const ADMIN_PHONE = '13600000001';

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

/** Logs in on the fresh street's H5 with phone + the code its fake SMS server received. */
async function smsLogin(phone) {
  await page.goto(street.h5Url, { waitUntil: 'domcontentloaded' });
  await (await visible(page.locator('.weui-tabbar__item', { hasText: '我的' }))).click();
  await (await visible(page.locator('.login-entry__button'))).click();
  await (await visible(page.locator('.login-form__phone input'))).fill(phone);
  await page.locator('.login-form__send').click();
  const deadline = Date.now() + WAIT_MS;
  let code;
  while (!(code = street.lastCodeFor(phone))) {
    if (Date.now() > deadline) throw new Error(`no SMS code for ${phone}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await page.locator('.login-form__code input').fill(code);
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
  assert.deepEqual(pageErrors, []);
});
