// Journey: 其其格, a resident of 阿吉拉沁社区, opens 办实事公开 from the home tab: six months of counts, and fixed
// items with photos before and after that name no reporter. From there she opens her grid's 网格周报, steps a week
// back and forward, and generates the share image: a PNG of the card, drawn on a canvas, shown to long-press and
// offered as a download. Real API (the demo's seeded history), no stubs.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';

import { demoLogin, H5_URL, openBrowser, openMeTab, visible } from './identity-helpers.mjs';

const RESIDENT = { key: 'resident', nickname: '其其格' };
// Who filed and handled 阿吉拉沁社区's demo reports: none may show on the public board.
const PEOPLE = ['其其格', '马桂芳', '娜仁花', '巴特尔', '张志强', '乌云', '阿娜尔', '王建国', '高强', '包桂兰'];

let browser;
let page;
let pageErrors;

before(async () => {
  ({ browser, page, pageErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

test('其其格 opens 办实事公开 from the home tab and sees six months of counts', async () => {
  await openMeTab(page);
  await demoLogin(page, RESIDENT.key, RESIDENT.nickname);
  await page.goto(H5_URL, { waitUntil: 'domcontentloaded' });
  await (await visible(page.locator('.menu-results'))).click();

  await visible(page.locator('.results-head__name', { hasText: '阿吉拉沁社区' }));
  await visible(page.locator('.month-bar'));
  assert.equal(await page.locator('.month-bar').count(), 6, 'six months');
  const counts = (await page.locator('.month-bar__value').allInnerTexts()).map(Number);
  assert.ok(
    counts.every((n) => Number.isInteger(n) && n >= 0),
    `counts are numbers: ${counts}`,
  );
  assert.ok(counts.reduce((a, b) => a + b, 0) > 0, `the seeded history shows in the months: ${counts}`);
  const figures = await (await visible(page.locator('.month-figures'))).innerText();
  assert.match(figures, /解决问题 \d+ 件/);
  assert.match(figures, /举办活动 \d+ 场/);
  assert.equal(await page.locator('.results-head__switch').count(), 0, 'one community: no 切换社区');
  assert.deepEqual(pageErrors, []);
});

test('the fixed items show photos before and after, and no reporter', async () => {
  const item = page.locator('.fixed-item').filter({ has: page.locator('.photo-side__image') });
  await visible(item);
  const first = item.first();
  const sides = first.locator('.photo-side');
  assert.equal(await sides.count(), 2);
  assert.match(await sides.nth(0).innerText(), /处理前/);
  assert.match(await sides.nth(1).innerText(), /处理后/);
  // The seeded fixes have a report photo and a proof photo: both thumbnails load.
  for (const side of [sides.nth(0), sides.nth(1)]) {
    const img = side.locator('.photo-side__image img');
    await img.waitFor({ state: 'attached' });
    await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  }
  const text = (await page.locator('.fixed-items').innerText()).trim();
  assert.match(text, /办结/);
  for (const name of PEOPLE) assert.ok(!text.includes(name), `no ${name} on the public board`);
  assert.ok(!/处理人|上报人|报告人/.test(text), 'no reporter or handler line');
  assert.deepEqual(pageErrors, []);
});

test('she opens 本周网格周报 and steps a week back and forward', async () => {
  await page.locator('.results-weekly-link').click();
  await visible(page.locator('.results-head__name', { hasText: '阿吉拉沁社区 · ' }));
  await visible(page.locator('.weekly-tile'));
  assert.equal(await page.locator('.weekly-tile').count(), 3);
  assert.match(await page.locator('.weekly-tiles').innerText(), /解决问题[\s\S]*办成实事[\s\S]*待处理/);
  const label = page.locator('.week-nav__label');
  const thisWeek = (await label.innerText()).trim();
  assert.match(thisWeek, /\d{2}-\d{2} 至 \d{2}-\d{2}/);
  assert.equal(await page.locator('.week-nav__step--disabled').count(), 1, 'no week after this one');

  await page.locator('.week-nav__prev').click();
  await page.waitForFunction(
    ([el, before]) => el.innerText.trim() !== before && /\d{2}-\d{2} 至 \d{2}-\d{2}/.test(el.innerText),
    [await label.elementHandle(), thisWeek],
  );
  assert.equal(await page.locator('.week-nav__step--disabled').count(), 0);
  await page.locator('.week-nav__next').click();
  await visible(page.locator('.week-nav__label', { hasText: thisWeek }));
  await visible(page.locator('.weekly-tile'));
  assert.deepEqual(pageErrors, []);
});

test('生成分享图 draws the card as a PNG to long-press or download', async () => {
  await page.locator('.share-card__generate').click();
  const image = await visible(page.locator('.share-card__image'));
  const src = await image.getAttribute('src');
  assert.ok(src.startsWith('data:image/png;base64,'), 'a PNG data URL');
  const png = Buffer.from(src.slice('data:image/png;base64,'.length), 'base64');
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  assert.equal(width, 1500, 'the card is drawn at twice its 750 units');
  assert.ok(height > 1000, `a card taller than it is wide: ${width}×${height}`);
  assert.ok(png.length > 20_000, `not a blank image: ${png.length} bytes`);

  // Drawn, not blank: the red header and dark text both show, over a white card.
  const colours = await page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let red = 0;
    let white = 0;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r > 180 && g < 80 && b < 90) red += 1;
      else if (r > 245 && g > 245 && b > 245) white += 1;
      else if (r < 90 && g < 90 && b < 90) dark += 1;
    }
    return { red, white, dark, total: data.length / 4 };
  }, src);
  assert.ok(colours.red / colours.total > 0.05, `a red header: ${JSON.stringify(colours)}`);
  assert.ok(colours.white / colours.total > 0.3, `a white card: ${JSON.stringify(colours)}`);
  assert.ok(colours.dark > 500, `text drawn: ${JSON.stringify(colours)}`);

  const download = page.locator('.share-card__download');
  assert.match(await download.getAttribute('download'), /^网格周报-.+-\d{4}-\d{2}-\d{2}\.png$/);
  assert.equal(await download.getAttribute('href'), src);
  const pageText = await page.locator('.weekly-page').innerText();
  assert.ok(!/分享.{0,6}积分|积分.{0,6}分享/.test(pageText), 'sharing says nothing about points');
  assert.deepEqual(pageErrors, []);
});
