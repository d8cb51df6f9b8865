import { aggregateModel, emptyAggregate } from './aggregate';
import { Grid } from './grid';
import { INDICATORS, RATE_INDICATORS, type IndicatorId } from './indicators';
import { bySeverity, flagDeadline, flagsOf, type FlagContext, type UnitFacts } from './laggards';
import type { AggregateModel, PeriodModel, UnitIndicator, UnitModel } from './model-types';
import type { MonthIndex } from './period';
import { inSteps, NEVER, type SteppedBuild } from './in-steps';
import { kindRanks, type KindRanks } from './rank';
import { scopesOf } from './scope';
import { targetFor } from './targets';
import { THRESHOLDS } from './thresholds';
import type { Dataset } from './types';
import { unitIndicators } from './unit-indicator';

export type { AggregateModel, PeriodModel, UnitIndicator, UnitModel } from './model-types';

/** Each indicator's position in INDICATORS (and in the grid's rows). */
const AT = Object.fromEntries(INDICATORS.map((ind, i) => [ind, i])) as Record<IndicatorId, number>;

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
  const indicatorOf = unitIndicators(grid, dataset.units, targets, ranks, period);
  const context: FlagContext = {
    period,
    platformDeadline: flagDeadline(dataset.targets, 'lgspConnected', period),
    socDeadline: flagDeadline(dataset.targets, 'socOperational', period),
    level4Ranks: ranks[AT.level4Rate]!.now,
  };
  const lookback = period - THRESHOLDS.stalledLookbackMonths;
  // One record reused for every unit: flagsOf reads it and keeps nothing of it.
  const facts: UnitFacts = { kind: 0, feed: 'loaded', newestPeriod: null, lgsp: null, soc: null };

  const unitCount = dataset.units.length;
  const units: UnitModel[] = new Array<UnitModel>(unitCount);
  const byId = new Map<string, UnitModel>();
  const flagged: number[] = [];
  const flagCounts = new Uint8Array(unitCount);
  const gaps = new Float64Array(unitCount);

  const buildUnit = (ui: number) => {
    const u = dataset.units[ui]!;
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
    facts.kind = grid.kind[ui]!;
    facts.feed = u.feed;
    facts.newestPeriod = newestPeriod;
    facts.lgsp = grid.lastLgsp[ui]!;
    facts.soc = grid.lastSoc[ui]!;
    const flags = flagsOf(facts, l4, grid.tenthsAt(ui, AT.level4Rate, lookback), context);
    const model: UnitModel = {
      unit: u.unit,
      feed: u.feed,
      fault: u.feed === 'failed' ? (u.fault ?? null) : null,
      newestPeriod,
      indicators,
      flags,
    };
    units[ui] = model;
    byId.set(u.unit.id, model);
    if (flags.length > 0) {
      flagged.push(ui);
      flagCounts[ui] = flags.length;
      const targetTenths = l4.progress?.targetTenths ?? null;
      gaps[ui] =
        l4.tenths === null || targetTenths === null ? Number.NaN : targetTenths - l4.tenths;
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
