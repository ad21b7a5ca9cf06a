// Platforms without a file of their own (the type checker and jest) get the DOM canvas.
export { TrendChart } from './trend-chart.h5';
