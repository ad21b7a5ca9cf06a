import { Axis, Chart, jsx, Line, Point, Tooltip } from '@antv/f2';

export interface TrendChartProps {
  /** Bucket labels along the bottom (12-01, 第49周, 2026-12). */
  labels: string[];
  values: number[];
  /** The series' name, for the tooltip and screen readers. */
  name: string;
  /** CSS px. */
  height?: number;
}

export const TREND_HEIGHT = 200;
const COLOR = '#c8323c';
/** Labels along the bottom at most. */
const MAX_TICKS = 7;

/**
 * The buckets labelled along the bottom: every step-th from the first, evenly spaced (F2's own sampling adds the
 * last bucket right beside the one before it, and their labels overlap on a phone).
 */
export function trendTicks(labels: string[]): string[] {
  const step = Math.max(1, Math.ceil((labels.length - 1) / (MAX_TICKS - 1)));
  return labels.filter((_, i) => i % step === 0);
}

/**
 * F2's jsx() types its first argument as a component taking bare props; its own chart components, whose props
 * Chart fills in, do not fit that type, so they go through here.
 */
function f2(type: unknown, props: object, ...children: unknown[]) {
  return jsx(type as Parameters<typeof jsx>[0], props, ...children);
}

/**
 * The chart as F2 elements, built with F2's own jsx() so that no F2 JSX pragma meets React's in these files.
 * Shared by the H5 and mini-program canvases.
 */
export function trendElements({ labels, values, name }: TrendChartProps) {
  const data = labels.map((label, i) => ({ label, value: values[i] ?? 0, name }));
  return f2(
    Chart,
    {
      data,
      scale: {
        label: { ticks: trendTicks(labels), range: [0.04, 0.96] },
        value: { min: 0, nice: true, tickCount: 4 },
      },
    },
    f2(Axis, { field: 'label', style: { label: { fontSize: '22px' } } }),
    f2(Axis, { field: 'value', style: { label: { fontSize: '22px' } } }),
    f2(Line, { x: 'label', y: 'value', color: COLOR }),
    f2(Point, { x: 'label', y: 'value', color: COLOR, size: labels.length > 16 ? 2 : 3 }),
    f2(Tooltip, { showCrosshairs: true, snap: true }),
  );
}

/** A line a screen reader (and a test) can read: 办实事：合计 17，最高 5（12-03）. */
export function trendSummary({ labels, values, name }: TrendChartProps): string {
  if (values.length === 0) return `${name}：本期无数据`;
  const total = Math.round(values.reduce((sum, v) => sum + v, 0) * 10) / 10;
  const top = values.reduce((best, v, i) => (v > values[best] ? i : best), 0);
  return `${name}：合计 ${total}，最高 ${values[top]}（${labels[top]}）`;
}
