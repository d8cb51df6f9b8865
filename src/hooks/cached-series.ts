import type { IndicatorId } from '../domain/indicators';
import type { MonthIndex } from '../domain/period';
import type { ScopeId } from '../domain/scope';
import { aggregateSeries, type CoveredPoint } from '../domain/series';
import type { Dataset } from '../domain/types';
import { cachedBy } from '../lib/cached-by';

const seriesOf = cachedBy((_dataset: Dataset) => new Map<string, CoveredPoint[]>());

/**
 * aggregateSeries, computed once per dataset: at 10,000 units a series reads every observation,
 * and a render React starts over (or a second chart of the same series) must not read them again.
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
    series = aggregateSeries(dataset, scope, indicator, upTo);
    byKey.set(key, series);
  }
  return series;
}
