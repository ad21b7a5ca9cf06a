// Journey: 阿娜尔 writes 红石榴课堂 once with 重复 每周 (周二 and 周四, 6 场) and gets its six sessions, lists them on
// the series page and publishes them all; from the third session she changes the venue of it and every later one
// (编辑本场及以后). 其其格 opens the first session, sees 系列活动 第 1/6 场 and signs up for every session at once
// (报名全部场次); tapping again holds nothing twice. Real API (demo accounts), no route stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { ApiRoute } from '@tongxin/types';

import { api, demoTokens } from './api-helpers.mjs';
import { demoLogin, H5_URL, logout, openBrowser, openMeTab, visible } from './identity-helpers.mjs';

const ORGANIZER = { key: 'organizer', nickname: '阿娜尔' };
const RESIDENT = { key: 'resident', nickname: '其其格' };
// Unique per run, so a reused database never shows an older series of the same name.
const TITLE = `红石榴课堂·系列演练-${Date.now().toString(36)}`;
const HOUR = 3_600_000;

/** `2026-11-24`: the next Tuesday at least two days away, in China time. */
function nextTuesday() {
  for (let t = Date.now() + 2 * 24 * HOUR; ; t += 24 * HOUR) {
    const day = new Date(t + 8 * HOUR);
    if (day.getUTCDay() === 2) return day.toISOString().slice(0, 10);
  }
}

let browser;
let page;
let pageErrors;
let seriesId;

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

/** The series' sessions as the organizer reads them (a fresh session: logging out in the browser ends the others). */
async function sessions() {
  const { accessToken } = await demoTokens(ORGANIZER);
  return (await api(`${ApiRoute.EventSeries.Sessions(seriesId)}?pageSize=100`, { token: accessToken })).items;
}

test('阿娜尔 writes a weekly series once and sees its six sessions', async () => {
  await loginAs(ORGANIZER);
  await (await visible(page.locator('.menu-organizer'))).click();
  await (await visible(page.locator('.organizer-home__create'))).click();
  await (await visible(page.locator('.event-form__title input'))).fill(TITLE);
  await page.locator('.event-form__venue input').fill('阿吉拉沁社区党群服务中心 多功能厅');
  await page.locator('.event-form__date input').fill(nextTuesday());
  await page.locator('.event-form__startTime input').fill('15:00');
  await page.locator('.event-form__endTime input').fill('16:30');
  await page.locator('.event-form__capacity input').fill('20');
  await page.locator('.event-form__description textarea').fill('每周二、四下午的民族团结小课堂，演练系列活动。');

  await page.locator('.event-form__repeat-choice .choice-chip', { hasText: '每周' }).click();
  // The day written is a Tuesday, so 周二 is already chosen; 周四 is added.
  await visible(page.locator('.event-form__weekdays .choice-chip--selected', { hasText: '周二' }));
  await page.locator('.event-form__weekdays .choice-chip', { hasText: '周四' }).click();
  await page.locator('.event-form__session-count input').fill('6');
  await visible(page.locator('.event-form__series-summary', { hasText: '每周二、周四 15:00–16:30，共 6 场' }));
  await page.locator('.event-form__submit').click();

  await visible(page.locator('.series-header__title', { hasText: TITLE }));
  seriesId = new URL(page.url().replace('#', '')).searchParams.get('id');
  assert.match(seriesId ?? '', /^[0-9a-f-]{36}$/);
  await visible(page.locator('.series-header__rule', { hasText: '每周二、周四 15:00 · 90 分钟 · 共 6 场' }));
  await visible(page.locator('.series-session', { hasText: '第 6 场' }));
  assert.equal(await page.locator('.series-session').count(), 6);
  assert.equal(await page.locator('.series-session .managed-event__status', { hasText: '草稿' }).count(), 6);
  // Tuesdays and Thursdays alternate, at 15:00 China time.
  const days = (await page.locator('.series-session__time').allInnerTexts()).map((text) => text.split(' ')[1]);
  assert.deepEqual(days, ['周二', '周四', '周二', '周四', '周二', '周四']);
});

test('阿娜尔 publishes all six at once', async () => {
  await page.locator('.series-header__publish', { hasText: '发布全部 6 场' }).click();
  await visible(page.locator('.series-header__counts', { hasText: '已发布 6 场 · 草稿 0 场' }));
  await visible(page.locator('.series-session .managed-event__status', { hasText: '已发布' }));
  assert.equal(await page.locator('.series-header__publish').count(), 0);
});

test('阿娜尔 changes the venue of the third session and every later one (编辑本场及以后)', async () => {
  await page.locator('.series-session', { hasText: '第 3 场' }).click();
  await visible(page.locator('.manage-event__series', { hasText: '系列活动 第 3/6 场' }));
  await (await visible(page.locator('.series-actions__edit-following'))).click();
  await visible(page.locator('.edit-following__hint', { hasText: '第 3 场及以后' }));
  const venue = await visible(page.locator('.event-form__venue input'));
  await venue.fill('石榴籽家园活动室');
  await page.locator('.event-form__submit').click();
  await visible(page.locator('.manage-event__series'));
  const venues = (await sessions()).map((s) => s.venue);
  assert.deepEqual(venues, [
    '阿吉拉沁社区党群服务中心 多功能厅',
    '阿吉拉沁社区党群服务中心 多功能厅',
    '石榴籽家园活动室',
    '石榴籽家园活动室',
    '石榴籽家园活动室',
    '石榴籽家园活动室',
  ]);
  await openMeTab(page);
  await logout(page);
});

test('其其格 opens the first session and signs up for the whole series', async () => {
  await loginAs(RESIDENT);
  const [first] = await sessions();
  await page.goto(`${H5_URL}#/packages/events/pages/detail/index?id=${first.id}`);
  await visible(page.locator('.event-detail__value', { hasText: '系列活动 第 1/6 场' }));
  await visible(page.locator('.signup-form__submit', { hasText: '报名本场' }));
  await (await visible(page.locator('.series-signup__all', { hasText: '报名全部场次（6 场）' }))).click();
  await visible(page.locator('.series-signup__mine', { hasText: '你已报名本系列以后的 6 场' }));
  await visible(page.locator('.my-registration__status', { hasText: '已报名' }));
  assert.equal(await page.locator('.series-signup__all').count(), 0);

  // A second request (a double tap, a retry) holds nothing twice.
  const { accessToken } = await demoTokens(RESIDENT);
  const again = await api(ApiRoute.EventSeries.Register(seriesId), { method: 'POST', token: accessToken, body: {} });
  assert.equal(again.sessions.length, 6);
  assert.deepEqual(
    (await sessions()).map((s) => s.confirmedCount),
    [1, 1, 1, 1, 1, 1],
  );
  assert.deepEqual(pageErrors, []);
});
