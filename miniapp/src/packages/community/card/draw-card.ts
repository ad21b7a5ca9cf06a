import type { GridWeekly } from '@tongxin/types';

import { type CardLayout, layoutWeeklyCard, type Measure } from './weekly-card-layout';

/** The slice of a 2D context the card needs; WeChat's canvas 2d and the browser's both fit. */
export interface CardContext {
  fillStyle: string | CanvasGradient | CanvasPattern;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  fillRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  scale(x: number, y: number): void;
}

/** Pixels per card unit: a 1500 px wide image stays sharp on a phone's full screen. */
export const CARD_SCALE = 2;

/** Measures with the canvas's own font engine, so wrapping matches what is drawn. */
export function measureWith(ctx: Pick<CardContext, 'font' | 'measureText'>): Measure {
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** Draws `layout` on a context already scaled to card units. */
export function drawCard(ctx: CardContext, layout: CardLayout): void {
  ctx.fillStyle = layout.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'top';
  for (const op of layout.ops) {
    ctx.fillStyle = op.color;
    if (op.kind === 'rect') {
      ctx.fillRect(op.x, op.y, op.width, op.height);
    } else {
      ctx.font = op.font;
      ctx.textAlign = op.align;
      ctx.fillText(op.text, op.x, op.y);
    }
  }
}

/** A canvas of either platform: the DOM's, or WeChat's canvas 2d node. */
export interface CardCanvas {
  width: number;
  height: number;
  getContext(type: '2d'): CardContext | null;
}

/** Sizes `canvas` to the card of `weekly` and draws it; false when the canvas gives no 2D context. */
export function paintWeeklyCard(canvas: CardCanvas, weekly: GridWeekly): boolean {
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  const layout = layoutWeeklyCard(weekly, measureWith(ctx));
  // Resizing clears the canvas and its transform, so the scale comes after.
  canvas.width = layout.width * CARD_SCALE;
  canvas.height = layout.height * CARD_SCALE;
  ctx.scale(CARD_SCALE, CARD_SCALE);
  drawCard(ctx, layout);
  return true;
}
