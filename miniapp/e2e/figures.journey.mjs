// Journey: figures at a desk. The 滨河 street admin 高强 opens 我的 → 数据看板 in a 1280×800 window: 滨河街道's figures
// for this month, a trend drawn by F2 and its communities ranked. He switches to 兴旺社区 (阿吉拉沁社区, of 环河街街道, is
// not his to pick), to 本年 and back to 本月, each time with figures on screen; exports the 述职 workbook and reads it
// back (its 概览 holds the same figures as the cards); opens 网格考评, sees the formula and the grids, and changes the
// street's weights. On a phone the scorecards are cards. Real API (demo data, figures from the rollup sweep).
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';

import readXlsxFile from 'read-excel-file/node';

import { demoLogin, openBrowser, openMeTab, visible, WAIT_MS } from './identity-helpers.mjs';

const ADMIN = { key: 'street-admin', nickname: '高强' };
const COMMUNITY = '兴旺社区';

// The dashboard counts in China time.
const china = new Date(Date.now() + 8 * 3_600_000);
const YEAR = `${china.getUTCFullYear()}年`;
const MONTH = `${YEAR}${china.getUTCMonth() + 1}月`;

let browser;
let page;
let pageErrors;

/** Polls `read` until `ok` holds for its value (the sweep and F2 both finish in their own time). */
async function until(read, ok, what) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A card's number: "1,534 人次" → 1534, "—" → null. */
async function cardValue(key) {
  const text = await (await visible(page.locator(`.figure-card--${key} .figure-card__value`))).innerText();
  const digits = text.replace(/[^\d.]/g, '');
  return digits ? Number(digits) : null;
}

async function showing(label) {
  await visible(page.locator('.figures-meta__where', { hasText: label }));
  // Placeholder figures of the last place or period are marked 更新中… until the new ones arrive.
  await until(
    () => page.locator('.figures-meta__updated').first().innerText(),
    (text) => text !== '更新中…',
    label,
  );
}

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMeTab(page);
  await demoLogin(page, ADMIN.key, ADMIN.nickname);
});

after(async () => {
  await browser?.close();
});

test('高强 opens 数据看板: 滨河街道 this month, a drawn trend and its communities ranked', async () => {
  await (await visible(page.locator('.menu-staff-figures'))).click();
  // The demo's figures are counted at boot (a recompute); updatedAt is the sweep's, null until its first run.
  await visible(page.locator('.figures-meta__updated', { hasText: /^(数据更新于 \d\d:\d\d|数据统计中)$/ }));
  await showing(`滨河街道 · ${MONTH}`);
  for (const topic of [
    '活动',
    '诉求办理',
    '各环节及时率',
    '满意度',
    '骑手（兼职网格员）',
    '积分',
    '成员',
    '志愿服务',
  ]) {
    await visible(page.locator('.figure-topic__title', { hasText: topic }));
  }
  assert.match(await page.locator('.figure-card--eventsHeld .figure-card__value').innerText(), /^\d[\d,]* 场$/);

  const drawn = await until(
    () =>
      page.locator('canvas.trend-chart').evaluate((canvas) => {
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked += 1;
        return { width: canvas.width, inked };
      }),
    (seen) => seen.width > 0 && seen.inked > 500,
    'the trend chart was not drawn',
  );
  assert.ok(drawn.inked > 500);
  await visible(page.locator('.trend-panel__summary', { hasText: '随手拍办结：合计' }));

  const ranking = await visible(page.locator('.ranking__table.staff-table--desk'));
  await visible(ranking.locator('.staff-table__cell--place', { hasText: COMMUNITY }));
  // Places come from his grant: 阿吉拉沁社区 belongs to 环河街街道.
  await visible(page.locator('.figure-place-picker__chips .choice-chip', { hasText: COMMUNITY }));
  assert.equal(await page.locator('.figure-place-picker', { hasText: '阿吉拉沁社区' }).count(), 0);
});

test('he switches to 兴旺社区, to 本年 and back to 本月, with figures each time', async () => {
  await page.locator('.figure-place-picker__chips .choice-chip', { hasText: COMMUNITY }).click();
  await showing(`${COMMUNITY} · ${MONTH}`);
  await visible(page.locator('.ranking__table .staff-table__cell--place', { hasText: '丽日家园红色网格' }));

  await page.locator('.period-picker__kinds .choice-chip', { hasText: '本年' }).click();
  await showing(`${COMMUNITY} · ${YEAR}`);
  const year = {
    events: await cardValue('eventsHeld'),
    closed: await cardValue('problemsClosed'),
    points: await cardValue('pointsIssued'),
  };
  // The demo's history runs back five months: a year of 兴旺社区 has work in it.
  assert.ok(year.events + year.closed + year.points > 0, `a year of ${COMMUNITY}: ${JSON.stringify(year)}`);
  await visible(page.locator('.period-picker__label', { hasText: YEAR }));

  await page.locator('.period-picker__kinds .choice-chip', { hasText: '本月' }).click();
  await showing(`${COMMUNITY} · ${MONTH}`);
  assert.ok((await cardValue('homesTotal')) > 0, 'verified homes at the month’s end');
  assert.ok((await cardValue('eventsHeld')) <= year.events, 'a month holds no more events than its year');
});

test('导出述职材料 downloads the workbook of the same place and period, with the figures on screen', async () => {
  const shown = {
    活动场次: await cardValue('eventsHeld'),
    参与人次: await cardValue('attendance'),
    随手拍办结: await cardValue('problemsClosed'),
    发放积分: await cardValue('pointsIssued'),
    认证住户总数: await cardValue('homesTotal'),
  };
  const download = page.waitForEvent('download', { timeout: WAIT_MS });
  await page.locator('.figures-export__button').click();
  const file = await download;
  assert.equal(file.suggestedFilename(), `${COMMUNITY}-${MONTH}-述职材料.xlsx`);

  const sheets = await readXlsxFile(await readFile(await file.path()));
  const names = sheets.map((s) => s.sheet);
  for (const name of ['概览', '活动', '诉求办理', '积分与成员', '下级排名', '网格考评'])
    assert.ok(names.includes(name), name);
  const overview = sheets.find((s) => s.sheet === '概览').data;
  assert.equal(overview[0][0], `${COMMUNITY} ${MONTH}`);
  const figure = (name) => overview.find((row) => row[0] === name)?.[1];
  for (const [name, value] of Object.entries(shown)) assert.equal(figure(name), value, name);
  const ranking = sheets.find((s) => s.sheet === '下级排名').data;
  assert.ok(ranking.some((row) => row[0] === '丽日家园红色网格'));
});

test('网格考评 shows the formula and the grids; 高强 sets his street’s weights', async () => {
  await page.locator('.figures-scorecards-link').click();
  const formula = await visible(page.locator('.scorecards-formula', { hasText: MONTH }));
  assert.match(
    await formula.innerText(),
    /得分 = \(及时率×35 \+ 满意度×25 \+ 未重办率×15 \+ 走访及时率×15 \+ 参与度×10\) ÷ 100/,
  );
  const table = await visible(page.locator('.scorecards__table.staff-table--desk'));
  for (const title of ['排名', '网格', '得分', '及时率', '满意度', '未重办率', '走访及时率', '参与度']) {
    await visible(table.locator('.staff-table__head', { hasText: title }));
  }
  await visible(table.locator('.staff-table__cell--grid', { hasText: '丽日家园红色网格' }));
  await visible(table.locator('.staff-table__cell--community', { hasText: COMMUNITY }));

  const field = (part) => page.locator(`.weights-form__field--${part} input`);
  for (const part of ['onTime', 'satisfaction', 'reopen', 'visits', 'participation']) await field(part).fill('0');
  await visible(page.locator('.weights-form__problem', { hasText: '各项权重不能都为 0' }));
  await field('onTime').fill('50');
  await field('satisfaction').fill('30');
  await field('reopen').fill('0');
  await field('participation').fill('20');
  await visible(page.locator('.weights-form__field--onTime .weights-form__share', { hasText: '占 50%' }));
  await page.locator('.weights-form__save').click();
  await visible(page.locator('.scorecards-formula', { hasText: '得分 = (及时率×50 + 满意度×30 + 参与度×20) ÷ 100' }));

  // Back to the street's defaults, so the demo reads as before.
  await field('onTime').fill('35');
  await field('satisfaction').fill('25');
  await field('reopen').fill('15');
  await field('visits').fill('15');
  await field('participation').fill('10');
  await page.locator('.weights-form__save').click();
  await visible(page.locator('.scorecards-formula', { hasText: '参与度×10) ÷ 100' }));
});

test('on a phone the scorecards are cards', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await visible(page.locator('.scorecards__table.staff-table--cards .staff-card', { hasText: '丽日家园红色网格' }));
  assert.equal(await page.locator('.scorecards__table .staff-table__grid').count(), 0, 'no table on a phone');
  assert.deepEqual(pageErrors, []);
});
