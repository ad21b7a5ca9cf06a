import { Canvas } from '@antv/f2';
import { useEffect, useRef } from 'react';

import { TREND_HEIGHT, type TrendChartProps, trendElements, trendSummary } from './trend-spec';

/** H5: F2 on a plain <canvas> as wide as its column, drawn again when the data or the window width changes. */
export function TrendChart(props: TrendChartProps) {
  const { labels, values, name, height = TREND_HEIGHT } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify([labels, values, name]);
  useEffect(() => {
    const element = ref.current;
    const context = element?.getContext('2d');
    // jsdom (the tests) has no 2D context.
    if (!element || !context) return undefined;
    const [chartLabels, chartValues, chartName] = JSON.parse(key) as [string[], number[], string];
    let canvas: Canvas | null = null;
    const draw = () => {
      canvas?.destroy();
      const width = element.parentElement?.clientWidth || 320;
      canvas = new Canvas({
        context,
        pixelRatio: window.devicePixelRatio || 1,
        width,
        height,
        animate: false,
        children: trendElements({ labels: chartLabels, values: chartValues, name: chartName }),
      });
      void canvas.render();
    };
    draw();
    window.addEventListener('resize', draw);
    return () => {
      window.removeEventListener('resize', draw);
      canvas?.destroy();
    };
  }, [key, height]);
  return (
    <canvas
      ref={ref}
      className='trend-chart'
      role='img'
      aria-label={trendSummary(props)}
      style={{ width: '100%', height: `${height}px` }}
    />
  );
}
