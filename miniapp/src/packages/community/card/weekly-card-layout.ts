import type { GridWeekly } from '@tongxin/types';

import { weekRangeText } from '../dates';
import { type Measure, wrapText } from './wrap-text';

export type { Measure } from './wrap-text';

export interface CardText {
  kind: 'text';
  text: string;
  /** The anchor `align` refers to; `y` is the top of the line (textBaseline top). */
  x: number;
  y: number;
  font: string;
  color: string;
  align: 'left' | 'center' | 'right';
}

export interface CardRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

export type CardOp = CardText | CardRect;

/** What the card draws, in card units (CARD_WIDTH wide); the canvas scales it to its pixels. */
export interface CardLayout {
  width: number;
  height: number;
  background: string;
  ops: CardOp[];
}

export const CARD_WIDTH = 750;
const PAD = 48;
const CONTENT_WIDTH = CARD_WIDTH - PAD * 2;
const LINE = 1.5;
const GAP = 24;

// The system font: a plain generic family, which both WeChat's canvas and browsers parse and map to the phone's CJK font.
export function cardFont(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px sans-serif`;
}

const COLOR = {
  primary: '#c8323c',
  primaryLight: '#fbeceb',
  onPrimary: '#ffffff',
  text: '#1f1a17',
  secondary: '#6b6360',
  muted: '#9a918c',
  border: '#ede4de',
  surface: '#ffffff',
} as const;

/** "12.5" or "12" hours. */
export function hoursText(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}

/** How long an open item has waited: "已等 5 天", or "今天刚报" on its first day. */
export function ageText(ageDays: number): string {
  return ageDays < 1 ? '今天刚报' : `已等 ${ageDays} 天`;
}

/** The card's three headline figures, as the page shows them too. */
export function weeklyTiles(weekly: GridWeekly): { label: string; value: number }[] {
  return [
    { label: '解决问题', value: weekly.fixed },
    { label: '办成实事', value: weekly.served },
    { label: '待处理', value: weekly.open },
  ];
}

/**
 * Lays out the 网格周报 share card: header, the three figures, the oldest open items with their age, the community's
 * volunteer hours and the mall's new items (names only: the card says nothing about points). Long names wrap.
 */
export function layoutWeeklyCard(weekly: GridWeekly, measure: Measure): CardLayout {
  const ops: CardOp[] = [];
  let y = 0;

  const text = (
    value: string,
    at: { x: number; size: number; color: string; bold?: boolean; align?: CardText['align'] },
  ) =>
    ops.push({
      kind: 'text',
      text: value,
      x: at.x,
      y,
      font: cardFont(at.size, at.bold),
      color: at.color,
      align: at.align ?? 'left',
    });
  /** Wrapped lines from the left margin; moves `y` below them. */
  const paragraph = (value: string, at: { size: number; color: string; bold?: boolean; width?: number }) => {
    for (const line of wrapText(value, at.width ?? CONTENT_WIDTH, cardFont(at.size, at.bold), measure)) {
      text(line, { x: PAD, ...at });
      y += at.size * LINE;
    }
  };
  const section = (title: string) => {
    y += GAP;
    paragraph(title, { size: 32, color: COLOR.text, bold: true });
    y += 8;
  };

  const header: CardRect = { kind: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: 0, color: COLOR.primary };
  ops.push(header);
  y = PAD;
  paragraph('网格周报', { size: 56, color: COLOR.onPrimary, bold: true });
  y += 8;
  paragraph(`${weekly.community.name} · ${weekly.grid.name}`, { size: 32, color: COLOR.onPrimary });
  paragraph(weekRangeText(weekly.week.from, weekly.week.to), { size: 26, color: COLOR.primaryLight });
  y += PAD - 16;
  header.height = y;

  y += GAP * 1.5;
  const tileWidth = (CONTENT_WIDTH - GAP * 2) / 3;
  const tileTop = y;
  weeklyTiles(weekly).forEach((tile, i) => {
    const x = PAD + i * (tileWidth + GAP);
    ops.push({ kind: 'rect', x, y: tileTop, width: tileWidth, height: 168, color: COLOR.primaryLight });
    y = tileTop + 28;
    text(String(tile.value), { x: x + tileWidth / 2, size: 64, color: COLOR.primary, bold: true, align: 'center' });
    y = tileTop + 112;
    text(tile.label, { x: x + tileWidth / 2, size: 26, color: COLOR.secondary, align: 'center' });
  });
  y = tileTop + 168 + GAP;

  section('等待最久的事项');
  if (weekly.oldestOpen.length === 0) paragraph('本周没有待处理的事项', { size: 28, color: COLOR.secondary });
  for (const item of weekly.oldestOpen) {
    const age = ageText(item.ageDays);
    const ageFont = cardFont(28, true);
    text(age, { x: CARD_WIDTH - PAD, size: 28, color: COLOR.primary, bold: true, align: 'right' });
    paragraph(item.categoryName, { size: 28, color: COLOR.text, width: CONTENT_WIDTH - measure(age, ageFont) - GAP });
    y += 8;
  }

  section('志愿服务');
  paragraph(`社区志愿者本周服务 ${hoursText(weekly.volunteerHours)} 小时`, { size: 28, color: COLOR.text });

  section('社区好物上新');
  if (weekly.newMallItems.length === 0) paragraph('本周暂无上新', { size: 28, color: COLOR.secondary });
  for (const item of weekly.newMallItems) paragraph(`· ${item.name}`, { size: 28, color: COLOR.text });

  y += GAP * 1.5;
  ops.push({ kind: 'rect', x: PAD, y, width: CONTENT_WIDTH, height: 2, color: COLOR.border });
  y += GAP;
  paragraph('同心 · 邻里事大家一起办', { size: 24, color: COLOR.muted });
  y += PAD - 12;

  return { width: CARD_WIDTH, height: Math.ceil(y), background: COLOR.surface, ops };
}
