/** The chart code (Recharts and what draws with it): one chunk, loaded as the page starts. */
export { LineChartView } from './recharts-line-chart';
export { RankedBarsView } from './recharts-ranked-bars';
