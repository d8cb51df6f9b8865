import { useMemo } from 'react';
import type { RankPoint } from '../../domain/rank-history';
import { useFormatters, useT } from '../../i18n/use-locale';
import { SCREEN_HEIGHT } from './chart-size';
import type { ChartVariant } from './chart-spec';
import { LineChartBox } from './lazy-charts';
import { rankLineSpec } from './trend-shape';

export interface RankChartProps {
  points: readonly RankPoint[];
  /** Bottom of the axis: the most units ranked in any month (the engine gives it). */
  worstRank: number;
  /** One sentence that says what the chart shows, for screen readers. */
  summary: string;
  variant?: ChartVariant;
  height?: number;
  /** Fixed width in pixels (exports); otherwise the chart fills its container. */
  width?: number;
}

/**
 * A unit's rank month by month. Lower is better, so the axis is inverted: rank 1 at the top,
 * whole ranks only. Months without a rank are gaps.
 */
export function RankChart({
  points,
  worstRank,
  summary,
  variant = 'screen',
  height = SCREEN_HEIGHT.rank,
  width,
}: RankChartProps) {
  const t = useT('unit');
  const f = useFormatters();
  const spec = useMemo(
    () =>
      rankLineSpec(
        points,
        worstRank,
        {
          month: (p) => f.month(p),
          count: (n) => f.count(n),
          rank: t('rank.rankColumn'),
          axis: t('rank.axis'),
        },
        summary,
      ),
    [points, worstRank, f, t, summary],
  );
  return (
    <LineChartBox
      spec={spec}
      variant={variant}
      width={width}
      height={height}
      name={t('common:chart.name')}
    />
  );
}
