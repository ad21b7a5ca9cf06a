import { Text, View } from '@tarojs/components';
import { type FigureTrend, TrendSeries } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';

import { TREND_SERIES_LABEL } from '../../components/figures/figure-format';
import { TrendChart, trendSummary } from '../../components/TrendChart';

const SERIES_OPTIONS = TrendSeries.map((series) => ({ value: series, label: TREND_SERIES_LABEL[series] }));

/** 趋势: one series over the period's days, weeks or months, chosen with the chips above the chart. */
export function TrendPanel({ trend }: { trend: FigureTrend }) {
  const [series, setSeries] = useState<TrendSeries>('problemsClosed');
  const chart = { labels: trend.buckets, values: trend.series[series] ?? [], name: TREND_SERIES_LABEL[series] };
  return (
    <View className='form-card trend-panel'>
      <Text className='form-card__title'>趋势</Text>
      <ChoiceChips
        className='staff-chips trend-panel__series'
        options={SERIES_OPTIONS}
        selected={[series]}
        onChange={([next]) => next && setSeries(next as TrendSeries)}
      />
      {trend.buckets.length === 0 ? (
        <Text className='trend-panel__empty'>本期没有可画的数据</Text>
      ) : (
        <View className='trend-panel__chart'>
          <TrendChart {...chart} />
        </View>
      )}
      <Text className='trend-panel__summary'>{trendSummary(chart)}</Text>
    </View>
  );
}
