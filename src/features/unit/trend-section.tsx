import { useMemo } from 'react';
import { ChartFrame } from '../../components/chart-frame';
import { valueStateText } from '../../components/value-state-label';
import { TrendChart } from '../../components/charts/trend-chart';
import type { UnitModel } from '../../domain/model';
import type { MonthIndex } from '../../domain/period';
import { trendChartRows, unitSeries, yCeiling } from '../../domain/series';
import type { Dataset, UnitData } from '../../domain/types';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import type { TableSpec } from '../../lib/table-spec';
import { ComparePicker } from '../compare/compare-picker';
import { useComparison } from '../compare/use-comparison';
import { unitEmbedPath } from './unit-embed-path';
import { isolate } from '../../lib/isolate';

/** The unit's level-4 rate month by month, its own projection and the path to the target. */
export function TrendSection({
  unit,
  data,
  dataset,
  period,
  embedded = false,
}: {
  unit: UnitModel;
  data: UnitData;
  dataset: Dataset;
  period: MonthIndex;
  /** Drawn inside another site's iframe: no downloads, no embed code. */
  embedded?: boolean;
}) {
  const t = useT('unit');
  const f = useFormatters();
  const locale = useLocale();
  const l4 = unit.indicators.level4Rate;
  const name = isolate(unit.unit.name[locale]);
  const comparison = useComparison(dataset, 'level4Rate', period);
  const chart = useMemo(() => {
    const rows = trendChartRows(
      unitSeries(data, 'level4Rate', period, dataset),
      l4.progress,
      period,
    );
    return { rows, yMax: yCeiling(rows, comparison.max) };
  }, [data, dataset, period, l4.progress, comparison.max]);
  const units = useMemo(() => dataset.units.map((u) => u.unit), [dataset]);
  const region = dataset.regions.find((r) => r.id === unit.unit.region) ?? null;

  const table: TableSpec = {
    caption: t('trend.title', { name }),
    columns: [
      { key: 'period', label: t('common:period.month'), kind: 'month' },
      { key: 'actual', label: t('common:chart.actual'), kind: 'percent' },
      { key: 'projection', label: t('common:chart.projection'), kind: 'percent', empty: 'none' },
      { key: 'required', label: t('common:chart.required'), kind: 'percent', empty: 'none' },
      { key: 'target', label: t('rate.target'), kind: 'target' },
      ...comparison.columns,
    ],
    rows: chart.rows.map((r) => ({
      cells: {
        period: r.period,
        actual: r.actual,
        projection: r.projection,
        required: r.required,
        target: r.target,
        ...comparison.cells(r.period),
      },
    })),
  };
  const value =
    l4.tenths === null ? valueStateText(l4.state, unit.fault, t) : f.percentTenths(l4.tenths);
  const progress = l4.progress;
  const summary = progress
    ? t('trend.summary', {
        name,
        value,
        period: f.month(period),
        target: f.target(progress.target),
        deadline: f.month(progress.deadline),
        projection:
          progress.projection === null ? t('rate.noProjection') : f.percent(progress.projection),
      })
    : t('trend.summaryNoTarget', { name, value, period: f.month(period) });

  return (
    <>
      <ChartFrame
        title={t('trend.title', { name })}
        subtitle={t('trend.subtitle')}
        period={period}
        table={table}
        target={l4.target}
        exportName={{ subject: 'level4Rate', scope: unit.unit.name }}
        exportable={!embedded}
        embed={unitEmbedPath(unit.unit.id, 'trend')}
        exportChart={(size) => (
          <TrendChart
            rows={chart.rows}
            yMax={chart.yMax}
            summary={summary}
            variant="export"
            height={size.height}
            width={size.width}
            compared={comparison.lines}
          />
        )}
      >
        <TrendChart
          rows={chart.rows}
          yMax={chart.yMax}
          summary={summary}
          compared={comparison.lines}
        />
      </ChartFrame>
      {!embedded && (
        <ComparePicker
          selection={comparison.selection}
          onChange={comparison.setSelection}
          units={units}
          nationalOffered
          region={region}
          exclude={unit.unit.id}
        />
      )}
    </>
  );
}
