import type { Grid } from './grid';
import { INDICATORS, type IndicatorId } from './indicators';
import type { AggregateModel } from './model-types';
import type { MonthIndex } from './period';
import { fromTenths } from './precision';
import { progressOf } from './progress';
import type { ScopeId } from './scope';
import type { Target } from './types';

export interface Coverage {
  /** Units that reported the indicator in the period. */
  reported: number;
  /** Units the aggregate speaks for. */
  total: number;
  /** Ids of the units that did not report, in registry order. */
  missing: string[];
}

/** Contract §4: Σ numerators / Σ denominators over the units that reported both (grid.ts sums). */
export interface Aggregate {
  num: number;
  den: number;
  /** Ratio of sums, never a mean of rates; null when nobody reported (or every total was 0). */
  value: number | null;
  tenths: number | null;
  coverage: Coverage;
}

/** A scope's aggregate in the period with its change, trend and progress against the target. */
export function aggregateModel(
  grid: Grid,
  s: number,
  scope: ScopeId,
  i: number,
  target: Target | null,
  period: MonthIndex,
): AggregateModel {
  const now = grid.aggregateAt(s, i, period);
  const previous = grid.aggregateAt(s, i, period - 1);
  const slope = grid.aggregateSlope(s, i, period);
  return {
    ...now,
    scope,
    indicator: INDICATORS[i]!,
    previous,
    change:
      now.tenths !== null && previous.tenths !== null
        ? fromTenths(now.tenths - previous.tenths)
        : null,
    slope,
    target,
    progress: target ? progressOf(now.value, now.tenths, slope, target, period) : null,
  };
}

/** A scope with no units (e.g. a region nobody belongs to): nothing reported, nothing missing. */
export function emptyAggregate(
  scope: ScopeId,
  indicator: IndicatorId,
  target: Target | null,
  period: MonthIndex,
): AggregateModel {
  const empty: Aggregate = {
    num: 0,
    den: 0,
    value: null,
    tenths: null,
    coverage: { reported: 0, total: 0, missing: [] },
  };
  return {
    ...empty,
    scope,
    indicator,
    previous: empty,
    change: null,
    slope: null,
    target,
    progress: target ? progressOf(null, null, null, target, period) : null,
  };
}
