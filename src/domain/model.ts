import { aggregate, type Aggregate } from './aggregate';
import {
  INDICATORS,
  RATE_INDICATORS,
  isRateIndicator,
  measure,
  valueOf,
  type IndicatorId,
  type Measure,
  type RateIndicator,
} from './indicators';
import {
  noPlatformFlag,
  noSocFlag,
  offTrackFlag,
  stalledFlag,
  staleFeedFlag,
  type Flag,
} from './laggards';
import type { MonthIndex } from './period';
import { tenthsOfPercent } from './precision';
import { binaryStatus, progressOf, type Progress, type Status } from './progress';
import { bottomGroup, competitionRanks, type RankEntry } from './rank';
import { scopesOf, unitsInScope, type ScopeId } from './scope';
import { targetFor } from './targets';
import { THRESHOLDS } from './thresholds';
import { trendSlope, type Point } from './trend';
import type { Dataset, FeedState, Target, Unit, UnitData } from './types';

export interface UnitIndicator {
  indicator: IndicatorId;
  measure: Measure | null;
  /** Fraction in [0, 1]; null when not reported (or 0 services). */
  value: number | null;
  /** The value at the precision shown, in tenths of a percent. */
  tenths: number | null;
  /** Value in the previous month. */
  previousValue: number | null;
  /** Rank among units of the same kind (rate indicators only). */
  rank: number | null;
  /** How many units of the kind were ranked. */
  rankedOf: number;
  previousRank: number | null;
  /** Last period's rank − this period's: positive = moved up. */
  rankChange: number | null;
  /** Least-squares slope, fraction per month. */
  slope: number | null;
  target: Target | null;
  /** Projection, pace and status against the target (rate indicators with a target). */
  progress: Progress | null;
  /** Status against the target; null when the registry sets no target for this indicator. */
  status: Status | null;
}

export interface UnitModel {
  unit: Unit;
  feed: FeedState;
  newestPeriod: MonthIndex | null;
  indicators: Record<IndicatorId, UnitIndicator>;
  flags: Flag[];
}

export interface AggregateModel extends Aggregate {
  scope: ScopeId;
  indicator: IndicatorId;
  previous: Aggregate;
  /** Change since the previous month, as a fraction; null when either month has no value. */
  change: number | null;
  slope: number | null;
  target: Target | null;
  progress: Progress | null;
}

export interface PeriodModel {
  period: MonthIndex;
  units: UnitModel[];
  byId: ReadonlyMap<string, UnitModel>;
  scopes: ScopeId[];
  aggregate(scope: ScopeId, indicator: IndicatorId): AggregateModel;
  /** Every unit with at least one flag, most severe first. */
  laggards: UnitModel[];
}

function valueAt(u: UnitData, indicator: IndicatorId, period: MonthIndex): number | null {
  return valueOf(measure(indicator, u.observations.get(period)));
}

function windowPoints(u: UnitData, indicator: IndicatorId, period: MonthIndex): Point[] {
  const points: Point[] = [];
  for (let p = period - THRESHOLDS.trendWindowMonths + 1; p <= period; p++) {
    const value = valueAt(u, indicator, p);
    if (value !== null) points.push({ period: p, value });
  }
  return points;
}

function newestPeriodOf(u: UnitData): MonthIndex | null {
  let newest: MonthIndex | null = null;
  for (const p of u.observations.keys()) if (newest === null || p > newest) newest = p;
  return newest;
}

function rankKeys(units: readonly UnitData[], indicator: RateIndicator, period: MonthIndex) {
  return units.map((u): RankEntry => {
    const m = measure(indicator, u.observations.get(period));
    return { id: u.unit.id, key: m === null ? null : tenthsOfPercent(m.num, m.den) };
  });
}

type RankTable = Map<string, { rank: number | null; rankedOf: number }>;

/** Ranks of every unit on a rate indicator in a period, within its own kind. */
export function ranksInPeriod(
  dataset: Dataset,
  indicator: RateIndicator,
  period: MonthIndex,
): RankTable {
  const table: RankTable = new Map();
  for (const kind of ['ministry', 'province'] as const) {
    const units = dataset.units.filter((u) => u.unit.kind === kind);
    const { ranks, ranked } = competitionRanks(rankKeys(units, indicator, period));
    for (const [id, rank] of ranks) table.set(id, { rank, rankedOf: ranked });
  }
  return table;
}

function unitIndicator(
  u: UnitData,
  indicator: IndicatorId,
  period: MonthIndex,
  targets: readonly Target[],
  ranks: { now: RankTable; before: RankTable } | null,
): UnitIndicator {
  const m = measure(indicator, u.observations.get(period));
  const value = valueOf(m);
  const target = targetFor(targets, indicator, period);
  const now = ranks?.now.get(u.unit.id);
  const before = ranks?.before.get(u.unit.id);
  const rank = now?.rank ?? null;
  const previousRank = before?.rank ?? null;
  const rate = isRateIndicator(indicator);
  const slope = trendSlope(windowPoints(u, indicator, period), period);
  const progress = rate && target ? progressOf(value, slope, target, period) : null;
  const status = target ? (rate ? progress!.status : binaryStatus(value, target.value)) : null;
  return {
    indicator,
    measure: m,
    value,
    tenths: m === null ? null : tenthsOfPercent(m.num, m.den),
    previousValue: valueAt(u, indicator, period - 1),
    rank,
    rankedOf: now?.rankedOf ?? 0,
    previousRank,
    rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
    slope,
    target,
    progress,
    status,
  };
}

function aggregateSeriesSlope(units: UnitData[], indicator: IndicatorId, period: MonthIndex) {
  const points: Point[] = [];
  for (let p = period - THRESHOLDS.trendWindowMonths + 1; p <= period; p++) {
    const value = aggregate(units, indicator, p).value;
    if (value !== null) points.push({ period: p, value });
  }
  return trendSlope(points, period);
}

function aggregateModel(
  dataset: Dataset,
  scope: ScopeId,
  indicator: IndicatorId,
  period: MonthIndex,
): AggregateModel {
  const units = unitsInScope(dataset, scope);
  const now = aggregate(units, indicator, period);
  const previous = aggregate(units, indicator, period - 1);
  const slope = aggregateSeriesSlope(units, indicator, period);
  const target = targetFor(dataset.targets, indicator, period);
  return {
    ...now,
    scope,
    indicator,
    previous,
    change: now.value !== null && previous.value !== null ? now.value - previous.value : null,
    slope,
    target,
    progress: target ? progressOf(now.value, slope, target, period) : null,
  };
}

/** Orders laggards: more flags first, then the larger gap to the level-4 target, then by id. */
function bySeverity(a: UnitModel, b: UnitModel): number {
  if (a.flags.length !== b.flags.length) return b.flags.length - a.flags.length;
  const gap = (u: UnitModel) => {
    const l4 = u.indicators.level4Rate;
    return l4.value === null || l4.target === null ? null : l4.target.value - l4.value;
  };
  const ga = gap(a);
  const gb = gap(b);
  if (ga !== gb) {
    if (ga === null) return 1;
    if (gb === null) return -1;
    return gb - ga;
  }
  return a.unit.id < b.unit.id ? -1 : a.unit.id > b.unit.id ? 1 : 0;
}

/**
 * Everything the dashboard shows for one period under review, derived from the dataset alone.
 * Pure: same dataset and period, same model.
 */
export function buildPeriodModel(dataset: Dataset, period: MonthIndex): PeriodModel {
  const rateRanks = new Map<RateIndicator, { now: RankTable; before: RankTable }>();
  for (const ind of RATE_INDICATORS) {
    rateRanks.set(ind, {
      now: ranksInPeriod(dataset, ind, period),
      before: ranksInPeriod(dataset, ind, period - 1),
    });
  }

  const bottomIds = new Map<string, ReturnType<typeof bottomGroup>>();
  for (const kind of ['ministry', 'province'] as const) {
    const units = dataset.units.filter((u) => u.unit.kind === kind);
    const group = bottomGroup(rankKeys(units, 'level4Rate', period), THRESHOLDS.bottomDivisor);
    for (const id of group.ids) bottomIds.set(id, group);
  }

  const lgspTarget = targetFor(dataset.targets, 'lgspConnected', period);
  const socTarget = targetFor(dataset.targets, 'socOperational', period);

  const units = dataset.units.map((u): UnitModel => {
    const indicators = {} as Record<IndicatorId, UnitIndicator>;
    for (const ind of INDICATORS) {
      const ranks = isRateIndicator(ind) ? (rateRanks.get(ind) ?? null) : null;
      indicators[ind] = unitIndicator(u, ind, period, dataset.targets, ranks);
    }
    const obs = u.observations.get(period);
    const newestPeriod = newestPeriodOf(u);
    const l4 = indicators.level4Rate;
    const bottom = bottomIds.get(u.unit.id);
    const flags = [
      offTrackFlag(l4.progress),
      stalledFlag(
        l4.value,
        valueAt(u, 'level4Rate', period - THRESHOLDS.stalledLookbackMonths),
        period,
        l4.target?.value ?? null,
      ),
      noPlatformFlag(obs?.lgsp ?? null, lgspTarget?.deadline ?? null, period),
      noSocFlag(obs?.soc ?? null, socTarget?.deadline ?? null, period),
      bottom && l4.rank !== null && l4.tenths !== null && bottom.cutoffKey !== null
        ? ({
            rule: 'bottom-decile',
            rank: l4.rank,
            ranked: bottom.n,
            k: bottom.k,
            tenths: l4.tenths,
            cutoffTenths: bottom.cutoffKey,
          } satisfies Flag)
        : null,
      staleFeedFlag(u.feed, newestPeriod, period),
    ].filter((f): f is Flag => f !== null);
    return { unit: u.unit, feed: u.feed, newestPeriod, indicators, flags };
  });

  const byId = new Map(units.map((u) => [u.unit.id, u]));
  const aggregates = new Map<string, AggregateModel>();

  return {
    period,
    units,
    byId,
    scopes: scopesOf(dataset),
    aggregate(scope, indicator) {
      const key = `${scope}|${indicator}`;
      let cached = aggregates.get(key);
      if (!cached) {
        cached = aggregateModel(dataset, scope, indicator, period);
        aggregates.set(key, cached);
      }
      return cached;
    },
    laggards: units.filter((u) => u.flags.length > 0).sort(bySeverity),
  };
}
