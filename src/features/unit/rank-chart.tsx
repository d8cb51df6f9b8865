import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART } from '../../components/charts/chart-colors';
import type { RankPoint } from '../../domain/rank-history';
import { useFormatters, useT } from '../../i18n/use-locale';

export interface RankChartProps {
  points: readonly RankPoint[];
  /** Bottom of the axis: the most units ranked in any month (the engine gives it). */
  worstRank: number;
  /** One sentence that says what the chart shows, for screen readers. */
  summary: string;
  height?: number;
}

/**
 * A unit's rank month by month. Lower is better, so the axis is inverted: rank 1 at the top.
 * Months without a rank are gaps. Render-ready points in, pixels out: it computes nothing.
 */
export function RankChart({ points, worstRank, summary, height = 260 }: RankChartProps) {
  const t = useT('unit');
  const f = useFormatters();
  return (
    <div role="img" aria-label={summary} className="rank-chart">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <LineChart
          data={points}
          margin={{ top: 12, right: 24, bottom: 8, left: 8 }}
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
            reversed
            domain={[1, worstRank]}
            allowDecimals={false}
            stroke={CHART.axis}
            tick={{ fontSize: 13 }}
            width={44}
            label={{
              value: t('rank.axis'),
              angle: -90,
              position: 'insideLeft',
              fill: CHART.axis,
              fontSize: 13,
            }}
          />
          <Tooltip
            formatter={(value) => [
              typeof value === 'number' ? String(value) : t('rank.notRanked'),
              t('rank.rankColumn'),
            ]}
            labelFormatter={(p) => f.month(Number(p))}
          />
          <Line
            type="linear"
            dataKey="rank"
            name={t('rank.rankColumn')}
            stroke={CHART.actual}
            strokeWidth={3}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
