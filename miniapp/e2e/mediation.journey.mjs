// Journey: 石榴调解, confidential from request to rating. 其其格 asks 阿吉拉沁社区's studio to mediate with her neighbour
// 王建国 (found by name); 萨仁, the studio's 负责人, finds it under 待受理, accepts it and assigns 调解员 敖登; 敖登
// schedules a session (the date and time pickers' default, tomorrow 09:00), records it held, and records 达成协议 with
// the agreement's text and a photo of the signed paper; 其其格 rates it five stars. Then community staff 乌云 (same
// community, not a mediation role) and 李秀兰 (another community) see none of it: no studio entry, nothing in their
// 我的调解, and the case's page says it does not exist. Real API (demo accounts), no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { H5_URL, openBrowser, switchAccount, visible } from './identity-helpers.mjs';
import { jpeg } from './photo-helpers.mjs';

const RESIDENT = { key: 'resident', nickname: '其其格' };
const STUDIO = { key: 'mediation-admin', nickname: '萨仁' };
const MEDIATOR = { key: 'mediator', nickname: '敖登' };
const STAFF = { key: 'staff-ajilaqin', nickname: '乌云' };
const OTHER_COMMUNITY = { key: 'resident-2', nickname: '李秀兰' };
// Unique per run, so this run's case is told from earlier ones on a reused database.
const RUN = Date.now().toString(36);
const ACCOUNT = `王建国家装修每天早上七点就开始电钻，周末也不停，沟通过没有改善（${RUN}）`;
const AGREEMENT = `装修只在工作日 9:00—18:00 施工，周末不做噪音大的活；双方互留电话（${RUN}）`;

let browser;
let page;
let pageErrors;
let caseId;
let signedIn = null;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
  // The first load of the H5 build can take a while on a busy machine; later pages come from its cache.
  await page.goto(H5_URL, { waitUntil: 'domcontentloaded' });
  await page.locator('.weui-tabbar__item').first().waitFor({ state: 'visible', timeout: 60_000 });
});

after(async () => {
  await browser?.close();
});

/** Logs out whoever is signed in and logs `account` in; ends on 我的. */
async function signInAs(account) {
  signedIn = await switchAccount(page, signedIn, account);
}

/** The text box with this placeholder (Taro's H5 inputs carry it on their wrapper element too). */
function field(scope, placeholder) {
  return scope.locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`);
}

async function openCase() {
  await page.goto(`${H5_URL}#/packages/mediation/pages/detail/index?id=${caseId}`);
}

/** The case page's action button `name`, then its dialog. */
async function openAction(name) {
  await (await visible(page.locator('.case-actions__button', { hasText: name }))).click();
  return visible(page.locator('.mediation-dialog'));
}

async function confirm(dialog) {
  await dialog.locator('.nut-dialog-footer-ok').click();
  await page.locator('.mediation-dialog').waitFor({ state: 'hidden' });
}

test('其其格 asks for mediation from 我的, naming her neighbour 王建国', async () => {
  await signInAs(RESIDENT);
  await (await visible(page.locator('.menu-mediation-ask'))).click();
  await visible(page.getByText('提交给 阿吉拉沁社区 石榴调解工作室'));
  await page.locator('.case-form__kinds .choice-chip', { hasText: '邻里纠纷' }).click();
  await field(page, '对方姓名').fill('王建');
  await (await visible(page.locator('.party-option', { hasText: '王建国' }))).click();
  await visible(page.locator('.party-option--selected', { hasText: '王建国' }));
  await field(page, '什么时候、发生了什么、双方沟通过吗').fill(ACCOUNT);
  await field(page, '希望对方怎么做，或希望怎样解决').fill('早上九点前、周末不要施工');
  await page.locator('.case-form__times .choice-chip', { hasText: '工作日晚上' }).click();
  await visible(page.getByText(/不会出现在任何公开页面/));
  await page.locator('.ask-form__submit').click();

  await visible(page.locator('.mediation-detail-page .case-account__text', { hasText: ACCOUNT }));
  caseId = new URL(page.url().replace('#', '')).searchParams.get('id');
  assert.ok(caseId, `the case page's address names the case: ${page.url()}`);
  await visible(page.locator('.case-head .case-status', { hasText: '待受理' }));
  await visible(page.locator('.case-line', { hasText: '王建国' }));
  // She may withdraw, nothing else.
  assert.deepEqual(await page.locator('.case-actions__button').allTextContents(), ['撤回申请']);
});

test('萨仁 finds it under 待受理 in 石榴调解工作室, accepts it and assigns 敖登', async () => {
  await signInAs(STUDIO);
  await (await visible(page.locator('.menu-mediation-studio'))).click();
  await visible(page.locator('.mediation-cases-page--staff'));
  await page.locator('.mediation-cases__statuses .choice-chip', { hasText: '待受理' }).click();
  await (await visible(page.locator('.case-card', { hasText: '其其格 与 王建国' }))).click();
  await visible(page.locator('.case-account__text', { hasText: ACCOUNT }));
  assert.ok(page.url().includes(caseId), 'the newest 待受理 case of 其其格 and 王建国 is this run’s');

  const dialog = await openAction('受理');
  await (await visible(dialog.locator('.mediator-dialog__options .choice-chip', { hasText: '敖登' }))).click();
  await confirm(dialog);
  await visible(page.locator('.case-head .case-status', { hasText: '已受理' }));
  await visible(page.locator('.case-line', { hasText: '敖登' }));
});

test('敖登 schedules a session, records it held and records 达成协议 with the signed paper', async () => {
  await signInAs(MEDIATOR);
  await (await visible(page.locator('.menu-mediation-mediating'))).click();
  await (await visible(page.locator('.case-card', { hasText: '其其格 与 王建国' }))).click();
  await visible(page.locator('.case-account__text', { hasText: ACCOUNT }));

  let dialog = await openAction('安排调解');
  assert.match(await dialog.locator('.date-time-field__date').inputValue(), /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(await dialog.locator('.date-time-field__time').inputValue(), '09:00');
  await dialog.locator('.schedule-dialog__venues .choice-chip', { hasText: '石榴调解工作室' }).click();
  await confirm(dialog);
  await visible(page.locator('.case-head .case-status', { hasText: '调解中' }));
  await visible(page.locator('.case-session', { hasText: '石榴调解工作室' }));

  dialog = await openAction('记录调解情况');
  await visible(dialog.locator('.session-dialog__people .choice-chip--selected', { hasText: '王建国' }));
  await field(dialog, '双方陈述、争议焦点、调解经过').fill('双方到场，王建国同意调整施工时间，其其格表示理解');
  await confirm(dialog);
  await visible(page.locator('.case-session--held', { hasText: '到场：其其格、王建国、敖登' }));

  dialog = await openAction('记录调解结果');
  await dialog.locator('.outcome-dialog__outcomes .choice-chip', { hasText: '达成协议' }).click();
  await field(dialog, '如：楼上住户晚上十点后不再拖动家具，双方互相体谅').fill(AGREEMENT);
  await dialog.locator('.outcome-dialog__photo input[type=file]').setInputFiles(await jpeg('agreement.jpg', '#f4efe6'));
  await visible(dialog.locator('.photo-tile--done'));
  await confirm(dialog);
  await visible(page.locator('.case-outcome .form-card__title', { hasText: '调解结果：达成协议' }));
  await visible(page.locator('.case-outcome__agreement', { hasText: AGREEMENT }));
  const photo = await visible(page.locator('.case-outcome__photos .photo-strip__image img, .case-outcome__photos img'));
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await photo.elementHandle());
});

test('其其格 sees the agreement and rates the mediation five stars', async () => {
  await signInAs(RESIDENT);
  await (await visible(page.locator('.menu-mediation-mine'))).click();
  await (await visible(page.locator('.case-card', { hasText: '其其格 与 王建国' }).first())).click();
  await visible(page.locator('.case-outcome__agreement', { hasText: AGREEMENT }));

  const dialog = await openAction('评价调解服务');
  await dialog.locator('.star-rating__star--5').click();
  await field(dialog, '说说你的感受（选填）').fill('敖登调解很耐心，问题解决了');
  await confirm(dialog);
  await visible(page.locator('.case-rating__stars', { hasText: '★★★★★' }));
  assert.equal(await page.locator('.case-actions__button').count(), 0, 'nothing left for her to do');
});

for (const neighbour of [STAFF, OTHER_COMMUNITY]) {
  test(`${neighbour.nickname} sees none of it: no studio entry, not in 我的调解, and the case does not exist`, async () => {
    assert.ok(caseId, 'the case was asked for');
    await signInAs(neighbour);
    await visible(page.locator('.me-page .points-entries'));
    assert.equal(await page.locator('.menu-mediation-studio, .menu-mediation-mediating').count(), 0);

    await page.goto(`${H5_URL}#/packages/mediation/pages/mine/index`);
    await visible(page.locator('.my-mediation-page .list-state--empty, .my-mediation-page .case-card'));
    assert.equal(await page.locator('.case-card', { hasText: '其其格 与 王建国' }).count(), 0);

    await openCase();
    await visible(page.locator('.mediation-detail-page .list-state--error', { hasText: '案件不存在' }));
    assert.equal(await page.getByText(ACCOUNT).count(), 0);
    assert.equal(await page.getByText(AGREEMENT).count(), 0);
  });
}

test('no page error on the way', () => {
  assert.deepEqual(pageErrors, []);
});
