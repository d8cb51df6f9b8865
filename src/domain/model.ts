import type { Aggregate } from './aggregate';
import {
  INDICATORS,
  RATE_INDICATORS,
  isRateIndicator,
  measure,
  measuresInto,
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
import type { Dataset, FeedState, LgspStage, Target, Unit, UnitData } from './types';

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
const RATE_INDEXES = RATE_INDICATORS.map((ind) => INDICATORS.indexOf(ind));
const KINDS = ['ministry', 'province'] as const;
/** Each indicator's position in INDICATORS (and in the grid's rows). */
const AT = Object.fromEntries(INDICATORS.map((ind, i) => [ind, i])) as Record<IndicatorId, number>;

/**
 * Every unit's value for every indicator and month of the window in one flat typed array (NaN =
 * no value), filled in one pass over every observation that also sums the aggregates, keeps the
 * rate indicators' rank keys for the period and the month before, the period's measures and each
 * feed's newest month. Sums go into one cell per (kind, region) group and are added up per scope
 * at the end (integers: the order of addition does not change them). At 10,000 units this is what
 * keeps a full recompute within a few passes over the data.
 */
class Grid {
  readonly first: MonthIndex;
  readonly span: number;
  /** num / den where reported and den > 0, else NaN: the values trends are fitted to. */
  readonly value: Float64Array;
  /** Rank keys (tenths of a percent, NaN = unranked) per indicator × unit, now and a month before. */
  readonly keysNow: Float64Array;
  readonly keysBefore: Float64Array;
  /** The period's measure per unit × indicator (valid where the bit of `nowReported` is set). */
  readonly nowNum: Float64Array;
  readonly nowDen: Float64Array;
  readonly nowReported: Uint8Array;
  /** Each unit's platform stage and SOC in the period (null = not reported). */
  readonly nowLgsp: (LgspStage | null)[];
  readonly nowSoc: (boolean | null)[];
  /** Newest month per unit, NaN = no observation. */
  readonly newest: Float64Array;
  /** 0 = ministry, 1 = province. */
  readonly kind: Uint8Array;
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
    const nowNum = new Float64Array(IND_COUNT * unitCount);
    const nowDen = new Float64Array(IND_COUNT * unitCount);
    const nowReported = new Uint8Array(unitCount);
    const nowLgsp = new Array<LgspStage | null>(unitCount).fill(null);
    const nowSoc = new Array<boolean | null>(unitCount).fill(null);
    const newest = new Float64Array(unitCount).fill(Number.NaN);
    const kind = new Uint8Array(unitCount);
    const scopeIndex = new Map(scopes.map((s, i) => [s, i]));
    const missing = scopes.map(() => INDICATORS.map((): string[][] => [[], []]));

    // Groups: one per kind × (each region scope, or none); scopes are unions of groups.
    const regionSlots = new Map<string, { slot: number; scope: number }>();
    scopes.forEach((s, scope) => {
      if (s.startsWith('region:'))
        regionSlots.set(s.slice('region:'.length), { slot: regionSlots.size + 1, scope });
    });
    const groupsPerKind = regionSlots.size + 1;
    const groupCount = KINDS.length * groupsPerKind;
    const groupCells = IND_COUNT * span;
    const gNum = new Float64Array(groupCount * groupCells);
    const gDen = new Float64Array(groupCount * groupCells);
    const gCount = new Int32Array(groupCount * groupCells);
    const gUnits = new Int32Array(groupCount);
    const groupScopes: number[][] = Array.from({ length: groupCount }, () => []);

    const num = new Float64Array(IND_COUNT);
    const den = new Float64Array(IND_COUNT);
    const windowReported = new Uint8Array(span);
    const unitScopes = [0, 0, 0];
    const all = (1 << IND_COUNT) - 1;
    for (let ui = 0; ui < unitCount; ui++) {
      const u = units[ui]!;
      const k = u.unit.kind === 'ministry' ? 0 : 1;
      kind[ui] = k;
      let n = 0;
      unitScopes[n++] = 0;
      const kindScope = scopeIndex.get(u.unit.kind);
      if (kindScope !== undefined) unitScopes[n++] = kindScope;
      let regionSlot = 0;
      if (u.unit.region !== null) {
        const region = regionSlots.get(u.unit.region);
        if (region !== undefined) {
          unitScopes[n++] = region.scope;
          regionSlot = region.slot;
        }
      }
      const g = k * groupsPerKind + regionSlot;
      if (gUnits[g]!++ === 0) groupScopes[g] = unitScopes.slice(0, n);
      const groupBase = g * groupCells;
      const unitBase = ui * IND_COUNT;
      windowReported.fill(0);

      let newestMonth = Number.NaN;
      // Observations are keyed by their own period (types.ts).
      for (const obs of u.observations.values()) {
        const p = obs.period;
        if (!(p <= newestMonth)) newestMonth = p;
        const m = p - first;
        if (m < 0 || m >= span) continue;
        const reported = measuresInto(obs, num, den, 0);
        windowReported[m] = reported;
        const slot = span - 1 - m;
        if (slot === 0) {
          nowLgsp[ui] = obs.lgsp;
          nowSoc[ui] = obs.soc;
          nowReported[ui] = reported;
          nowNum.set(num, unitBase);
          nowDen.set(den, unitBase);
        }
        for (let i = 0; i < IND_COUNT; i++) {
          if ((reported & (1 << i)) === 0) continue;
          const d = den[i]!;
          const x = num[i]!;
          if (d > 0) {
            value[(unitBase + i) * span + m] = x / d;
            if (slot <= 1 && RATE[i]) {
              (slot === 0 ? keysNow : keysBefore)[i * unitCount + ui] = tenthsOfPercent(x, d)!;
            }
          }
          const a = groupBase + i * span + m;
          gNum[a]! += x;
          gDen[a]! += d;
          gCount[a]!++;
        }
      }
      newest[ui] = newestMonth;
      for (let slot = 0; slot <= 1; slot++) {
        const reported = windowReported[span - 1 - slot]!;
        if (reported === all) continue;
        for (let i = 0; i < IND_COUNT; i++) {
          if ((reported & (1 << i)) !== 0) continue;
          for (let j = 0; j < n; j++) missing[unitScopes[j]!]![i]![slot]!.push(u.unit.id);
        }
      }
    }

    const aggCells = scopes.length * groupCells;
    const aggNum = new Float64Array(aggCells);
    const aggDen = new Float64Array(aggCells);
    const aggCount = new Int32Array(aggCells);
    const scopeTotals = new Int32Array(scopes.length);
    for (let g = 0; g < groupCount; g++) {
      if (gUnits[g] === 0) continue;
      for (const s of groupScopes[g]!) {
        scopeTotals[s]! += gUnits[g]!;
        for (let c = 0; c < groupCells; c++) {
          aggNum[s * groupCells + c]! += gNum[g * groupCells + c]!;
          aggDen[s * groupCells + c]! += gDen[g * groupCells + c]!;
          aggCount[s * groupCells + c]! += gCount[g * groupCells + c]!;
        }
      }
    }
    this.value = value;
    this.keysNow = keysNow;
    this.keysBefore = keysBefore;
    this.nowNum = nowNum;
    this.nowDen = nowDen;
    this.nowReported = nowReported;
    this.nowLgsp = nowLgsp;
    this.nowSoc = nowSoc;
    this.newest = newest;
    this.kind = kind;
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

interface KindRanks {
  /** Competition rank per unit index; 0 = unranked. */
  rank: Int32Array;
  /** Units ranked, per kind (0 = ministry, 1 = province). */
  rankedOf: Int32Array;
  /** Per kind: the bottom group's size k and the key of the k-th lowest (NaN when none ranked). */
  bottomK: Int32Array;
  bottomKey: Float64Array;
}

/**
 * Competition ranks within each kind from rank keys (NaN = no value): a unit's rank is one more
 * than the number of units of its kind with a greater key, so equal keys share a rank and the next
 * rank skips. Keys are whole tenths of a percent (0–1000 for valid feeds), so the units are
 * counted per key instead of sorted.
 */
function kindRanks(kind: Uint8Array, keys: Float64Array, offset: number): KindRanks {
  const count = kind.length;
  const rank = new Int32Array(count);
  const rankedOf = new Int32Array(KINDS.length);
  const bottomK = new Int32Array(KINDS.length);
  const bottomKey = new Float64Array(KINDS.length).fill(Number.NaN);
  let maxKey = 0;
  let integral = true;
  for (let ui = 0; ui < count; ui++) {
    const key = keys[offset + ui]!;
    if (Number.isNaN(key)) continue;
    if (key > maxKey) maxKey = key;
    if (!(key >= 0 && Number.isInteger(key))) integral = false;
  }
  if (!integral || maxKey > 4 * count + 1024) return sortedKindRanks(kind, keys, offset);
  const buckets = maxKey + 1;
  const counts = new Int32Array(KINDS.length * buckets);
  for (let ui = 0; ui < count; ui++) {
    const key = keys[offset + ui]!;
    if (!Number.isNaN(key)) counts[kind[ui]! * buckets + key]!++;
  }
  for (let k = 0; k < KINDS.length; k++) {
    const base = k * buckets;
    let ranked = 0;
    for (let key = 0; key < buckets; key++) ranked += counts[base + key]!;
    rankedOf[k] = ranked;
    if (ranked === 0) continue;
    const bottom = Math.ceil(ranked / THRESHOLDS.bottomDivisor);
    bottomK[k] = bottom;
    let seen = 0;
    for (let key = 0; key < buckets; key++) {
      seen += counts[base + key]!;
      if (seen >= bottom) {
        bottomKey[k] = key;
        break;
      }
    }
    // counts become the rank of each key: 1 + units with a greater key
    let above = 0;
    for (let key = buckets - 1; key >= 0; key--) {
      const c = counts[base + key]!;
      counts[base + key] = above + 1;
      above += c;
    }
  }
  for (let ui = 0; ui < count; ui++) {
    const key = keys[offset + ui]!;
    if (!Number.isNaN(key)) rank[ui] = counts[kind[ui]! * buckets + key]!;
  }
  return { rank, rankedOf, bottomK, bottomKey };
}

/** kindRanks for keys that are not small whole numbers: sorts each kind's keys. */
function sortedKindRanks(kind: Uint8Array, keys: Float64Array, offset: number): KindRanks {
  const count = kind.length;
  const rank = new Int32Array(count);
  const rankedOf = new Int32Array(KINDS.length);
  const bottomK = new Int32Array(KINDS.length);
  const bottomKey = new Float64Array(KINDS.length).fill(Number.NaN);
  for (let k = 0; k < KINDS.length; k++) {
    const list: number[] = [];
    for (let ui = 0; ui < count; ui++) {
      const key = keys[offset + ui]!;
      if (kind[ui] === k && !Number.isNaN(key)) list.push(key);
    }
    const ascending = Float64Array.from(list).sort();
    const ranked = ascending.length;
    rankedOf[k] = ranked;
    if (ranked === 0) continue;
    const bottom = Math.ceil(ranked / THRESHOLDS.bottomDivisor);
    bottomK[k] = bottom;
    bottomKey[k] = ascending[bottom - 1]!;
    for (let ui = 0; ui < count; ui++) {
      const key = keys[offset + ui]!;
      if (kind[ui] !== k || Number.isNaN(key)) continue;
      // 1 + how many keys are greater: ranked − (index past the last key ≤ this one)
      let lo = 0;
      let hi = ranked;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ascending[mid]! <= key) lo = mid + 1;
        else hi = mid;
      }
      rank[ui] = ranked - lo + 1;
    }
  }
  return { rank, rankedOf, bottomK, bottomKey };
}

/**
 * Everything the dashboard shows for one period under review, derived from the dataset alone.
 * Pure: same dataset and period, same model.
 */
export function buildPeriodModel(dataset: Dataset, period: MonthIndex): PeriodModel {
  const scopes = scopesOf(dataset);
  const grid = new Grid(dataset.units, scopes, period);
  const targets = INDICATORS.map((ind) => targetFor(dataset.targets, ind, period) ?? null);
  const unitCount = dataset.units.length;

  const ranks: ({ now: KindRanks; before: KindRanks } | null)[] = INDICATORS.map(() => null);
  for (const i of RATE_INDEXES) {
    ranks[i] = {
      now: kindRanks(grid.kind, grid.keysNow, i * unitCount),
      before: kindRanks(grid.kind, grid.keysBefore, i * unitCount),
    };
  }

  const level4 = AT.level4Rate;
  const level4Ranks = ranks[level4]!.now;
  const lgspTarget = targets[AT.lgspConnected] ?? null;
  const socTarget = targets[AT.socOperational] ?? null;
  const lookback = period - THRESHOLDS.stalledLookbackMonths;
  const span = grid.span;
  const first = grid.first;

  // A 0/1 indicator's entry is a function of its values over the window alone (no rank; one
  // target for all), so units with the same months share one entry instead of 10,000 copies.
  const binaryEntries = INDICATORS.map(() => new Map<number, UnitIndicator>());
  const indicatorOf = (ui: number, i: number): UnitIndicator => {
    if (RATE[i]) return buildIndicator(ui, i);
    const cell = (ui * IND_COUNT + i) * span;
    let key = 0;
    for (let k = 0; k < span; k++) {
      const v = grid.value[cell + k]!;
      key = key * 3 + (v === 0 ? 1 : v === 1 ? 2 : Number.isNaN(v) ? 0 : Number.NaN);
    }
    if (Number.isNaN(key)) return buildIndicator(ui, i);
    const entries = binaryEntries[i]!;
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = buildIndicator(ui, i);
      entries.set(key, entry);
    }
    return entry;
  };
  const buildIndicator = (ui: number, i: number): UnitIndicator => {
    const kind = grid.kind[ui]!;
    const m: Measure | null =
      (grid.nowReported[ui]! & (1 << i)) === 0
        ? null
        : { num: grid.nowNum[ui * IND_COUNT + i]!, den: grid.nowDen[ui * IND_COUNT + i]! };
    const cell = (ui * IND_COUNT + i) * span;
    const now = grid.value[cell + span - 1]!;
    const before = grid.value[cell + span - 2]!;
    const value = Number.isNaN(now) ? null : now;
    const target = targets[i]!;
    const r = ranks[i];
    const rank = r ? r.now.rank[ui]! || null : null;
    const previousRank = r ? r.before.rank[ui]! || null : null;
    const slope = trendSlopeOf(grid.value, cell, first, period);
    const progress = RATE[i] && target ? progressOf(value, slope, target, period) : null;
    return {
      indicator: INDICATORS[i]!,
      measure: m,
      value,
      tenths: m === null ? null : tenthsOfPercent(m.num, m.den),
      previousValue: Number.isNaN(before) ? null : before,
      rank,
      rankedOf: r ? r.now.rankedOf[kind]! : 0,
      previousRank,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
      slope,
      target,
      progress,
      status: target ? (progress ? progress.status : binaryStatus(value, target.value)) : null,
    };
  };

  const units: UnitModel[] = new Array<UnitModel>(unitCount);
  const byId = new Map<string, UnitModel>();
  const flagged: number[] = [];
  const scratch: Flag[] = [];
  const flagCounts = new Uint8Array(unitCount);
  const gaps = new Float64Array(unitCount);
  for (let ui = 0; ui < unitCount; ui++) {
    const u = dataset.units[ui]!;
    const kind = grid.kind[ui]!;
    // One object literal: every unit's record gets the same shape at once.
    const indicators: Record<IndicatorId, UnitIndicator> = {
      level4Rate: indicatorOf(ui, AT.level4Rate),
      level34Rate: indicatorOf(ui, AT.level34Rate),
      onlineDossierRate: indicatorOf(ui, AT.onlineDossierRate),
      lgspConnected: indicatorOf(ui, AT.lgspConnected),
      socOperational: indicatorOf(ui, AT.socOperational),
      vdxpConnected: indicatorOf(ui, AT.vdxpConnected),
      portalConnected: indicatorOf(ui, AT.portalConnected),
    };
    const newestMonth = grid.newest[ui]!;
    const newestPeriod = Number.isNaN(newestMonth) ? null : newestMonth;
    const l4 = indicators.level4Rate;
    let found = 0;
    const offTrack = offTrackFlag(l4.progress);
    if (offTrack) scratch[found++] = offTrack;
    const stalled = stalledFlag(
      l4.value,
      grid.valueAt(ui, level4, lookback),
      period,
      l4.target?.value ?? null,
    );
    if (stalled) scratch[found++] = stalled;
    if (lgspTarget !== null || socTarget !== null) {
      const noPlatform = noPlatformFlag(grid.nowLgsp[ui]!, lgspTarget?.deadline ?? null, period);
      if (noPlatform) scratch[found++] = noPlatform;
      const noSoc = noSocFlag(grid.nowSoc[ui]!, socTarget?.deadline ?? null, period);
      if (noSoc) scratch[found++] = noSoc;
    }
    const bottomKey = level4Ranks.bottomKey[kind]!;
    if (l4.rank !== null && l4.tenths !== null && l4.tenths <= bottomKey) {
      scratch[found++] = {
        rule: 'bottom-decile',
        rank: l4.rank,
        ranked: level4Ranks.rankedOf[kind]!,
        k: level4Ranks.bottomK[kind]!,
        tenths: l4.tenths,
        cutoffTenths: bottomKey,
      };
    }
    const stale = staleFeedFlag(u.feed, newestPeriod, period);
    if (stale) scratch[found++] = stale;
    // An array of exactly the flags found (a growing [] would reserve room for 17).
    const flags = scratch.slice(0, found);
    const model: UnitModel = { unit: u.unit, feed: u.feed, newestPeriod, indicators, flags };
    units[ui] = model;
    byId.set(u.unit.id, model);
    if (flags.length > 0) {
      flagged.push(ui);
      flagCounts[ui] = flags.length;
      gaps[ui] = l4.value === null || l4.target === null ? Number.NaN : l4.target.value - l4.value;
    }
  }

  const aggregates = new Map<string, AggregateModel>();
  const scopeIndex = new Map(scopes.map((s, i) => [s, i]));
  const laggards = bySeverity(flagged, units, flagCounts, gaps).map((ui) => units[ui]!);

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

/**
 * Orders laggards: more flags first, then the larger gap to the level-4 target (NaN = no gap,
 * after every gap), then by id. At 10,000 units most gaps repeat, so instead of comparing pairs
 * the units are put in id order once (registries mostly list ids in order, which that sort
 * finds in one pass), each (flags, gap) is turned into a whole-number key, and a stable counting
 * sort on that key keeps the id order within equal keys.
 */
function bySeverity(
  flagged: number[],
  units: readonly UnitModel[],
  flagCounts: Uint8Array,
  gaps: Float64Array,
): number[] {
  const count = flagged.length;
  if (count < 2) return flagged;
  const ids = flagged.map((ui) => units[ui]!.unit.id);
  const byIdOrder = Array.from({ length: count }, (_, j) => j).sort((a, b) => {
    const ia = ids[a]!;
    const ib = ids[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });

  // Distinct gaps, largest first; a unit's gap position is its index in that list.
  const sortedGaps = new Float64Array(count);
  let withGap = 0;
  let maxFlags = 0;
  for (const ui of flagged) {
    if (!Number.isNaN(gaps[ui]!)) sortedGaps[withGap++] = gaps[ui]!;
    if (flagCounts[ui]! > maxFlags) maxFlags = flagCounts[ui]!;
  }
  const distinct = sortedGaps.subarray(0, withGap).sort().reverse();
  let distinctCount = 0;
  for (let j = 0; j < withGap; j++) {
    if (distinctCount === 0 || distinct[j] !== distinct[distinctCount - 1])
      distinct[distinctCount++] = distinct[j]!;
  }
  const positions = distinctCount + 1; // the last position is "no gap"
  const keys = new Int32Array(count);
  for (let j = 0; j < count; j++) {
    const ui = flagged[j]!;
    const gap = gaps[ui]!;
    let position = distinctCount;
    if (!Number.isNaN(gap)) {
      let lo = 0;
      let hi = distinctCount - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (distinct[mid]! > gap) lo = mid + 1;
        else hi = mid;
      }
      position = lo;
    }
    keys[j] = (maxFlags - flagCounts[ui]!) * positions + position;
  }
  const starts = new Int32Array((maxFlags + 1) * positions + 1);
  for (let j = 0; j < count; j++) starts[keys[j]! + 1]!++;
  for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
  const ordered = new Array<number>(count);
  for (const j of byIdOrder) ordered[starts[keys[j]!]!++] = flagged[j]!;
  return ordered;
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
