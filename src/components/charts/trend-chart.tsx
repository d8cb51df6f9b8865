import { percentTicks } from '../../domain/axis-ticks';
import type { TrendChartRow } from '../../domain/series';
import { useFormatters, useT } from '../../i18n/use-locale';
import { CHART, DASH } from './chart-colors';
import { LineChart } from './line-chart';

export interface TrendChartProps {
  rows: readonly TrendChartRow[];
  /** Upper end of the y axis, as a fraction (the engine picks it to fit target and data). */
  yMax: number;
  /** One sentence that says what the chart shows, for screen readers. */
  summary: string;
  height?: number;
  /** Fixed width in pixels (exports); otherwise the chart fills its container. */
  width?: number;
}

/**
 * Actuals (solid), projection from the trend (dashed), the path that would reach the target
 * (dotted) and the target (dash-dot line). Months not reported are gaps, never zeros.
 * Render-ready rows in, pixels out.
 */
export function TrendChart({ rows, yMax, summary, height = 320, width }: TrendChartProps) {
  const t = useT();
  const f = useFormatters();
  const target = rows.find((r) => r.target !== null)?.target ?? null;
  return (
    <LineChart
      x={rows.map((r) => r.period)}
      formatX={(p) => f.month(p)}
      summary={summary}
      height={height}
      width={width}
      y={{ min: 0, max: yMax, ticks: percentTicks(yMax), format: (v) => f.target(v) }}
      references={
        target === null
          ? []
          : [
              {
                value: target,
                label: t('chart.target', { value: f.target(target) }),
                color: CHART.target,
                dash: DASH.target,
              },
            ]
      }
      series={[
        {
          key: 'actual',
          label: t('chart.actual'),
          values: rows.map((r) => r.actual),
          color: CHART.actual,
          strokeWidth: 3,
          dots: true,
        },
        {
          key: 'projection',
          label: t('chart.projection'),
          values: rows.map((r) => r.projection),
          color: CHART.projection,
          strokeWidth: 2.5,
          dash: DASH.projection,
        },
        {
          key: 'required',
          label: t('chart.required'),
          values: rows.map((r) => r.required),
          color: CHART.required,
          strokeWidth: 2.5,
          dash: DASH.required,
        },
      ]}
    />
  );
}
