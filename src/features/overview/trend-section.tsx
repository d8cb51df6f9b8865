import { useTrendSummary } from '../../components/charts/use-trend-summary';
import { useMemo } from 'react';
import { ChartFrame } from '../../components/chart-frame';
import { coverageNotes } from '../../components/export-menu/export-text';
import { TrendChart } from '../../components/charts/trend-chart';
import type { AggregateModel } from '../../domain/model';
import type { MonthIndex } from '../../domain/period';
import { trendFacts } from '../../domain/overview-summary';
import type { ScopeId } from '../../domain/scope';
import { trendChartRows, yCeiling } from '../../domain/series';
import { cachedAggregateSeries } from '../../hooks/cached-series';
import type { Dataset } from '../../domain/types';
import { useT } from '../../i18n/use-locale';
import { ComparePicker } from '../compare/compare-picker';
import { useComparison } from '../compare/use-comparison';

/**
 * The level-4 rate of the scope month by month, with the target line, the projection to the
 * deadline and the path that would reach it; a sentence from the engine's numbers says the same.
 */
export function TrendSection({
  dataset,
  aggregate,
  scope,
  scopeLabel,
  period,
  coverageNote,
  names,
  embedded = false,
}: {
  dataset: Dataset;
  aggregate: AggregateModel;
  scope: ScopeId;
  scopeLabel: string;
  period: MonthIndex;
  coverageNote: string;
  /** Unit names by id, to name the units the figures lack. */
  names: ReadonlyMap<string, string>;
  /** Drawn inside another site's iframe: no downloads, no embed code. */
  embedded?: boolean;
}) {
  const t = useT('overview');
  const trendSummary = useTrendSummary();
  const { indicator, progress, target } = aggregate;
  const rows = useMemo(
    () =>
      trendChartRows(cachedAggregateSeries(dataset, scope, indicator, period), progress, period),
    [dataset, scope, indicator, period, progress],
  );
  const comparison = useComparison(dataset, indicator, period);
  const yMax = useMemo(() => yCeiling(rows, comparison.max), [rows, comparison.max]);
  const units = useMemo(() => dataset.units.map((u) => u.unit), [dataset]);
  const facts = trendFacts(rows, progress);
  const title = t(`common:indicator.${indicator}`);

  const summary = trendSummary(title, facts);

  // The frame prints the target and its basis; the notes say what the figures cover.
  const missing = coverageNotes(aggregate.coverage, names, t).slice(1);
  const notes = [coverageNote, ...missing];

  return (
    <>
      <ChartFrame
        title={title}
        subtitle={scopeLabel}
        period={period}
        notes={notes}
        target={target}
        exportName={{ subject: indicator, scope }}
        exportable={!embedded}
        embed="embed/trend"
        exportChart={(size) => (
          <TrendChart
            rows={rows}
            yMax={yMax}
            summary={summary}
            variant="export"
            height={size.height}
            width={size.width}
            compared={comparison.lines}
          />
        )}
        table={{
          caption: `${title} — ${scopeLabel}`,
          columns: [
            { key: 'period', label: t('common:period.month'), kind: 'month' },
            { key: 'actual', label: t('common:chart.actual'), kind: 'percent' },
            {
              key: 'projection',
              label: t('common:chart.projection'),
              kind: 'percent',
              empty: 'none',
            },
            {
              key: 'required',
              label: t('common:chart.required'),
              kind: 'percent',
              empty: 'none',
            },
            { key: 'target', label: t('trend.target'), kind: 'target' },
            ...comparison.columns,
          ],
          rows: rows.map((r) => ({
            cells: {
              period: r.period,
              actual: r.actual,
              projection: r.projection,
              required: r.required,
              target: r.target,
              ...comparison.cells(r.period),
            },
          })),
        }}
      >
        <p className="trend-summary">{summary}</p>
        <TrendChart
          rows={rows}
          yMax={yMax}
          summary={summary}
          summaryShown
          compared={comparison.lines}
        />
      </ChartFrame>
      {!embedded && (
        <ComparePicker
          selection={comparison.selection}
          onChange={comparison.setSelection}
          units={units}
          nationalOffered={scope !== 'all'}
          region={null}
        />
      )}
    </>
  );
}
