export { TrendChart } from './trend-chart';
export { type TrendChartProps, trendSummary } from './trend-spec';
