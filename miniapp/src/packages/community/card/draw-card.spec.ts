import { CARD_SCALE, type CardContext, drawCard, paintWeeklyCard } from './draw-card';
import type { CardLayout } from './weekly-card-layout';
import { gridWeekly } from './weekly-fixture';

/** A context that records what is drawn, measuring every character 10 wide. */
function recordingContext() {
  const calls: string[] = [];
  const ctx: CardContext = {
    fillStyle: '',
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    fillRect: (x, y, w, h) => calls.push(`rect ${ctx.fillStyle} ${x},${y},${w},${h}`),
    fillText: (text, x, y) => calls.push(`text ${ctx.font} ${ctx.textAlign} ${ctx.fillStyle} ${text} ${x},${y}`),
    measureText: (text) => ({ width: [...text].length * 10 }),
    scale: (x, y) => calls.push(`scale ${x},${y}`),
  };
  return { ctx, calls };
}

describe('drawCard', () => {
  it('fills the background, then draws each rect and line with its own font, colour and alignment', () => {
    const { ctx, calls } = recordingContext();
    const layout: CardLayout = {
      width: 750,
      height: 400,
      background: '#ffffff',
      ops: [
        { kind: 'rect', x: 0, y: 0, width: 750, height: 100, color: '#c8323c' },
        { kind: 'text', text: '网格周报', x: 48, y: 48, font: 'bold 56px sans-serif', color: '#fff', align: 'left' },
        { kind: 'text', text: '7', x: 150, y: 200, font: '64px sans-serif', color: '#c8323c', align: 'center' },
      ],
    };
    drawCard(ctx, layout);
    expect(calls).toEqual([
      'rect #ffffff 0,0,750,400',
      'rect #c8323c 0,0,750,100',
      'text bold 56px sans-serif left #fff 网格周报 48,48',
      'text 64px sans-serif center #c8323c 7 150,200',
    ]);
    expect(ctx.textBaseline).toBe('top');
  });
});

describe('paintWeeklyCard', () => {
  const weekly = gridWeekly({ oldestOpen: [], newMallItems: [] });

  it('sizes the canvas to the card at the card scale, scales, then draws', () => {
    const { ctx, calls } = recordingContext();
    const canvas = { width: 300, height: 150, getContext: () => ctx };
    expect(paintWeeklyCard(canvas, weekly)).toBe(true);
    expect(canvas.width).toBe(750 * CARD_SCALE);
    expect(canvas.height).toBeGreaterThan(500 * CARD_SCALE);
    expect(calls[0]).toBe(`scale ${CARD_SCALE},${CARD_SCALE}`);
    expect(calls[1]).toBe(`rect #ffffff 0,0,750,${canvas.height / CARD_SCALE}`);
    expect(calls.some((call) => call.includes('阿吉拉沁社区 · 第一网格'))).toBe(true);
  });

  it('reports a canvas without a 2D context', () => {
    expect(paintWeeklyCard({ width: 0, height: 0, getContext: () => null }, weekly)).toBe(false);
  });
});
