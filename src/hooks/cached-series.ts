import type { IndicatorId } from '../domain/indicators';
import type { MonthIndex } from '../domain/period';
import type { ScopeId } from '../domain/scope';
import type { Grid } from '../domain/grid';
import { aggregateSeries, seriesGrid, type CoveredPoint } from '../domain/series';
import type { Dataset } from '../domain/types';
import { cachedBy } from '../lib/cached-by';

const seriesOf = cachedBy((_dataset: Dataset) => new Map<string, CoveredPoint[]>());
const gridsOf = cachedBy((_dataset: Dataset) => new Map<MonthIndex, Grid | null>());

/**
 * aggregateSeries, computed once per dataset: at 10,000 units a series reads every observation,
 * and a render React starts over (or a second chart of the same series) must not read them again.
 * Every scope's and indicator's series up to a month come from the same pass, so another
 * indicator or region on the trend chart reads no observation again.
 */
export function cachedAggregateSeries(
  dataset: Dataset,
  scope: ScopeId,
  indicator: IndicatorId,
  upTo: MonthIndex,
): CoveredPoint[] {
  const byKey = seriesOf(dataset);
  const key = `${scope}|${indicator}|${upTo}`;
  let series = byKey.get(key);
  if (!series) {
    const grids = gridsOf(dataset);
    let grid = grids.get(upTo);
    if (grid === undefined) {
      grid = seriesGrid(dataset, upTo);
      grids.set(upTo, grid);
    }
    series = aggregateSeries(dataset, scope, indicator, upTo, grid);
    byKey.set(key, series);
  }
  return series;
}

/** Keeps the series grid of a dataset up to a month that the engine sent with a period's parts. */
export function rememberSeriesGrid(dataset: Dataset, upTo: MonthIndex, grid: Grid | null): void {
  const grids = gridsOf(dataset);
  if (!grids.has(upTo)) grids.set(upTo, grid);
}
