import type { Aggregate } from './aggregate';
import {
  INDICATORS,
  RATE_INDICATORS,
  isRateIndicator,
  measure,
  measureInto,
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
import { competitionRanks, type RankEntry } from './rank';
import { scopesOf, type ScopeId } from './scope';
import { targetFor } from './targets';
import { THRESHOLDS } from './thresholds';
import { trendSlopeOf } from './trend';
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

type RankTable = Map<string, { rank: number | null; rankedOf: number }>;

/** Ranks of every unit on a rate indicator in a period, within its own kind. */
export function ranksInPeriod(
  dataset: Dataset,
  indicator: RateIndicator,
  period: MonthIndex,
): RankTable {
  const table: RankTable = new Map();
  for (const kind of ['ministry', 'province'] as const) {
    const entries = dataset.units
      .filter((u) => u.unit.kind === kind)
      .map((u): RankEntry => {
        const m = measure(indicator, u.observations.get(period));
        return { id: u.unit.id, key: m === null ? null : tenthsOfPercent(m.num, m.den) };
      });
    const { ranks, ranked } = competitionRanks(entries);
    for (const [id, rank] of ranks) table.set(id, { rank, rankedOf: ranked });
  }
  return table;
}

const IND_COUNT = INDICATORS.length;
const RATE = INDICATORS.map((ind) => isRateIndicator(ind));

/** The per-indicator list as a record with every key at once (one object shape for all units). */
function byIndicator(list: readonly UnitIndicator[]): Record<IndicatorId, UnitIndicator> {
  const record = {} as Record<IndicatorId, UnitIndicator>;
  INDICATORS.forEach((ind, i) => (record[ind] = list[i]!));
  return record;
}

/**
 * Every unit's value for every indicator and month of the window in one flat typed array (NaN =
 * no value), filled in one pass that also sums the aggregates of every scope and keeps the rate
 * indicators' rank keys for the period and the month before. At 10,000 units this is what keeps a
 * full recompute within a few passes over the data.
 */
class Grid {
  readonly first: MonthIndex;
  readonly span: number;
  /** num / den where reported and den > 0, else NaN: the values trends are fitted to. */
  readonly value: Float64Array;
  /** Rank keys (tenths of a percent, NaN = unranked) per indicator × unit, now and a month before. */
  readonly keysNow: Float64Array;
  readonly keysBefore: Float64Array;
  readonly aggNum: Float64Array;
  readonly aggDen: Float64Array;
  readonly aggCount: Int32Array;
  readonly scopeTotals: Int32Array;
  /** Units missing per scope × indicator, for the period (slot 0) and the month before (slot 1). */
  readonly missing: string[][][][];

  constructor(
    readonly units: readonly UnitData[],
    readonly scopes: readonly ScopeId[],
    period: MonthIndex,
  ) {
    const span = Math.max(THRESHOLDS.trendWindowMonths, THRESHOLDS.stalledLookbackMonths + 1, 2);
    const first = period - span + 1;
    const unitCount = units.length;
    this.span = span;
    this.first = first;
    const value = new Float64Array(unitCount * IND_COUNT * span).fill(Number.NaN);
    const keysNow = new Float64Array(IND_COUNT * unitCount).fill(Number.NaN);
    const keysBefore = new Float64Array(IND_COUNT * unitCount).fill(Number.NaN);
    const scopeIndex = new Map(scopes.map((s, i) => [s, i]));
    const aggCells = scopes.length * IND_COUNT * span;
    const aggNum = new Float64Array(aggCells);
    const aggDen = new Float64Array(aggCells);
    const aggCount = new Int32Array(aggCells);
    const scopeTotals = new Int32Array(scopes.length);
    const missing = scopes.map(() => INDICATORS.map((): string[][] => [[], []]));

    const scratch = { num: 0, den: 0 };
    const unitScopes = [0, 0, 0];
    for (let ui = 0; ui < unitCount; ui++) {
      const u = units[ui]!;
      let n = 0;
      unitScopes[n++] = 0;
      const kind = scopeIndex.get(u.unit.kind);
      if (kind !== undefined) unitScopes[n++] = kind;
      if (u.unit.region !== null) {
        const region = scopeIndex.get(`region:${u.unit.region}`);
        if (region !== undefined) unitScopes[n++] = region;
      }
      for (let j = 0; j < n; j++) scopeTotals[unitScopes[j]!]!++;

      for (let k = 0; k < span; k++) {
        const obs = u.observations.get(first + k);
        const slot = span - 1 - k;
        for (let i = 0; i < IND_COUNT; i++) {
          if (obs !== undefined && measureInto(INDICATORS[i]!, obs, scratch)) {
            const { num, den } = scratch;
            if (den > 0) {
              value[(ui * IND_COUNT + i) * span + k] = num / den;
              if (slot <= 1 && RATE[i]) {
                (slot === 0 ? keysNow : keysBefore)[i * unitCount + ui] = tenthsOfPercent(
                  num,
                  den,
                )!;
              }
            }
            for (let j = 0; j < n; j++) {
              const a = (unitScopes[j]! * IND_COUNT + i) * span + k;
              aggNum[a]! += num;
              aggDen[a]! += den;
              aggCount[a]!++;
            }
          } else if (slot <= 1) {
            for (let j = 0; j < n; j++) missing[unitScopes[j]!]![i]![slot]!.push(u.unit.id);
          }
        }
      }
    }
    this.value = value;
    this.keysNow = keysNow;
    this.keysBefore = keysBefore;
    this.aggNum = aggNum;
    this.aggDen = aggDen;
    this.aggCount = aggCount;
    this.scopeTotals = scopeTotals;
    this.missing = missing;
  }

  cell(unitIndex: number, indicator: number, period: MonthIndex): number {
    return (unitIndex * IND_COUNT + indicator) * this.span + (period - this.first);
  }

  valueAt(unitIndex: number, indicator: number, period: MonthIndex): number | null {
    const v = this.value[this.cell(unitIndex, indicator, period)]!;
    return Number.isNaN(v) ? null : v;
  }

  /** The aggregate of a scope in a month of the window. */
  aggregateAt(scope: number, indicator: number, period: MonthIndex): Aggregate {
    const a = (scope * IND_COUNT + indicator) * this.span + (period - this.first);
    const num = this.aggNum[a]!;
    const den = this.aggDen[a]!;
    const reported = this.aggCount[a]!;
    const value = reported === 0 || den === 0 ? null : num / den;
    const slot = this.first + this.span - 1 - period;
    return {
      num,
      den,
      value,
      tenths: value === null ? null : tenthsOfPercent(num, den),
      coverage: {
        reported,
        total: this.scopeTotals[scope]!,
        missing: slot <= 1 ? [...this.missing[scope]![indicator]![slot]!] : [],
      },
    };
  }

  aggregateSlope(scope: number, indicator: number, period: MonthIndex): number | null {
    const values = new Float64Array(this.span).fill(Number.NaN);
    for (let k = 0; k < this.span; k++) {
      const a = (scope * IND_COUNT + indicator) * this.span + k;
      if (this.aggCount[a]! > 0 && this.aggDen[a]! > 0)
        values[k] = this.aggNum[a]! / this.aggDen[a]!;
    }
    return trendSlopeOf(values, 0, this.first, period);
  }
}

interface RankArrays {
  /** Competition rank per unit index; 0 = unranked. */
  rank: Int32Array;
  /** Units ranked in the unit's kind. */
  rankedOf: Int32Array;
}

/**
 * Competition ranks within each kind from rank keys (NaN = no value). Keys are whole tenths of a
 * percent (0–1000), so key and unit index pack into one number and sort without a comparator.
 * Also returns each kind's keys, lowest first (for the bottom decile).
 */
function rankByIndex(units: readonly UnitData[], keys: Float64Array, offset: number) {
  const count = units.length;
  const rank = new Int32Array(count);
  const rankedOf = new Int32Array(count);
  const ascendingKeys = new Map<string, Float64Array>();
  const INDEX_SPAN = 2 ** 24;
  for (const kind of ['ministry', 'province'] as const) {
    const packed: number[] = [];
    let kindCount = 0;
    for (let ui = 0; ui < count; ui++) {
      if (units[ui]!.unit.kind !== kind) continue;
      kindCount++;
      const key = keys[offset + ui]!;
      // descending by key, then by registry order
      if (!Number.isNaN(key)) packed.push((1000 - key) * INDEX_SPAN + ui);
    }
    const sorted = Float64Array.from(packed).sort();
    const ranked = sorted.length;
    const ascending = new Float64Array(ranked);
    let previousKey = Number.NaN;
    let previousRank = 0;
    for (let position = 0; position < ranked; position++) {
      const p = sorted[position]!;
      const ui = p % INDEX_SPAN;
      const key = 1000 - Math.floor(p / INDEX_SPAN);
      const r = key === previousKey ? previousRank : position + 1;
      rank[ui] = r;
      previousKey = key;
      previousRank = r;
      ascending[ranked - 1 - position] = key;
    }
    if (kindCount > 0) {
      for (let ui = 0; ui < count; ui++) if (units[ui]!.unit.kind === kind) rankedOf[ui] = ranked;
    }
    ascendingKeys.set(kind, ascending);
  }
  return { arrays: { rank, rankedOf } satisfies RankArrays, ascendingKeys };
}

/** Orders laggards: more flags first, then the larger gap to the level-4 target, then by id. */
function bySeverity(
  a: { model: UnitModel; gap: number | null },
  b: { model: UnitModel; gap: number | null },
): number {
  const fa = a.model.flags.length;
  const fb = b.model.flags.length;
  if (fa !== fb) return fb - fa;
  if (a.gap !== b.gap) {
    if (a.gap === null) return 1;
    if (b.gap === null) return -1;
    return b.gap - a.gap;
  }
  const ia = a.model.unit.id;
  const ib = b.model.unit.id;
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

function newestPeriodOf(u: UnitData): MonthIndex | null {
  let newest: MonthIndex | null = null;
  for (const p of u.observations.keys()) if (newest === null || p > newest) newest = p;
  return newest;
}

/**
 * Everything the dashboard shows for one period under review, derived from the dataset alone.
 * Pure: same dataset and period, same model.
 */
export function buildPeriodModel(dataset: Dataset, period: MonthIndex): PeriodModel {
  const scopes = scopesOf(dataset);
  const grid = new Grid(dataset.units, scopes, period);
  const targets = INDICATORS.map((ind) => targetFor(dataset.targets, ind, period));

  const ranks: ({ now: RankArrays; before: RankArrays } | null)[] = INDICATORS.map(() => null);
  let bottomCutoff = new Map<string, { k: number; n: number; cutoffKey: number }>();
  for (const ind of RATE_INDICATORS) {
    const i = INDICATORS.indexOf(ind);
    const unitCount = dataset.units.length;
    const now = rankByIndex(dataset.units, grid.keysNow, i * unitCount);
    const before = rankByIndex(dataset.units, grid.keysBefore, i * unitCount);
    ranks[i] = { now: now.arrays, before: before.arrays };
    if (ind === 'level4Rate') {
      bottomCutoff = new Map();
      for (const [kind, keys] of now.ascendingKeys) {
        if (keys.length === 0) continue;
        const k = Math.ceil(keys.length / THRESHOLDS.bottomDivisor);
        bottomCutoff.set(kind, { k, n: keys.length, cutoffKey: keys[k - 1]! });
      }
    }
  }

  const level4 = INDICATORS.indexOf('level4Rate');
  const lgspTarget = targets[INDICATORS.indexOf('lgspConnected')] ?? null;
  const socTarget = targets[INDICATORS.indexOf('socOperational')] ?? null;
  const lookback = period - THRESHOLDS.stalledLookbackMonths;

  const units = dataset.units.map((u, ui): UnitModel => {
    const obs = u.observations.get(period);
    const list: UnitIndicator[] = [];
    for (let i = 0; i < IND_COUNT; i++) {
      const ind = INDICATORS[i]!;
      const m = measure(ind, obs);
      const value = grid.valueAt(ui, i, period);
      const target = targets[i] ?? null;
      const r = ranks[i] ?? null;
      const rank = r ? r.now.rank[ui]! || null : null;
      const previousRank = r ? r.before.rank[ui]! || null : null;
      const slope = trendSlopeOf(grid.value, grid.cell(ui, i, grid.first), grid.first, period);
      const progress = RATE[i] && target ? progressOf(value, slope, target, period) : null;
      list.push({
        indicator: ind,
        measure: m,
        value,
        tenths: m === null ? null : tenthsOfPercent(m.num, m.den),
        previousValue: grid.valueAt(ui, i, period - 1),
        rank,
        rankedOf: r ? r.now.rankedOf[ui]! : 0,
        previousRank,
        rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
        slope,
        target,
        progress,
        status: target ? (progress ? progress.status : binaryStatus(value, target.value)) : null,
      });
    }
    const indicators = byIndicator(list);
    const newestPeriod = newestPeriodOf(u);
    const l4 = indicators.level4Rate;
    const bottom = bottomCutoff.get(u.unit.kind);
    const inBottom =
      bottom && l4.rank !== null && l4.tenths !== null && l4.tenths <= bottom.cutoffKey;
    const flags = [
      offTrackFlag(l4.progress),
      stalledFlag(l4.value, grid.valueAt(ui, level4, lookback), period, l4.target?.value ?? null),
      noPlatformFlag(obs?.lgsp ?? null, lgspTarget?.deadline ?? null, period),
      noSocFlag(obs?.soc ?? null, socTarget?.deadline ?? null, period),
      inBottom
        ? ({
            rule: 'bottom-decile',
            rank: l4.rank!,
            ranked: bottom.n,
            k: bottom.k,
            tenths: l4.tenths!,
            cutoffTenths: bottom.cutoffKey,
          } satisfies Flag)
        : null,
      staleFeedFlag(u.feed, newestPeriod, period),
    ].filter((f): f is Flag => f !== null);
    return { unit: u.unit, feed: u.feed, newestPeriod, indicators, flags };
  });

  const byId = new Map(units.map((u) => [u.unit.id, u]));
  const aggregates = new Map<string, AggregateModel>();
  const scopeIndex = new Map(scopes.map((s, i) => [s, i]));

  const laggards = units
    .filter((u) => u.flags.length > 0)
    .map((model) => {
      const l4 = model.indicators.level4Rate;
      return {
        model,
        gap: l4.value === null || l4.target === null ? null : l4.target.value - l4.value,
      };
    })
    .sort(bySeverity)
    .map((entry) => entry.model);

  return {
    period,
    units,
    byId,
    scopes,
    aggregate(scope, indicator) {
      const key = `${scope}|${indicator}`;
      let cached = aggregates.get(key);
      if (!cached) {
        const s = scopeIndex.get(scope);
        const i = INDICATORS.indexOf(indicator);
        cached =
          s === undefined
            ? emptyAggregate(scope, indicator, targets[i] ?? null, period)
            : aggregateModel(grid, s, scope, i, targets[i] ?? null, period);
        aggregates.set(key, cached);
      }
      return cached;
    },
    laggards,
  };
}

function aggregateModel(
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
    change: now.value !== null && previous.value !== null ? now.value - previous.value : null,
    slope,
    target,
    progress: target ? progressOf(now.value, slope, target, period) : null,
  };
}

/** A scope with no units (e.g. a region nobody belongs to): nothing reported, nothing missing. */
function emptyAggregate(
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
    progress: target ? progressOf(null, null, target, period) : null,
  };
}
