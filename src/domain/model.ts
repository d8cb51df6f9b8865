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
import { inSteps, NEVER, type SteppedBuild } from './in-steps';
import { kindRanks, type KindRanks } from './rank';
import { scopesOf } from './scope';
import { targetFor } from './targets';
import { THRESHOLDS } from './thresholds';
import type { Dataset } from './types';
import { unitIndicators } from './unit-indicator';
import { UnitIndicatorStore } from './unit-indicator-views';
import { UnitRecord, type UnitRecordSource } from './unit-records';
import { tenthsOfFraction } from './precision';
import { rateStatus } from './progress';
import { trendSlopeOf } from './trend';

export type { AggregateModel, PeriodModel, UnitIndicator, UnitModel } from './model-types';

/**
 * The one pass over every observation the period's model is built on: the months it reads, for
 * every scope. The larger half of the work at 10,000 units; a caller may do it in a task of its
 * own and hand it to buildPeriodModel.
 */
export function periodGrid(dataset: Dataset, period: MonthIndex): Grid {
  const { first, last } = periodGridMonths(period);
  return new Grid(dataset.units, scopesOf(dataset), first, last);
}

/** The months periodGrid reads: the trend's window and the stall's lookback, up to the period. */
export function periodGridMonths(period: MonthIndex): { first: MonthIndex; last: MonthIndex } {
  const span = Math.max(THRESHOLDS.trendWindowMonths, THRESHOLDS.stalledLookbackMonths + 1, 2);
  return { first: period - span + 1, last: period };
}

/**
 * Everything the dashboard shows for one period under review, derived from the dataset alone.
 * Pure: same dataset and period, same model. Observations after the period are not read.
 * `grid`, when given, is periodGrid(dataset, period).
 */
export function buildPeriodModel(
  dataset: Dataset,
  period: MonthIndex,
  grid: Grid = periodGrid(dataset, period),
): PeriodModel {
  return startPeriodModel(dataset, period, grid).finish();
}

/** Units built between two questions to stop(). */
const UNITS_PER_CHECK = 256;

/** buildPeriodModel in steps (see SteppedBuild), for a page with 10,000 units: the same model. */
export function startPeriodModel(
  dataset: Dataset,
  period: MonthIndex,
  grid: Grid = periodGrid(dataset, period),
): SteppedBuild<PeriodModel> {
  const { scopes } = grid;
  const targets = INDICATORS.map((ind) => targetFor(dataset.targets, ind, period));

  const ranks: ({ now: KindRanks; before: KindRanks } | null)[] = INDICATORS.map(() => null);
  for (const ind of RATE_INDICATORS) {
    const i = AT[ind];
    ranks[i] = {
      now: kindRanks(grid.kind, grid.keys(i, period)),
      before: kindRanks(grid.kind, grid.keys(i, period - 1)),
    };
  }
  const store = new UnitIndicatorStore(
    dataset.units.length,
    unitIndicators(grid, dataset.units, targets, ranks, period),
  );
  const context: FlagContext = {
    period,
    platformDeadline: flagDeadline(dataset.targets, 'lgspConnected', period),
    socDeadline: flagDeadline(dataset.targets, 'socOperational', period),
    level4Ranks: ranks[AT.level4Rate]!.now,
  };
  const lookback = period - THRESHOLDS.stalledLookbackMonths;
  const level4Target = targets[AT.level4Rate] ?? null;
  const level4TargetTenths = level4Target === null ? null : tenthsOfFraction(level4Target.value);
  // Records reused for every unit: flagRules and flagsOf read them and keep nothing of them
  // (one for building, one for describing, which happens later, between builds).
  const facts: UnitFacts = { kind: 0, feed: 'loaded', newestPeriod: null, lgsp: null, soc: null };
  const describing: UnitFacts = { ...facts };
  const level4: Level4Facts = {
    status: null,
    tenths: null,
    earlierTenths: null,
    rank: null,
    target: level4Target?.value ?? null,
  };
  const unitFacts = (ui: number, newestPeriod: MonthIndex | null, into: UnitFacts) => {
    into.kind = grid.kind[ui]!;
    into.feed = dataset.units[ui]!.feed;
    into.newestPeriod = newestPeriod;
    into.lgsp = grid.lastLgsp[ui]!;
    into.soc = grid.lastSoc[ui]!;
    return into;
  };

  const unitCount = dataset.units.length;
  const units: UnitModel[] = new Array<UnitModel>(unitCount);
  const rules = new Uint32Array(unitCount);
  const flagged: number[] = [];
  const flagCounts = new Uint8Array(unitCount);
  const gaps = new Float64Array(unitCount);
  const source: UnitRecordSource = {
    indicators: store,
    flagsOf: (ui) =>
      flagsOf(
        rules[ui]!,
        unitFacts(ui, units[ui]!.newestPeriod, describing),
        store.at(ui, AT.level4Rate),
        grid.tenthsAt(ui, AT.level4Rate, lookback),
        context,
      ),
  };
  const level4Cell = grid.span - 1;

  const buildUnit = (ui: number) => {
    const u = dataset.units[ui]!;
    const newestMonth = grid.newest[ui]!;
    const newestPeriod = Number.isNaN(newestMonth) ? null : newestMonth;
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
    const unitRules = flagRules(unitFacts(ui, newestPeriod, facts), level4, context);
    const fault = u.feed === 'failed' ? (u.fault ?? null) : null;
    units[ui] = new UnitRecord(source, ui, u.unit, u.feed, fault, newestPeriod, unitRules);
    if (unitRules !== 0) {
      rules[ui] = unitRules;
      flagged.push(ui);
      flagCounts[ui] = ruleCount(unitRules);
      gaps[ui] =
        level4.tenths === null || level4TargetTenths === null
          ? Number.NaN
          : level4TargetTenths - level4.tenths;
    }
  };

  const step = inSteps(unitCount, UNITS_PER_CHECK, (from, to) => {
    for (let ui = from; ui < to; ui++) buildUnit(ui);
  });

  let model: PeriodModel | null = null;
  const finish = (): PeriodModel => {
    if (model !== null) return model;
    step(NEVER);
    const aggregates = new Map<string, AggregateModel>();
    const scopeIndex = new Map(scopes.map((s, i) => [s, i]));
    const byId = new Map(units.map((u) => [u.unit.id, u]));
    const laggards = bySeverity(flagged, units, flagCounts, gaps).map((ui) => units[ui]!);
    model = {
      period,
      units,
      byId,
      scopes: [...scopes],
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
      laggards,
    };
    return model;
  };

  return { step, finish };
}
