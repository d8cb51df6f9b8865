import { useCallback, useMemo } from 'react';
import { startGrid, type Grid } from '../domain/grid';
import type { SteppedBuild } from '../domain/in-steps';
import {
  buildPeriodModel,
  periodGridMonths,
  startPeriodModel,
  type PeriodModel,
} from '../domain/model';
import type { MonthIndex } from '../domain/period';
import { scopesOf } from '../domain/scope';
import type { Dataset } from '../domain/types';
import type { LaterObservation, ReviewedData } from '../domain/periods';
import { parsePeriod } from '../domain/period';
import { reportedPeriods, reviewedData } from '../domain/periods';
import { feedUpdateIntervalMs } from '../data/feed-observers';
import { useDataset, type DatasetState } from '../data/use-dataset';
import type { DashboardData } from './dashboard-data';
import { cachedBy } from '../lib/cached-by';
import { stopAfter } from '../lib/stop-after';
import { cachedAggregateSeries } from './cached-series';
import { useThrottled } from './use-throttled';
import { useViewState } from './use-view-state';

/**
 * Derives the engine's model for the period under review: the URL's period when the data has it,
 * otherwise the registry's asOf or the month most units reported (and `periodRejected` says so).
 * Observations later than that month are set aside (`later`, for Data health) before anything
 * is computed. Called once, by the provider;
 * screens read the result with useDashboardData(). While feeds stream in, the model is rebuilt at
 * most a few times a second, not once per arrival.
 */
const STREAMING_UPDATE_MS = 300;

/** At 10,000 feeds a rebuild takes longer: rebuild at most every second while they arrive. */
function streamingUpdateMs(feeds: number): number {
  return Math.max(STREAMING_UPDATE_MS, 2 * feedUpdateIntervalMs(feeds));
}

const NONE_LATER: LaterObservation[] = [];
const NO_PERIODS: MonthIndex[] = [];

/** Models kept per dataset, most recently used last: stepping back to a period is instant. */
const models = new WeakMap<Dataset, Map<MonthIndex, PeriodModel>>();
const MODELS_KEPT = 4;

/** A grid passed from its own task to the one that builds the model on it. */
let readyGrid: { dataset: Dataset; period: MonthIndex; grid: Grid } | null = null;

/** The grid prepared for this dataset and period, if any; the slot is emptied either way. */
function takeReadyGrid(dataset: Dataset, period: MonthIndex): Grid | undefined {
  const ready =
    readyGrid?.dataset === dataset && readyGrid.period === period ? readyGrid.grid : undefined;
  readyGrid = null;
  return ready;
}

/** How long one task of the engine's work before a render may take. */
const ENGINE_TASK_MS = 40;

/** The period's grid being filled over several tasks. */
let filling: { dataset: Dataset; period: MonthIndex; fill: SteppedBuild<Grid> } | null = null;

/**
 * Reads part of the observations into the period's grid in one short task; true while units are
 * left to read. The grid is then handed to prepareModel.
 */
function prepareGrid(dataset: Dataset, period: MonthIndex): boolean {
  if (models.get(dataset)?.has(period)) return false;
  if (readyGrid?.dataset === dataset && readyGrid.period === period) return false;
  if (filling?.dataset !== dataset || filling.period !== period) {
    const { first, last } = periodGridMonths(period);
    filling = { dataset, period, fill: startGrid(dataset.units, scopesOf(dataset), first, last) };
  }
  if (!filling.fill.step(stopAfter(ENGINE_TASK_MS))) return true;
  readyGrid = { dataset, period, grid: filling.fill.finish() };
  filling = null;
  return false;
}

/** A model being built over several tasks. */
let building: { dataset: Dataset; period: MonthIndex; build: SteppedBuild<PeriodModel> } | null =
  null;

/**
 * Builds part of the period's model (on the grid prepareGrid left) in one short task; true while
 * units are left to build. modelFor() finishes it.
 */
function prepareModel(dataset: Dataset, period: MonthIndex): boolean {
  if (models.get(dataset)?.has(period)) return false;
  if (building?.dataset !== dataset || building.period !== period) {
    const grid = takeReadyGrid(dataset, period);
    building = { dataset, period, build: startPeriodModel(dataset, period, grid) };
  }
  return !building.build.step(stopAfter(ENGINE_TASK_MS));
}

function modelFor(dataset: Dataset, period: MonthIndex): PeriodModel {
  let byPeriod = models.get(dataset);
  if (!byPeriod) {
    byPeriod = new Map();
    models.set(dataset, byPeriod);
  }
  let model = byPeriod.get(period);
  if (model) byPeriod.delete(period);
  else if (building?.dataset === dataset && building.period === period) {
    model = building.build.finish();
    building = null;
  } else {
    model = buildPeriodModel(dataset, period, takeReadyGrid(dataset, period));
  }
  byPeriod.set(period, model);
  for (const oldest of byPeriod.keys()) {
    if (byPeriod.size <= MODELS_KEPT) break;
    byPeriod.delete(oldest);
  }
  return model;
}

const reviewedOf = cachedBy((dataset: Dataset) => reviewedData(dataset));
const periodsOf = cachedBy((dataset: Dataset) => reportedPeriods(dataset));

/** The URL's period when the data has it, otherwise the period under review. */
function periodShown(reviewed: ReviewedData, requested: MonthIndex | null): MonthIndex | null {
  return requested !== null && periodsOf(reviewed.dataset).includes(requested)
    ? requested
    : reviewed.period;
}

export function usePeriodModel(): DashboardData {
  const { registryQuery, state: liveState } = useDataset();
  const [view] = useViewState();
  const requested = view.period === null ? null : parsePeriod(view.period);
  // The engine runs before React renders the new picture, in tasks of its own: at 10,000 units
  // it is the largest piece of the picture, and inside a render it would share one task with
  // everything else in that component. Each step leaves its result in the caches read below.
  const prepare = useCallback(
    (next: DatasetState | null) => {
      if (!next) return [];
      const reviewed = () => reviewedOf(next.dataset);
      const shown = () => periodShown(reviewed(), requested);
      return [
        reviewed,
        () => periodsOf(reviewed().dataset),
        // Each in tasks of a few tens of milliseconds, until done.
        () => {
          const period = shown();
          return period !== null && prepareGrid(reviewed().dataset, period);
        },
        () => {
          const period = shown();
          return period !== null && prepareModel(reviewed().dataset, period);
        },
        () => {
          const period = shown();
          if (period !== null) modelFor(reviewed().dataset, period);
        },
        // The national level-4 series the overview's trend and the deck draw first: it reads
        // every month of every unit, which would otherwise be done inside their render.
        () => {
          const period = shown();
          if (period !== null)
            cachedAggregateSeries(reviewed().dataset, 'all', 'level4Rate', period);
        },
      ];
    },
    [requested],
  );
  const state = useThrottled(
    liveState,
    streamingUpdateMs(liveState?.total ?? 0),
    liveState === null || liveState.settled === liveState.total,
    prepare,
  );
  const reviewed = state ? reviewedOf(state.dataset) : null;
  const dataset = reviewed?.dataset ?? null;
  const later = reviewed?.later ?? NONE_LATER;
  const periods = dataset ? periodsOf(dataset) : NO_PERIODS;
  const period = reviewed ? periodShown(reviewed, requested) : null;
  const periodRejected = view.period !== null && period !== requested;
  const model = useMemo(
    () => (dataset && period !== null ? modelFor(dataset, period) : null),
    [dataset, period],
  );
  // One object while nothing the screens read has changed: feeds arrive every few tens of
  // milliseconds, and a new context value each time would re-render every screen as often.
  return useMemo(
    () => ({ registryQuery, state, dataset, later, periods, period, periodRejected, model }),
    [registryQuery, state, dataset, later, periods, period, periodRejected, model],
  );
}
