import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TrendChartRow } from '../../domain/series';
import { useFormatters, useT } from '../../i18n/use-locale';
import { CHART, DASH } from './chart-colors';

export interface TrendChartProps {
  rows: readonly TrendChartRow[];
  /** Upper end of the y axis, as a fraction (the engine picks it to fit target and data). */
  yMax: number;
  /** One sentence that says what the chart shows, for screen readers. */
  summary: string;
  height?: number;
}

/**
 * Actuals (solid), projection from the trend (dashed), the path that would reach the target
 * (dotted) and the target (dash-dot line). Months not reported are gaps, never zeros.
 * Render-ready rows in, pixels out: it computes nothing.
 */
export function TrendChart({ rows, yMax, summary, height = 320 }: TrendChartProps) {
  const t = useT();
  const f = useFormatters();
  const target = rows.find((r) => r.target !== null)?.target ?? null;
  return (
    <div role="img" aria-label={summary} className="trend-chart">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <LineChart
          data={rows}
          margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={CHART.grid} vertical={false} />
          <XAxis
            dataKey="period"
            tickFormatter={(p: number) => f.month(p)}
            stroke={CHART.axis}
            tick={{ fontSize: 13 }}
            minTickGap={24}
          />
          <YAxis
            domain={[0, yMax]}
            tickFormatter={(v: number) => f.target(v)}
            stroke={CHART.axis}
            tick={{ fontSize: 13 }}
            width={56}
          />
          <Tooltip
            formatter={(value, name) => [typeof value === 'number' ? f.percent(value) : '–', name]}
            labelFormatter={(p) => f.month(Number(p))}
          />
          <Legend wrapperStyle={{ fontSize: 14 }} />
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke={CHART.target}
              strokeDasharray={DASH.target}
              strokeWidth={2}
              ifOverflow="extendDomain"
              label={{
                value: t('chart.target', { value: f.target(target) }),
                position: 'insideTopLeft',
                fill: CHART.target,
                fontSize: 13,
              }}
            />
          )}
          <Line
            type="linear"
            dataKey="actual"
            name={t('chart.actual')}
            stroke={CHART.actual}
            strokeWidth={3}
            dot={{ r: 2.5 }}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="projection"
            name={t('chart.projection')}
            stroke={CHART.projection}
            strokeWidth={2.5}
            strokeDasharray={DASH.projection}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="required"
            name={t('chart.required')}
            stroke={CHART.required}
            strokeWidth={2.5}
            strokeDasharray={DASH.required}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
