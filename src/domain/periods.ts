import type { MonthIndex } from './period';
import type { Dataset } from './types';

/** Every month with at least one valid observation, up to asOf, oldest first. */
export function reportedPeriods(dataset: Dataset): MonthIndex[] {
  const months = new Set<MonthIndex>();
  for (const u of dataset.units) for (const p of u.observations.keys()) months.add(p);
  if (dataset.asOf !== null) months.add(dataset.asOf);
  return [...months]
    .filter((p) => dataset.asOf === null || p <= dataset.asOf)
    .sort((a, b) => a - b);
}

/** Contract §2: the registry's asOf, or else the latest period found in the feeds. */
export function defaultPeriod(dataset: Dataset): MonthIndex | null {
  if (dataset.asOf !== null) return dataset.asOf;
  const periods = reportedPeriods(dataset);
  return periods.length === 0 ? null : (periods[periods.length - 1] as MonthIndex);
}
