import { Canvas as F2Canvas } from '@antv/f2';
import { Canvas } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useId, useRef } from 'react';

import { TREND_HEIGHT, type TrendChartProps, trendElements } from './trend-spec';

/** What WeChat's type="2d" canvas node offers F2. */
interface CanvasNode {
  width: number;
  height: number;
  getContext(type: '2d'): CanvasRenderingContext2D;
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(id: number): void;
  createImage(): HTMLImageElement;
}

type CanvasLike = NonNullable<ConstructorParameters<typeof F2Canvas>[0]['offscreenCanvas']>;

interface TouchTarget {
  dispatchEvent(type: string, event: unknown): void;
}

/** Weapp: F2 on a type="2d" Canvas found through a selector query; touches are passed on for the tooltip. */
export function TrendChart(props: TrendChartProps) {
  const { labels, values, name, height = TREND_HEIGHT } = props;
  const id = `trend-chart-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const target = useRef<TouchTarget | null>(null);
  const key = JSON.stringify([labels, values, name]);
  useEffect(() => {
    let chart: F2Canvas | null = null;
    let gone = false;
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((result: Array<{ node?: CanvasNode; width?: number } | null>) => {
          const node = result[0]?.node;
          if (gone || !node) return;
          const width = result[0]?.width || 320;
          const pixelRatio = Taro.getWindowInfo().pixelRatio || 1;
          node.width = width * pixelRatio;
          node.height = height * pixelRatio;
          const [chartLabels, chartValues, chartName] = JSON.parse(key) as [string[], number[], string];
          chart = new F2Canvas({
            context: node.getContext('2d'),
            pixelRatio,
            width,
            height,
            animate: false,
            createImage: () => node.createImage(),
            // G measures text on an offscreen canvas; without one it asks `document` for a <canvas>, which Taro's
            // mini-program document cannot draw on.
            offscreenCanvas: Taro.createOffscreenCanvas({ type: '2d', width: 10, height: 10 }) as unknown as CanvasLike,
            requestAnimationFrame: (callback: () => void) => node.requestAnimationFrame(callback),
            cancelAnimationFrame: (frame: number) => node.cancelAnimationFrame(frame),
            children: trendElements({ labels: chartLabels, values: chartValues, name: chartName }),
          });
          void chart.render();
          target.current = chart.getCanvasEl() as unknown as TouchTarget;
        });
    });
    return () => {
      gone = true;
      target.current = null;
      chart?.destroy();
    };
  }, [id, key, height]);
  // touchstart, touchmove or touchend, as F2's gesture handling expects them.
  const touch = (event: { type: string; preventDefault?: () => void }) => {
    if (!event.preventDefault) event.preventDefault = () => undefined;
    target.current?.dispatchEvent(event.type, event);
  };
  return (
    <Canvas
      type='2d'
      id={id}
      className='trend-chart'
      style={{ width: '100%', height: `${height}px` }}
      onTouchStart={touch}
      onTouchMove={touch}
      onTouchEnd={touch}
    />
  );
}
