import type { Aggregate } from './aggregate';
import { INDICATORS, RATE_INDICATORS, measuresInto, ratioValue } from './indicators';
import type { MonthIndex } from './period';
import { tenthsOfPercent } from './precision';
import type { ScopeId } from './scope';
import { trendSlopeOf } from './trend';
import type { LgspStage, UnitData } from './types';

export const IND_COUNT = INDICATORS.length;
const RATE = INDICATORS.map((ind) => (RATE_INDICATORS as readonly string[]).includes(ind));
const KINDS = ['ministry', 'province'] as const;

/**
 * Every unit's value for every indicator and month from `first` to `last` in flat typed arrays
 * (NaN = no value), filled in one pass over every observation that also sums the aggregates. The
 * one place where a unit's value, its value at the precision shown, and an aggregate's sums are
 * computed: the period model, the series and the rank history all read them from here.
 * Sums go into one cell per (kind, region) group and are added up per scope at the end (integers:
 * the order of addition does not change them). At 10,000 units this is what keeps a full
 * recompute within a few passes over the data.
 */
export class Grid {
  readonly span: number;
  /**
   * num / den where reported and den > 0, else NaN: the values trends are fitted to. Empty in an
   * aggregates-only grid, as is `tenths`.
   */
  readonly value: Float64Array;
  /**
   * A rate's value at the precision shown (tenths of a percent, exact from the integers), else
   * NaN; a 0/1 indicator's is its value × 1000 (unit-indicator.ts), so it is not stored.
   */
  readonly tenths: Float64Array;
  /** The last month's measure per unit × indicator (valid where the bit of `lastReported` is set). */
  readonly lastNum: Float64Array;
  readonly lastDen: Float64Array;
  readonly lastReported: Uint8Array;
  /** Each unit's platform stage and SOC in the last month (null = not reported). */
  readonly lastLgsp: (LgspStage | null)[];
  readonly lastSoc: (boolean | null)[];
  /** Newest month per unit up to `last`, NaN = no observation. */
  readonly newest: Float64Array;
  /** 0 = ministry, 1 = province. */
  readonly kind: Uint8Array;
  readonly aggNum: Float64Array;
  readonly aggDen: Float64Array;
  readonly aggCount: Int32Array;
  readonly scopeTotals: Int32Array;
  /**
   * Units missing per scope × indicator, for the last month (slot 0) and the month before (1),
   * as unit indices: numbers cross from the worker as one buffer each, where 10,000 ids
   * repeated per scope and indicator would arrive as as many separate strings.
   */
  readonly missing: Int32Array[][][];
  /** The arrays above, together: what crosses from the data worker (sentGrid). */
  readonly parts: GridParts;

  constructor(
    readonly units: readonly UnitData[],
    readonly scopes: readonly ScopeId[],
    readonly first: MonthIndex,
    readonly last: MonthIndex,
    /**
     * false: only the aggregates' sums, coverage and the last month's facts, without each unit's
     * value in every month (a series over the whole history needs no more, and at 10,000 units
     * those two arrays are most of the work).
     */
    readonly unitValues = true,
    /** The arrays, when filled elsewhere (sent by the data worker); otherwise filled here. */
    parts: GridParts = fillParts(units, scopes, first, last, unitValues),
  ) {
    this.parts = parts;
    this.span = parts.span;
    this.value = parts.value;
    this.tenths = parts.tenths;
    this.lastNum = parts.lastNum;
    this.lastDen = parts.lastDen;
    this.lastReported = parts.lastReported;
    this.lastLgsp = parts.lastLgsp;
    this.lastSoc = parts.lastSoc;
    this.newest = parts.newest;
    this.kind = parts.kind;
    this.aggNum = parts.aggNum;
    this.aggDen = parts.aggDen;
    this.aggCount = parts.aggCount;
    this.scopeTotals = parts.scopeTotals;
    this.missing = parts.missing;
  }

  /** Index of a unit × indicator's first month in `value` and `tenths`. */
  cell(unitIndex: number, indicator: number): number {
    return (unitIndex * IND_COUNT + indicator) * this.span;
  }

  /** A unit's value at the precision shown in a month of the grid; null when it has none. */
  tenthsAt(unitIndex: number, indicator: number, period: MonthIndex): number | null {
    if (period < this.first || period > this.last) return null;
    const v = this.tenths[this.cell(unitIndex, indicator) + (period - this.first)]!;
    return Number.isNaN(v) ? null : v;
  }

  /** Every unit's shown value of one indicator in one month (NaN = none): the rank keys. */
  keys(indicator: number, period: MonthIndex): Float64Array {
    const count = this.units.length;
    const keys = new Float64Array(count).fill(Number.NaN);
    if (period < this.first || period > this.last) return keys;
    const m = period - this.first;
    for (let ui = 0; ui < count; ui++) keys[ui] = this.tenths[this.cell(ui, indicator) + m]!;
    return keys;
  }

  /** Contract §4: the ratio of sums of a scope in a month of the grid, with its coverage. */
  aggregateAt(scope: number, indicator: number, period: MonthIndex): Aggregate {
    const inGrid = period >= this.first && period <= this.last;
    const a = (scope * IND_COUNT + indicator) * this.span + (period - this.first);
    const num = inGrid ? this.aggNum[a]! : 0;
    const den = inGrid ? this.aggDen[a]! : 0;
    const reported = inGrid ? this.aggCount[a]! : 0;
    const value = reported === 0 ? null : ratioValue(num, den);
    const slot = this.last - period;
    return {
      num,
      den,
      value,
      tenths: value === null ? null : tenthsOfPercent(num, den),
      coverage: {
        reported,
        total: this.scopeTotals[scope]!,
        missing:
          slot === 0 || slot === 1
            ? Array.from(this.missing[scope]![indicator]![slot]!, (ui) => this.units[ui]!.unit.id)
            : [],
      },
    };
  }

  aggregateSlope(scope: number, indicator: number, period: MonthIndex): number | null {
    const values = new Float64Array(this.span).fill(Number.NaN);
    for (let k = 0; k < this.span; k++) {
      const a = (scope * IND_COUNT + indicator) * this.span + k;
      if (this.aggCount[a]! > 0) values[k] = ratioValue(this.aggNum[a]!, this.aggDen[a]!) ?? NaN;
    }
    return trendSlopeOf(values, 0, this.first, period);
  }
}

/** The arrays of a Grid (see its fields), as the one pass over the observations fills them. */
type GridParts = Pick<
  Grid,
  | 'span'
  | 'value'
  | 'tenths'
  | 'lastNum'
  | 'lastDen'
  | 'lastReported'
  | 'lastLgsp'
  | 'lastSoc'
  | 'newest'
  | 'kind'
  | 'aggNum'
  | 'aggDen'
  | 'aggCount'
  | 'scopeTotals'
  | 'missing'
>;

/** A grid as it crosses from the data worker to the page: its shape and its arrays. */
export interface SentGrid {
  scopes: ScopeId[];
  first: MonthIndex;
  last: MonthIndex;
  unitValues: boolean;
  parts: GridParts;
}

const ARRAYS = [
  'value',
  'tenths',
  'lastNum',
  'lastDen',
  'lastReported',
  'newest',
  'kind',
  'aggNum',
  'aggDen',
  'aggCount',
  'scopeTotals',
] as const satisfies readonly (keyof GridParts)[];

export function sentGrid(grid: Grid): SentGrid {
  const { scopes, first, last, unitValues, parts } = grid;
  return { scopes: [...scopes], first, last, unitValues, parts };
}

/** The buffers of a sent grid's typed arrays: transferred, not copied (the sender loses them). */
export function sentGridBuffers(sent: SentGrid): ArrayBuffer[] {
  const missing = sent.parts.missing.flat(2).map((units) => units.buffer as ArrayBuffer);
  return [...ARRAYS.map((key) => sent.parts[key].buffer as ArrayBuffer), ...missing];
}

/** The grid the data worker sent, over the page's own units (the same units, in the same order). */
export function receivedGrid(units: readonly UnitData[], sent: SentGrid): Grid {
  return new Grid(units, sent.scopes, sent.first, sent.last, sent.unitValues, sent.parts);
}

function fillParts(
  units: readonly UnitData[],
  scopes: readonly ScopeId[],
  first: MonthIndex,
  last: MonthIndex,
  unitValues: boolean,
): GridParts {
  const span = Math.max(1, last - first + 1);
  const unitCount = units.length;
  const cells = unitValues ? unitCount * IND_COUNT * span : 0;
  const value = new Float64Array(cells).fill(Number.NaN);
  const tenths = new Float64Array(cells).fill(Number.NaN);
  const lastNum = new Float64Array(IND_COUNT * unitCount);
  const lastDen = new Float64Array(IND_COUNT * unitCount);
  const lastReported = new Uint8Array(unitCount);
  const lastLgsp = new Array<LgspStage | null>(unitCount).fill(null);
  const lastSoc = new Array<boolean | null>(unitCount).fill(null);
  const newest = new Float64Array(unitCount).fill(Number.NaN);
  const kind = new Uint8Array(unitCount);
  const scopeIndex = new Map(scopes.map((s, i) => [s, i]));
  const missing = scopes.map(() => INDICATORS.map((): number[][] => [[], []]));

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
  const allScope = scopeIndex.get('all');

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
    if (allScope !== undefined) unitScopes[n++] = allScope;
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
      if (p > last) continue;
      if (!(p <= newestMonth)) newestMonth = p;
      const m = p - first;
      if (m < 0) continue;
      const reported = measuresInto(obs, num, den, 0);
      windowReported[m] = reported;
      if (p === last) {
        lastLgsp[ui] = obs.lgsp;
        lastSoc[ui] = obs.soc;
        lastReported[ui] = reported;
        lastNum.set(num, unitBase);
        lastDen.set(den, unitBase);
      }
      for (let i = 0; i < IND_COUNT; i++) {
        if ((reported & (1 << i)) === 0) continue;
        const d = den[i]!;
        const x = num[i]!;
        if (unitValues && d > 0) {
          const cell = (unitBase + i) * span + m;
          value[cell] = ratioValue(x, d)!;
          if (RATE[i]) tenths[cell] = tenthsOfPercent(x, d)!;
        }
        const a = groupBase + i * span + m;
        gNum[a]! += x;
        gDen[a]! += d;
        gCount[a]!++;
      }
    }
    newest[ui] = newestMonth;
    for (let slot = 0; slot <= 1 && slot < span; slot++) {
      const reported = windowReported[span - 1 - slot]!;
      if (reported === all) continue;
      for (let i = 0; i < IND_COUNT; i++) {
        if ((reported & (1 << i)) !== 0) continue;
        for (let j = 0; j < n; j++) missing[unitScopes[j]!]![i]![slot]!.push(ui);
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
  return {
    span,
    value,
    tenths,
    lastNum,
    lastDen,
    lastReported,
    lastLgsp,
    lastSoc,
    newest,
    kind,
    aggNum,
    aggDen,
    aggCount,
    scopeTotals,
    missing: missing.map((byIndicator) =>
      byIndicator.map((slots) => slots.map((units) => Int32Array.from(units))),
    ),
  };
}
