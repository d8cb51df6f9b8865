import { cachedBy } from '../lib/cached-by';
import { RATE_INDICATORS, type RateIndicator } from './indicators';
import { countRules, hasFlagRule, noRuleCounts, type FlagRule } from './laggards';
import type { PeriodModel, UnitModel } from './model';
import type { MonthIndex } from './period';
import type { Status } from './progress';
import type { FeedFault, FeedState, Region, Unit, UnitKind } from './types';
import type { ValueState } from './value-state';

/** The region key of units the registry gives no (known) region: "không xác định". */
export const NO_REGION = 'none';

/** How a unit's rank moved since the previous period, for words as well as arrows. */
export type RankMove =
  | { direction: 'up' | 'down'; places: number; previousRank: number }
  | { direction: 'same'; places: 0; previousRank: number }
  | null;

export interface RateCell {
  /** Fraction in [0, 1]; null when not reported or 0 services. */
  value: number | null;
  /** The value at the precision shown (and ranked on), in tenths of a percent. */
  tenths: number | null;
  /** The unit sent the figures (a total of 0 services is reported, yet has no rate). */
  reported: boolean;
  /** Why there is a value or not: feed failed, loading, not reported, no services. */
  state: ValueState;
}

/** One row of a ranking: one unit of the kind, on the chosen rate indicator. */
export interface RankingRow {
  id: string;
  unit: Unit;
  feed: FeedState;
  /** The failed feed's fault (contract §6), null otherwise. */
  fault: FeedFault | null;
  /** A region id the registry names, or NO_REGION. */
  regionKey: string;
  rank: number | null;
  rankChange: number | null;
  move: RankMove;
  rates: Record<RateIndicator, RateCell>;
  /** The chosen indicator's target value (fraction) and deadline; null when the registry sets none. */
  target: number | null;
  /** Projected value at the deadline; null without a target or enough data. */
  projection: number | null;
  projectionTenths: number | null;
  status: Status | null;
  /** The rules the unit breaks (flagRules bits: what filters, counts and sorts read). */
  flagRules: number;
  /** The unit in the period model: its flags are described when first read (record.flags). */
  record: UnitModel;
}

export interface RankingTable {
  kind: UnitKind;
  indicator: RateIndicator;
  rows: RankingRow[];
  /** Units of the kind with a value (and so a rank) on the indicator. */
  ranked: number;
  total: number;
  /** The indicator's target for the period, the same for every unit; null when none. */
  target: { value: number; deadline: MonthIndex } | null;
}

function moveOf(rank: number | null, previousRank: number | null): RankMove {
  if (rank === null || previousRank === null) return null;
  if (rank === previousRank) return { direction: 'same', places: 0, previousRank };
  return rank < previousRank
    ? { direction: 'up', places: previousRank - rank, previousRank }
    : { direction: 'down', places: rank - previousRank, previousRank };
}

function regionKeyOf(unit: Unit, known: ReadonlySet<string>): string {
  return unit.region !== null && known.has(unit.region) ? unit.region : NO_REGION;
}

/**
 * A unit's three rate cells, the same whichever indicator the table ranks on: made once per unit
 * model and shared by the tables of every indicator (10,000 rows × 4 objects fewer per switch).
 */
const rateCells = cachedBy((u: UnitModel): Record<RateIndicator, RateCell> => {
  const rates = {} as Record<RateIndicator, RateCell>;
  for (const ind of RATE_INDICATORS) {
    const i = u.indicators[ind];
    rates[ind] = { value: i.value, tenths: i.tenths, reported: i.measure !== null, state: i.state };
  }
  return rates;
});

function rowOf(u: UnitModel, indicator: RateIndicator, known: ReadonlySet<string>): RankingRow {
  const chosen = u.indicators[indicator];
  const progress = chosen.progress;
  return {
    id: u.unit.id,
    unit: u.unit,
    feed: u.feed,
    fault: u.fault,
    regionKey: regionKeyOf(u.unit, known),
    rank: chosen.rank,
    rankChange: chosen.rankChange,
    move: moveOf(chosen.rank, chosen.previousRank),
    rates: rateCells(u),
    target: chosen.target?.value ?? null,
    projection: progress?.projection ?? null,
    projectionTenths: progress?.projectionTenths ?? null,
    status: chosen.status,
    flagRules: u.flagRules,
    record: u,
  };
}

/** Tables already made from a model, by kind and indicator, with the regions they were made with. */
const tablesOf = cachedBy(
  (_model: PeriodModel) => new Map<string, { regions: readonly Region[]; table: RankingTable }>(),
);

/**
 * Every unit of a kind as a ranking row on a rate indicator, in registry order (the table sorts).
 * Ranks are the engine's: competition ranks at 0.1 percentage point within the kind.
 * A model's tables are kept while the model lives: switching back to an indicator, or a slide
 * asking for the table the screen already made, costs nothing. Rows are never changed after.
 */
export function rankingTable(
  model: PeriodModel,
  kind: UnitKind,
  indicator: RateIndicator,
  regions: readonly Region[],
): RankingTable {
  const made = tablesOf(model);
  const key = `${kind}|${indicator}`;
  const kept = made.get(key);
  if (kept !== undefined && kept.regions === regions) return kept.table;
  const table = makeRankingTable(model, kind, indicator, regions);
  made.set(key, { regions, table });
  return table;
}

/** Tables being made a slice at a time (prepareRankingTable), by kind and indicator. */
const partsOf = cachedBy(
  (_model: PeriodModel) =>
    new Map<string, { regions: readonly Region[]; units: UnitModel[]; rows: RankingRow[] }>(),
);

/**
 * Makes up to `count` more rows of the table rankingTable will give, and keeps the table once
 * every row is made; true while rows are left. A model's units are read (and so built) on first
 * use: 10,000 of them in one go are a long task.
 */
export function prepareRankingTable(
  model: PeriodModel,
  kind: UnitKind,
  indicator: RateIndicator,
  regions: readonly Region[],
  count: number,
): boolean {
  const key = `${kind}|${indicator}`;
  if (tablesOf(model).get(key)?.regions === regions) return false;
  const parts = partsOf(model);
  let part = parts.get(key);
  if (part === undefined || part.regions !== regions) {
    part = { regions, units: model.units.filter((u) => u.unit.kind === kind), rows: [] };
    parts.set(key, part);
  }
  const known = new Set(regions.map((r) => r.id));
  const end = Math.min(part.units.length, part.rows.length + count);
  for (let i = part.rows.length; i < end; i++) {
    part.rows.push(rowOf(part.units[i]!, indicator, known));
  }
  if (end < part.units.length) return true;
  parts.delete(key);
  tablesOf(model).set(key, { regions, table: tableOf(kind, indicator, part.units, part.rows) });
  return false;
}

function makeRankingTable(
  model: PeriodModel,
  kind: UnitKind,
  indicator: RateIndicator,
  regions: readonly Region[],
): RankingTable {
  const known = new Set(regions.map((r) => r.id));
  const units = model.units.filter((u) => u.unit.kind === kind);
  return tableOf(
    kind,
    indicator,
    units,
    units.map((u) => rowOf(u, indicator, known)),
  );
}

function tableOf(
  kind: UnitKind,
  indicator: RateIndicator,
  units: readonly UnitModel[],
  rows: RankingRow[],
): RankingTable {
  const target = units[0]?.indicators[indicator].target ?? null;
  return {
    kind,
    indicator,
    rows,
    ranked: rows.filter((r) => r.rank !== null).length,
    total: rows.length,
    target: target === null ? null : { value: target.value, deadline: target.deadline },
  };
}

export interface RankingFilter {
  /** A region id, NO_REGION, or null for every region. */
  region: string | null;
  flag: FlagRule | null;
}

function matches(row: RankingRow, filter: RankingFilter): boolean {
  if (filter.region !== null && row.regionKey !== filter.region) return false;
  if (filter.flag !== null && !hasFlagRule(row.flagRules, filter.flag)) return false;
  return true;
}

/** The rows a filter keeps, in the same order. */
export function filterRankingRows(
  rows: readonly RankingRow[],
  filter: RankingFilter,
): readonly RankingRow[] {
  if (filter.region === null && filter.flag === null) return rows;
  return rows.filter((r) => matches(r, filter));
}

export interface RegionOption {
  /** A registry region id, or NO_REGION. */
  key: string;
  region: Region | null;
  /** Rows in that region that the flag filter keeps. */
  count: number;
}

/**
 * The region filter's choices: the registry's regions in its order (those with units of this
 * kind), then "no known region" when some units have none. Counts follow the flag filter.
 */
export function regionOptions(
  rows: readonly RankingRow[],
  regions: readonly Region[],
  flag: FlagRule | null,
): RegionOption[] {
  const present = new Map<string, number>();
  for (const r of rows) {
    const kept = matches(r, { region: null, flag });
    present.set(r.regionKey, (present.get(r.regionKey) ?? 0) + (kept ? 1 : 0));
  }
  const options: RegionOption[] = [];
  for (const region of regions) {
    const count = present.get(region.id);
    if (count !== undefined) options.push({ key: region.id, region, count });
  }
  const none = present.get(NO_REGION);
  if (none !== undefined) options.push({ key: NO_REGION, region: null, count: none });
  return options;
}

/** How many rows carry each flag, among the rows in the region filter. */
export function flagCounts(
  rows: readonly RankingRow[],
  region: string | null,
): Record<FlagRule, number> {
  const counts = noRuleCounts();
  for (const r of rows) {
    if (region !== null && r.regionKey !== region) continue;
    countRules(counts, r.flagRules);
  }
  return counts;
}
