import { lazy, Suspense } from 'react';
import { useBoxWidth } from './use-box-width';
import type { LineChartViewProps } from './recharts-line-chart';
import type { RankedBarsViewProps } from './recharts-ranked-bars';
import { BidiText } from '../bidi-text';
import './charts.css';

let chunk: ReturnType<typeof importCharts> | null = null;
function importCharts() {
  return import('./recharts-charts');
}
// Once the code is here a chart is drawn at once, without suspending: React holds a suspended
// box back for a while, and an export staged off screen (the ranking's bars from its table
// view) would be copied before its chart is drawn.
let loaded: Awaited<ReturnType<typeof importCharts>> | null = null;

/**
 * Asks for the chart code (once); the initial JavaScript stays without Recharts (npm run size).
 * Asked for once the first feed is in (DashboardDataProvider), or by the first chart drawn:
 * asked at the page's start, its 110 kB would share a slow connection with the config, the
 * registry and the feeds, the chain every figure waits for.
 */
export function requestChartCode(): ReturnType<typeof importCharts> {
  if (chunk === null) {
    chunk = importCharts();
    // A failure is the lazy component's to report.
    chunk.then(
      (m) => {
        loaded = m;
      },
      () => undefined,
    );
  }
  return chunk;
}

const LazyLine = lazy(() => requestChartCode().then((m) => ({ default: m.LineChartView })));
const LazyBars = lazy(() => requestChartCode().then((m) => ({ default: m.RankedBarsView })));

/**
 * A box of the chart's final size, so nothing moves when the chart code arrives. A screen chart
 * (no fixed width) is drawn at the width the browser gives its box, read with a ResizeObserver
 * after layout: Recharts' own `responsive` mode measures during React's commit, which forces a
 * layout of the whole page and a second render in the same long task.
 */
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
  children: (width: number | undefined) => React.ReactNode;
}) {
  const [box, measured] = useBoxWidth(width === undefined);
  const drawAt = width ?? measured;
  return (
    <>
      {summary !== null && (
        <p className="visually-hidden">
          <BidiText text={summary} />
        </p>
      )}
      <div ref={box} className="chart-box" style={{ width, height }}>
        {drawAt !== null && <Suspense fallback={null}>{children(drawAt)}</Suspense>}
      </div>
    </>
  );
}

export function LineChartBox(props: LineChartViewProps) {
  return (
    <Reserved width={props.width} height={props.height} summary={props.spec.summary}>
      {(width) =>
        loaded ? (
          <loaded.LineChartView {...props} width={width} />
        ) : (
          <LazyLine {...props} width={width} />
        )
      }
    </Reserved>
  );
}

export function RankedBarsBox(props: RankedBarsViewProps) {
  return (
    <Reserved width={props.width} height={props.height} summary={props.spec.summary}>
      {(width) =>
        loaded ? (
          <loaded.RankedBarsView {...props} width={width} />
        ) : (
          <LazyBars {...props} width={width} />
        )
      }
    </Reserved>
  );
}
