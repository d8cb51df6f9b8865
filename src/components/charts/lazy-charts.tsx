import { lazy, Suspense } from 'react';
import type { LineChartViewProps } from './recharts-line-chart';
import type { RankedBarsViewProps } from './recharts-ranked-bars';
import './charts.css';

// Requested as soon as this module runs (the page's start), drawn when it arrives; the initial
// JavaScript stays without Recharts (npm run size).
const chunk = import('./recharts-charts');
const LazyLine = lazy(() => chunk.then((m) => ({ default: m.LineChartView })));
const LazyBars = lazy(() => chunk.then((m) => ({ default: m.RankedBarsView })));

/** A box of the chart's final size, so nothing moves when the chart code arrives. */
function Reserved({
  width,
  height,
  children,
}: {
  width?: number;
  height: number;
  children: React.ReactNode;
}) {
  return (
    <div className="chart-box" style={{ width, height }}>
      <Suspense fallback={null}>{children}</Suspense>
    </div>
  );
}

export function LineChartBox(props: LineChartViewProps) {
  return (
    <Reserved width={props.width} height={props.height}>
      <LazyLine {...props} />
    </Reserved>
  );
}

export function RankedBarsBox(props: RankedBarsViewProps) {
  return (
    <Reserved width={props.width} height={props.height}>
      <LazyBars {...props} />
    </Reserved>
  );
}
