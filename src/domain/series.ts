import { clamp } from './compare';
import { Grid } from './grid';
import { INDICATORS, measure, valueOf, type IndicatorId } from './indicators';
import type { MonthIndex } from './period';
import { reportedPeriods } from './periods';
import type { Progress } from './progress';
import { scopesOf, type ScopeId } from './scope';
import type { Dataset, UnitData } from './types';

export interface SeriesPoint {
  period: MonthIndex;
  /** null = not reported; a chart must leave a gap, never draw 0. */
  value: number | null;
}

export interface CoveredPoint extends SeriesPoint {
  reported: number;
  total: number;
}

export function unitSeries(
  u: UnitData,
  indicator: IndicatorId,
  upTo: MonthIndex,
  dataset: Dataset,
) {
  return reportedPeriods(dataset)
    .filter((p) => p <= upTo)
    .map((period): SeriesPoint => ({
      period,
      value: valueOf(measure(indicator, u.observations.get(period))),
    }));
}

/**
 * The sums every aggregate series up to `upTo` is read from, for every scope and indicator: one
 * pass over the observations, without each unit's values. Null when no month up to `upTo` was
 * reported.
 */
export function seriesGrid(dataset: Dataset, upTo: MonthIndex): Grid | null {
  const periods = reportedPeriods(dataset).filter((p) => p <= upTo);
  if (periods.length === 0) return null;
  return new Grid(dataset.units, scopesOf(dataset), periods[0]!, upTo, false);
}

/** `grid`, when given, is seriesGrid(dataset, upTo): several series can share one. */
export function aggregateSeries(
  dataset: Dataset,
  scope: ScopeId,
  indicator: IndicatorId,
  upTo: MonthIndex,
  grid: Grid | null = seriesGrid(dataset, upTo),
): CoveredPoint[] {
  if (grid === null) return [];
  const periods = reportedPeriods(dataset).filter((p) => p <= upTo);
  const s = grid.scopes.indexOf(scope);
  const i = INDICATORS.indexOf(indicator);
  return periods.map((period) => {
    if (s < 0) return { period, value: null, reported: 0, total: 0 };
    const a = grid.aggregateAt(s, i, period);
    return { period, value: a.value, reported: a.coverage.reported, total: a.coverage.total };
  });
}

export interface TrendChartRow {
  period: MonthIndex;
  actual: number | null;
  /** The trend carried from the period under review to the deadline. */
  projection: number | null;
  /** The straight path from the value now to the target at the deadline. */
  required: number | null;
  target: number | null;
}

/**
 * Render-ready rows for a trend chart: actuals up to the period, then projection and required
 * path to the deadline, one row per month. The chart draws; it computes nothing.
 */
export function trendChartRows(
  actuals: readonly SeriesPoint[],
  progress: Progress | null,
  period: MonthIndex,
): TrendChartRow[] {
  const rows = new Map<MonthIndex, TrendChartRow>();
  const row = (period: MonthIndex): TrendChartRow => {
    let r = rows.get(period);
    if (!r) {
      r = {
        period,
        actual: null,
        projection: null,
        required: null,
        target: progress?.target ?? null,
      };
      rows.set(period, r);
    }
    return r;
  };
  for (const p of actuals) row(p.period).actual = p.value;
  if (progress && progress.valueNow !== null && progress.monthsLeft > 0) {
    const { valueNow, slope, target, monthsLeft } = progress;
    const needsPath = valueNow < target;
    for (let i = 0; i <= monthsLeft; i++) {
      const r = row(period + i);
      if (slope !== null) r.projection = clamp(valueNow + slope * i, 0, 1);
      if (needsPath) r.required = valueNow + ((target - valueNow) * i) / monthsLeft;
    }
  }
  return [...rows.values()].sort((a, b) => a.period - b.period);
}

/**
 * Top of a percentage axis: the largest value drawn (target and `alsoMax`, the largest compared
 * value, included), rounded up to 10 %.
 */
export function yCeiling(rows: readonly TrendChartRow[], alsoMax = 0): number {
  let max = alsoMax;
  for (const r of rows) {
    for (const v of [r.actual, r.projection, r.required, r.target])
      if (v !== null && v > max) max = v;
  }
  return Math.min(1, Math.max(0.1, Math.ceil(max * 10 - 1e-9) / 10));
}
