import { useCallback, useMemo } from 'react';
import type { ComparedLine } from '../../components/charts/trend-shape';
import {
  comparedMax,
  comparedSeries,
  formatCompare,
  parseCompare,
  type CompareSelection,
} from '../../domain/compared-series';
import type { IndicatorId } from '../../domain/indicators';
import type { MonthIndex } from '../../domain/period';
import type { Dataset } from '../../domain/types';
import { useViewState } from '../../hooks/use-view-state';
import { useLocale, useT } from '../../i18n/use-locale';
import type { TableColumn } from '../../lib/table-spec';

export interface Comparison {
  selection: CompareSelection;
  /** Changes the selection from the latest one in the URL, which a quick second click may be ahead of the render's. */
  setSelection: (change: (latest: CompareSelection) => CompareSelection) => void;
  /** The compared lines, named in the view's language, for the chart. */
  lines: ComparedLine[];
  /** The largest compared value, so the chart's axis holds every line. */
  max: number;
  /** One table column per compared line. */
  columns: TableColumn[];
  /** The compared values of one month, by column key. */
  cells: (period: MonthIndex) => Record<string, number | null>;
}

/** The comparison in the URL (`cmp=`), validated against the dataset, and its lines. */
export function useComparison(
  dataset: Dataset,
  indicator: IndicatorId,
  period: MonthIndex,
): Comparison {
  const t = useT();
  const locale = useLocale();
  const [view, update] = useViewState();
  const selection = useMemo(() => parseCompare(view.cmp, dataset), [view.cmp, dataset]);
  const setSelection = useCallback(
    (change: (latest: CompareSelection) => CompareSelection) =>
      update((view) => ({ cmp: formatCompare(change(parseCompare(view.cmp, dataset))) })),
    [update, dataset],
  );
  return useMemo(() => {
    const series = comparedSeries(dataset, selection, indicator, period);
    const lines = series.map((s) => ({
      key: s.key,
      label: s.name === null ? t('compare.national') : s.name[locale],
      points: s.points,
    }));
    const byKey = series.map((s) => new Map(s.points.map((p) => [p.period, p.value] as const)));
    return {
      selection,
      setSelection,
      lines,
      max: comparedMax(series),
      columns: lines.map((l) => ({ key: l.key, label: l.label, kind: 'percent' as const })),
      cells: (p: MonthIndex) =>
        Object.fromEntries(series.map((s, i) => [s.key, byKey[i]!.get(p) ?? null])),
    };
  }, [dataset, selection, setSelection, indicator, period, t, locale]);
}
