import { CARD_WIDTH, type CardText, layoutWeeklyCard, type Measure } from './weekly-card-layout';
import { gridWeekly as weekly } from './weekly-fixture';
import { wrapText } from './wrap-text';

/** Chinese characters as wide as the font size, everything else half of it — like a CJK system font. */
const measure: Measure = (text, font) => {
  const size = Number(/(\d+)px/.exec(font)?.[1]);
  return [...text].reduce((sum, char) => sum + (/[\u0000-\u00ff]/.test(char) ? size / 2 : size), 0);
};

const texts = (ops: ReturnType<typeof layoutWeeklyCard>['ops']) =>
  ops.filter((op): op is CardText => op.kind === 'text');

describe('layoutWeeklyCard', () => {
  it('draws the week’s figures, the oldest open items with their age, volunteer hours and new mall items', () => {
    const lines = texts(layoutWeeklyCard(weekly(), measure).ops).map((op) => op.text);
    expect(lines).toEqual([
      '网格周报',
      '阿吉拉沁社区 · 第一网格',
      '2026年11月30日—12月6日',
      '7',
      '解决问题',
      '3',
      '办成实事',
      '2',
      '待处理',
      '等待最久的事项',
      '已等 5 天',
      '路灯损坏',
      '今天刚报',
      '楼道杂物',
      '志愿服务',
      '社区志愿者本周服务 12.5 小时',
      '社区好物上新',
      '· 石榴籽环保袋',
      '· 洗衣液',
      '同心 · 邻里事大家一起办',
    ]);
  });

  it('says nothing about points (mall items by name only)', () => {
    const lines = texts(layoutWeeklyCard(weekly(), measure).ops).map((op) => op.text);
    expect(lines.filter((line) => /积分|分享/.test(line))).toEqual([]);
    expect(lines.join()).not.toMatch(/\b20\b|\b50\b/);
  });

  it('puts each line below the one before and the age on its item’s first line', () => {
    const ops = texts(layoutWeeklyCard(weekly(), measure).ops);
    const y = (text: string) => ops.find((op) => op.text === text)?.y;
    expect(y('阿吉拉沁社区 · 第一网格')).toBeGreaterThan(y('网格周报')!);
    expect(y('已等 5 天')).toBe(y('路灯损坏'));
    expect(y('楼道杂物')).toBeGreaterThan(y('路灯损坏')!);
    expect(ops.find((op) => op.text === '已等 5 天')).toMatchObject({ align: 'right', x: CARD_WIDTH - 48 });
    const tops = ops.filter((op) => op.align === 'left').map((op) => op.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });

  it('wraps a long category name beside its age, and the card grows to hold it', () => {
    const long = '小区东门外人行道地砖松动积水严重雨天老人孩子出行容易滑倒请尽快修复';
    const short = layoutWeeklyCard(weekly({ oldestOpen: [{ categoryName: '路灯', ageDays: 12 }] }), measure);
    const layout = layoutWeeklyCard(weekly({ oldestOpen: [{ categoryName: long, ageDays: 12 }] }), measure);
    const ops = texts(layout.ops);
    const ageIndex = ops.findIndex((op) => op.text === '已等 12 天');
    const nameLines = ops.slice(
      ageIndex + 1,
      ops.findIndex((op) => op.text === '志愿服务'),
    );
    expect(nameLines.length).toBeGreaterThan(1);
    expect(nameLines.map((op) => op.text).join('')).toBe(long);
    const ageWidth = measure('已等 12 天', ops[ageIndex].font);
    for (const line of nameLines) {
      expect(line.x + measure(line.text, line.font)).toBeLessThanOrEqual(CARD_WIDTH - 48 - ageWidth - 24);
    }
    expect(layout.height - short.height).toBe((nameLines.length - 1) * 28 * 1.5);
  });

  it('keeps every left-aligned line inside the margins, even a long place name', () => {
    const layout = layoutWeeklyCard(
      weekly({
        grid: { id: 'g9', name: '丽日家园北区第十二网格（含商业街沿街商铺）' },
        newMallItems: [{ name: 'Tongxin community reusable shopping bag, extra large', pointsPrice: 5 }],
      }),
      measure,
    );
    const left = texts(layout.ops).filter((op) => op.align === 'left');
    for (const op of left) expect(op.x + measure(op.text, op.font)).toBeLessThanOrEqual(CARD_WIDTH - 48);
    const place = left.slice(
      1,
      left.findIndex((op) => op.text.startsWith('2026年')),
    );
    expect(place.length).toBe(2);
    expect(place.map((op) => op.text).join('')).toBe('阿吉拉沁社区 · 丽日家园北区第十二网格（含商业街沿街商铺）');
    const last = texts(layout.ops).at(-1)!;
    expect(layout.height).toBeGreaterThan(last.y + 24);
  });

  it('says so when nothing is open and nothing is new', () => {
    const lines = texts(layoutWeeklyCard(weekly({ open: 0, oldestOpen: [], newMallItems: [] }), measure).ops);
    expect(lines.map((op) => op.text)).toEqual(expect.arrayContaining(['本周没有待处理的事项', '本周暂无上新']));
  });
});

describe('wrapText', () => {
  const font = '10px sans-serif';

  it('breaks Chinese anywhere but keeps Latin words and numbers whole', () => {
    expect(wrapText('社区活动 Volunteer 123', 60, font, measure)).toEqual(['社区活动', 'Volunteer', '123']);
    expect(wrapText('网格员巡查', 30, font, measure)).toEqual(['网格员', '巡查']);
  });

  it('breaks a word wider than the line', () => {
    expect(wrapText('abcdefghij', 20, font, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never starts a line with closing punctuation', () => {
    expect(wrapText('楼道灯坏了。', 50, font, measure)).toEqual(['楼道灯坏了。']);
  });
});
