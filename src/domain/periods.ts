import { cachedBy } from '../lib/cached-by';
import type { MonthIndex } from './period';
import type { Dataset, Observation, UnitData } from './types';

/**
 * Every month with at least one valid observation, up to asOf, oldest first: remembered per
 * dataset (a screen's series read it several times, each a pass over every observation).
 */
export const reportedPeriods: (dataset: Dataset) => readonly MonthIndex[] = cachedBy(
  (dataset: Dataset) => {
    const months = new Set<MonthIndex>();
    for (const u of dataset.units) for (const p of u.observations.keys()) months.add(p);
    if (dataset.asOf !== null) months.add(dataset.asOf);
    return [...months]
      .filter((p) => dataset.asOf === null || p <= dataset.asOf)
      .sort((a, b) => a - b);
  },
);

/**
 * Contract §2 ★: the registry's asOf; without it, the latest month that at least half of the
 * units with a loaded feed reported (a valid observation with that period), so one feed published
 * early, or with a mistyped year, never moves the dashboard. Before any feed has loaded, the units
 * with observations (copies kept from earlier) count instead.
 *
 * The contract is silent when no month reaches half (units reporting in different months). Then
 * the latest month that at least half of those units reached (reported it or a later month; of
 * the units with observations, when fewer than half have any): the median of their latest
 * months, which one early or mistyped feed cannot move either.
 */
export function defaultPeriod(dataset: Dataset): MonthIndex | null {
  if (dataset.asOf !== null) return dataset.asOf;
  let pool = dataset.units.filter((u) => u.feed === 'loaded');
  if (pool.length === 0) pool = dataset.units.filter((u) => u.observations.size > 0);
  return majorityPeriod(pool.map((u) => u.observations.keys()));
}

/**
 * defaultPeriod's rule on the months each unit of the pool reported (the units with a loaded
 * feed), for whoever has no dataset: the validator reads feeds one by one.
 */
export function majorityPeriod(pool: readonly Iterable<MonthIndex>[]): MonthIndex | null {
  const counts = new Map<MonthIndex, number>();
  const latest: MonthIndex[] = [];
  for (const months of pool) {
    let last: MonthIndex | null = null;
    for (const p of months) {
      counts.set(p, (counts.get(p) ?? 0) + 1);
      if (last === null || p > last) last = p;
    }
    if (last !== null) latest.push(last);
  }
  let majority: MonthIndex | null = null;
  for (const [p, count] of counts) {
    if (count * 2 >= pool.length && (majority === null || p > majority)) majority = p;
  }
  if (majority !== null || latest.length === 0) return majority;
  latest.sort((a, b) => b - a);
  // Half of the pool when that many reported at all, else half of those that did.
  const half = Math.ceil(pool.length / 2);
  return latest[(half <= latest.length ? half : Math.ceil(latest.length / 2)) - 1]!;
}

/** An observation later than the period under review: listed on Data health, used nowhere. */
export interface LaterObservation {
  unitId: string;
  period: MonthIndex;
}

export interface ReviewedData {
  /** The period under review (null: no feed has any observation yet). */
  period: MonthIndex | null;
  /** The dataset without the later observations: what every screen and number is built from. */
  dataset: Dataset;
  /** The observations set aside, in registry order, oldest first within a unit. */
  later: LaterObservation[];
}

/**
 * The data as reviewed: observations later than the period under review are taken out, so they
 * are not shown or counted anywhere (aggregates, ranks, trends, staleness). Units without any
 * keep their record as it was, so at 10,000 units the usual case costs one pass over the keys.
 */
export function reviewedData(dataset: Dataset): ReviewedData {
  const period = defaultPeriod(dataset);
  if (period === null) return { period, dataset, later: [] };
  const later: LaterObservation[] = [];
  let changed = false;
  const units = dataset.units.map((u): UnitData => {
    let kept: Map<MonthIndex, Observation> | null = null;
    for (const p of u.observations.keys()) {
      if (p <= period) continue;
      kept ??= new Map(u.observations);
      kept.delete(p);
      later.push({ unitId: u.unit.id, period: p });
    }
    if (kept === null) return u;
    changed = true;
    return { ...u, observations: kept };
  });
  const ids = new Map(dataset.units.map((u, i) => [u.unit.id, i]));
  later.sort((a, b) => ids.get(a.unitId)! - ids.get(b.unitId)! || a.period - b.period);
  return { period, dataset: changed ? { ...dataset, units } : dataset, later };
}
