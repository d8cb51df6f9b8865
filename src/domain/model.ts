import { aggregateModel, emptyAggregate } from './aggregate';
import { Grid } from './grid';
import { INDICATOR_INDEX as AT, INDICATORS, RATE_INDICATORS } from './indicators';
import {
  bySeverity,
  flagDeadline,
  flagRules,
  flagsOf,
  ruleCount,
  type FlagContext,
  type Level4Facts,
  type UnitFacts,
} from './laggards';
import type { AggregateModel, PeriodModel, UnitModel } from './model-types';
import type { MonthIndex } from './period';
import { kindRanks, type RankPair } from './rank';
import { scopesOf } from './scope';
import { targetFor } from './targets';
import { THRESHOLDS } from './thresholds';
import type { Dataset, Target } from './types';
import { unitIndicators } from './unit-indicator';
import { UnitIndicatorStore } from './unit-indicator-views';
import { UnitRecord, type UnitRecordSource } from './unit-records';
import { tenthsOfFraction } from './precision';
import { rateStatus } from './progress';
import { trendSlopeOf } from './trend';

export type { AggregateModel, PeriodModel, UnitIndicator, UnitModel } from './model-types';

/**
 * The one pass over every observation the period's model is built on: the months it reads, for
 * every scope. Observations after the period are not read.
 */
export function periodGrid(dataset: Dataset, period: MonthIndex): Grid {
  const { first, last } = periodGridMonths(period);
  return new Grid(dataset.units, scopesOf(dataset), first, last);
}

/** The months periodGrid reads: the trend's window and the stall's lookback, up to the period. */
function periodGridMonths(period: MonthIndex): { first: MonthIndex; last: MonthIndex } {
  const span = Math.max(THRESHOLDS.trendWindowMonths, THRESHOLDS.stalledLookbackMonths + 1, 2);
  return { first: period - span + 1, last: period };
}

/**
 * The verdicts that need every unit at once, as columns of numbers: what the data worker
 * computes and hands to the page (typed arrays, transferred), which makes records from them.
 */
export interface PeriodVerdicts {
  /** Per indicator (INDICATORS order): its ranks, for rate indicators; null for the others. */
  ranks: (RankPair | null)[];
  /** Per unit: the rules it breaks, as flagRules() decided them. */
  rules: Uint32Array;
  /** The units with at least one flag (indices in the dataset), most severe first. */
  laggards: Int32Array;
}

/** Units with a 0/1 indicator have no rank; a rate indicator's ranks are read from the grid. */
function ranksOf(grid: Grid, period: MonthIndex): (RankPair | null)[] {
  const ranks: (RankPair | null)[] = INDICATORS.map(() => null);
  for (const ind of RATE_INDICATORS) {
    const i = AT[ind];
    ranks[i] = {
      now: kindRanks(grid.kind, grid.keys(i, period)),
      before: kindRanks(grid.kind, grid.keys(i, period - 1)),
    };
  }
  return ranks;
}

/** Each indicator's target in force in the period (INDICATORS order), or null. */
function periodTargets(dataset: Dataset, period: MonthIndex) {
  return INDICATORS.map((ind) => targetFor(dataset.targets, ind, period));
}

/** A record for unitFactsOf to fill, one unit at a time. */
function blankFacts(): UnitFacts {
  return { kind: 0, feed: 'loaded', newestPeriod: null, lgsp: null, soc: null };
}

function flagContext(
  targets: readonly Target[],
  period: MonthIndex,
  ranks: readonly (RankPair | null)[],
): FlagContext {
  return {
    period,
    platformDeadline: flagDeadline(targets, 'lgspConnected', period),
    socDeadline: flagDeadline(targets, 'socOperational', period),
    level4Ranks: ranks[AT.level4Rate]!.now,
  };
}

/** What the flag rules read of a unit, from the grid, written into a record reused for each. */
function unitFactsOf(dataset: Dataset, grid: Grid) {
  return (ui: number, newestPeriod: MonthIndex | null, into: UnitFacts): UnitFacts => {
    into.kind = grid.kind[ui]!;
    into.feed = dataset.units[ui]!.feed;
    into.newestPeriod = newestPeriod;
    into.lgsp = grid.lastLgsp[ui]!;
    into.soc = grid.lastSoc[ui]!;
    return into;
  };
}

function newestPeriodOf(grid: Grid, ui: number): MonthIndex | null {
  const newest = grid.newest[ui]!;
  return Number.isNaN(newest) ? null : newest;
}

/**
 * Contract §5 for every unit of the period: ranks, the rules each unit breaks, and the laggards'
 * order. Pure: the same dataset, period and grid give the same verdicts.
 */
export function periodVerdicts(
  dataset: Dataset,
  period: MonthIndex,
  grid: Grid = periodGrid(dataset, period),
): PeriodVerdicts {
  const targets = periodTargets(dataset, period);
  const ranks = ranksOf(grid, period);
  const context = flagContext(dataset.targets, period, ranks);
  const lookback = period - THRESHOLDS.stalledLookbackMonths;
  const level4Target = targets[AT.level4Rate] ?? null;
  const level4TargetTenths = level4Target === null ? null : tenthsOfFraction(level4Target.value);
  const unitFacts = unitFactsOf(dataset, grid);
  // Records reused for every unit: flagRules reads them and keeps nothing of them.
  const facts = blankFacts();
  const level4: Level4Facts = {
    status: null,
    tenths: null,
    earlierTenths: null,
    rank: null,
    target: level4Target?.value ?? null,
  };

  const unitCount = dataset.units.length;
  const rules = new Uint32Array(unitCount);
  const flagged: number[] = [];
  const flagCounts = new Uint8Array(unitCount);
  const gaps = new Float64Array(unitCount);
  const level4Cell = grid.span - 1;

  for (let ui = 0; ui < unitCount; ui++) {
    const cell = grid.cell(ui, AT.level4Rate);
    const value = grid.value[cell + level4Cell]!;
    const tenths = grid.tenths[cell + level4Cell]!;
    level4.tenths = Number.isNaN(tenths) ? null : tenths;
    level4.earlierTenths = grid.tenthsAt(ui, AT.level4Rate, lookback);
    level4.rank = context.level4Ranks.rank[ui]! || null;
    level4.status =
      level4Target === null
        ? null
        : rateStatus(
            Number.isNaN(value) ? null : value,
            level4.tenths,
            trendSlopeOf(grid.value, cell, grid.first, period),
            level4Target,
            period,
          );
    const unitRules = flagRules(unitFacts(ui, newestPeriodOf(grid, ui), facts), level4, context);
    if (unitRules === 0) continue;
    rules[ui] = unitRules;
    flagged.push(ui);
    flagCounts[ui] = ruleCount(unitRules);
    gaps[ui] =
      level4.tenths === null || level4TargetTenths === null
        ? Number.NaN
        : level4TargetTenths - level4.tenths;
  }
  const laggards = Int32Array.from(bySeverity(flagged, dataset.units, flagCounts, gaps));
  return { ranks, rules, laggards };
}

/**
 * Everything the dashboard shows for one period under review, from the dataset, its period grid
 * and the verdicts decided on that grid (in the data worker, or by periodVerdicts here). Each
 * unit's records per indicator and its flags' reasons are made the first time a screen reads
 * them.
 */
export function periodModelOf(
  dataset: Dataset,
  period: MonthIndex,
  grid: Grid,
  verdicts: PeriodVerdicts,
): PeriodModel {
  const { ranks, rules } = verdicts;
  const targets = periodTargets(dataset, period);
  const store = new UnitIndicatorStore(
    dataset.units.length,
    unitIndicators(grid, dataset.units, targets, ranks, period),
  );
  const context = flagContext(dataset.targets, period, ranks);
  const lookback = period - THRESHOLDS.stalledLookbackMonths;
  const unitFacts = unitFactsOf(dataset, grid);
  // Describing happens later, one unit at a time, with a record of its own.
  const describing = blankFacts();
  const source: UnitRecordSource = {
    indicators: store,
    flagsOf: (ui) =>
      flagsOf(
        rules[ui]!,
        unitFacts(ui, newestPeriodOf(grid, ui), describing),
        store.at(ui, AT.level4Rate),
        grid.tenthsAt(ui, AT.level4Rate, lookback),
        context,
      ),
  };
  const units: UnitModel[] = dataset.units.map((u, ui) => {
    const fault = u.feed === 'failed' ? (u.fault ?? null) : null;
    return new UnitRecord(source, ui, u.unit, u.feed, fault, newestPeriodOf(grid, ui), rules[ui]!);
  });
  const aggregates = new Map<string, AggregateModel>();
  const scopeIndex = new Map(grid.scopes.map((s, i) => [s, i]));
  return {
    period,
    units,
    byId: new Map(units.map((u) => [u.unit.id, u])),
    scopes: [...grid.scopes],
    aggregate(scope, indicator) {
      const key = `${scope}|${indicator}`;
      let cached = aggregates.get(key);
      if (!cached) {
        const s = scopeIndex.get(scope);
        const i = AT[indicator];
        cached =
          s === undefined
            ? emptyAggregate(scope, indicator, targets[i] ?? null, period)
            : aggregateModel(grid, s, scope, i, targets[i] ?? null, period);
        aggregates.set(key, cached);
      }
      return cached;
    },
    laggards: Array.from(verdicts.laggards, (ui) => units[ui]!),
  };
}

/**
 * The model of one period, built here at once: what the data worker and the page do between
 * them (periodVerdicts there, periodModelOf here), in one place. Pure: same dataset and period,
 * same model. `grid`, when given, is periodGrid(dataset, period).
 */
export function buildPeriodModel(
  dataset: Dataset,
  period: MonthIndex,
  grid: Grid = periodGrid(dataset, period),
): PeriodModel {
  return periodModelOf(dataset, period, grid, periodVerdicts(dataset, period, grid));
}
