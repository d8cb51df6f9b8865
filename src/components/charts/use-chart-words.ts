import { useMemo } from 'react';
import { useFormatters, useT } from '../../i18n/use-locale';
import type { ChartWords } from './trend-shape';

/** The words and formatters of a trend chart in the view's language. */
export function useChartWords(): ChartWords {
  const t = useT();
  const f = useFormatters();
  return useMemo(
    () => ({
      month: (p) => f.month(p),
      percent: (v) => f.percent(v),
      axisPercent: (v) => f.target(v),
      actual: t('chart.actual'),
      projection: t('chart.projection'),
      required: t('chart.required'),
      target: (value) => t('chart.target', { value }),
      endLabel: (label, value) => t('chart.endLabel', { label, value }),
    }),
    [t, f],
  );
}
