import { lazy, Suspense } from 'react';
import type { LineChartViewProps } from './recharts-line-chart';
import type { RankedBarsViewProps } from './recharts-ranked-bars';
import { BidiText } from '../bidi-text';
import './charts.css';

// Requested as soon as this module runs (the page's start), drawn when it arrives; the initial
// JavaScript stays without Recharts (npm run size).
const chunk = import('./recharts-charts');
const LazyLine = lazy(() => chunk.then((m) => ({ default: m.LineChartView })));
const LazyBars = lazy(() => chunk.then((m) => ({ default: m.RankedBarsView })));
// Once the code is here a chart is drawn at once, without suspending: React holds a suspended
// box back for a while, and an export staged off screen (the ranking's bars from its table
// view) would be copied before its chart is drawn.
let loaded: Awaited<typeof chunk> | null = null;
// A failure is the lazy component's to report.
chunk.then(
  (m) => {
    loaded = m;
  },
  () => undefined,
);

/** A box of the chart's final size, so nothing moves when the chart code arrives. */
function Reserved({
  width,
  height,
  summary,
  children,
}: {
  width?: number;
  height: number;
  /** Said to screen readers (and there before the chart code arrives). */
  summary: string | null;
  children: React.ReactNode;
}) {
  return (
    <>
      {summary !== null && (
        <p className="visually-hidden">
          <BidiText text={summary} />
        </p>
      )}
      <div className="chart-box" style={{ width, height }}>
        <Suspense fallback={null}>{children}</Suspense>
      </div>
    </>
  );
}

export function LineChartBox(props: LineChartViewProps) {
  return (
    <Reserved width={props.width} height={props.height} summary={props.spec.summary}>
      {loaded ? <loaded.LineChartView {...props} /> : <LazyLine {...props} />}
    </Reserved>
  );
}

export function RankedBarsBox(props: RankedBarsViewProps) {
  return (
    <Reserved width={props.width} height={props.height} summary={props.spec.summary}>
      {loaded ? <loaded.RankedBarsView {...props} /> : <LazyBars {...props} />}
    </Reserved>
  );
}
