import { useMemo } from 'react';
import type { TrendChartRow } from '../../domain/series';
import { useT } from '../../i18n/use-locale';
import { useChartWords } from './use-chart-words';
import { SCREEN_HEIGHT } from './chart-size';
import type { ChartVariant } from './chart-spec';
import { LineChartBox } from './lazy-charts';
import { trendLineSpec, type ComparedLine } from './trend-shape';

export interface TrendChartProps {
  rows: readonly TrendChartRow[];
  /** Upper end of the y axis, as a fraction (the engine picks it to fit target and data). */
  yMax: number;
  /** One sentence that says what the chart shows, for screen readers. */
  summary: string;
  /** The page shows the summary beside the chart: the chart need not repeat it. */
  summaryShown?: boolean;
  variant?: ChartVariant;
  height?: number;
  /** Fixed width in pixels (hall, exports); a screen chart fills its container. */
  width?: number;
  /** Lines drawn beside the trend for comparison (nation, region, chosen units). */
  compared?: readonly ComparedLine[];
}

/**
 * Actuals (solid), projection from the trend (dashed), the path that would reach the target
 * (dotted) and the target (dash-dot line), each line labelled at its end. Months not reported are
 * gaps, never zeros. One component for screens, the hall and exports.
 */
export function TrendChart({
  rows,
  yMax,
  summary,
  summaryShown = false,
  variant = 'screen',
  height = SCREEN_HEIGHT.trend,
  width,
  compared,
}: TrendChartProps) {
  const words = useChartWords();
  const t = useT();
  const spec = useMemo(
    () =>
      trendLineSpec(rows, yMax, words, summaryShown ? null : summary, {
        roundTicks: variant === 'hall',
        compared,
      }),
    [rows, yMax, words, summary, summaryShown, variant, compared],
  );
  return (
    <LineChartBox
      spec={spec}
      variant={variant}
      width={width}
      height={height}
      name={t('chart.name')}
    />
  );
}
