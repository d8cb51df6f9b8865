import { CHART } from '../../components/charts/chart-colors';
import { LineChart } from '../../components/charts/line-chart';
import { rankTicks } from '../../domain/axis-ticks';
import type { RankPoint } from '../../domain/rank-history';
import { useFormatters, useT } from '../../i18n/use-locale';

export interface RankChartProps {
  points: readonly RankPoint[];
  /** Bottom of the axis: the most units ranked in any month (the engine gives it). */
  worstRank: number;
  /** One sentence that says what the chart shows, for screen readers. */
  summary: string;
  height?: number;
  /** Fixed width in pixels (exports); otherwise the chart fills its container. */
  width?: number;
}

/**
 * A unit's rank month by month. Lower is better, so the axis is inverted: rank 1 at the top.
 * Months without a rank are gaps. Render-ready points in, pixels out.
 */
export function RankChart({ points, worstRank, summary, height = 260, width }: RankChartProps) {
  const t = useT('unit');
  const f = useFormatters();
  return (
    <LineChart
      x={points.map((p) => p.period)}
      formatX={(p) => f.month(p)}
      summary={summary}
      height={height}
      width={width}
      legend={false}
      y={{
        min: 1,
        max: Math.max(worstRank, 2),
        ticks: rankTicks(worstRank),
        format: (rank) => String(rank),
        inverted: true,
        title: t('rank.axis'),
      }}
      series={[
        {
          key: 'rank',
          label: t('rank.rankColumn'),
          values: points.map((p) => p.rank),
          color: CHART.actual,
          strokeWidth: 3,
          dots: true,
        },
      ]}
    />
  );
}
