import { INDICATORS, type IndicatorId } from './indicators';
import { countRules, FLAG_RULES, noRuleCounts, type FlagRule } from './laggards';
import type { AggregateModel, PeriodModel } from './model';
import type { UnitModel } from './model';
import type { MonthIndex } from './period';
import type { Progress } from './progress';
import type { TrendChartRow } from './series';
import type { ScopeId } from './scope';
import type { Target, UnitKind } from './types';

/** A headline card's figures: the engine's aggregate and the month its change is measured from. */
export interface HeadlineFigure extends AggregateModel {
  previousPeriod: MonthIndex;
}

/** The aggregates of a scope for the given indicators, each with the month it is compared to. */
export function headlineFigures(
  model: PeriodModel,
  scope: ScopeId,
  indicators: readonly IndicatorId[],
): HeadlineFigure[] {
  return indicators.map((indicator) => ({
    ...model.aggregate(scope, indicator),
    previousPeriod: model.period - 1,
  }));
}

/**
 * Every indicator the registry sets a target for, in the usual order. Whatever the period, each of
 * them has an active target (the next deadline, or the last one once all have passed).
 */
export function indicatorsWithTarget(targets: readonly Target[]): IndicatorId[] {
  return INDICATORS.filter((indicator) => targets.some((t) => t.indicator === indicator));
}

/** Laggards of one kind (or all when kind is null), keeping the engine's severity order. */
export function laggardsOfKind(laggards: readonly UnitModel[], kind: UnitKind | null): UnitModel[] {
  return kind === null ? [...laggards] : laggards.filter((u) => u.unit.kind === kind);
}

/** How many units each rule flags (a unit with two flags counts under both), every rule listed. */
export function countByRule(units: readonly UnitModel[]): { rule: FlagRule; count: number }[] {
  const counts = noRuleCounts();
  for (const u of units) countRules(counts, u.flagRules);
  return FLAG_RULES.map((rule) => ({ rule, count: counts[rule] }));
}

/** The first `n` items to name, and how many more there are ("… and 3 more"). */
export function firstAndRest<T>(items: readonly T[], n: number): { shown: T[]; rest: number } {
  return { shown: items.slice(0, n), rest: Math.max(0, items.length - n) };
}

export interface TrendFacts {
  first: { period: MonthIndex; value: number } | null;
  last: { period: MonthIndex; value: number } | null;
  target: number | null;
  deadline: MonthIndex | null;
  /** The projection at the deadline; null when there is no trend (or no target). */
  projection: number | null;
}

/**
 * The numbers a trend chart's one-sentence text alternative needs: the first and the last
 * reported value, the target and its deadline, the projection.
 */
export function trendFacts(rows: readonly TrendChartRow[], progress: Progress | null): TrendFacts {
  let first: TrendFacts['first'] = null;
  let last: TrendFacts['last'] = null;
  for (const r of rows) {
    if (r.actual === null) continue;
    if (first === null) first = { period: r.period, value: r.actual };
    last = { period: r.period, value: r.actual };
  }
  return {
    first,
    last,
    target: progress?.target ?? null,
    deadline: progress?.deadline ?? null,
    projection: progress?.projection ?? null,
  };
}
