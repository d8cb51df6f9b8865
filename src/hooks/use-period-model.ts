import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PeriodModel } from '../domain/model';
import type { MonthIndex } from '../domain/period';
import { modelFromParts } from '../domain/period-parts';
import type { Dataset } from '../domain/types';
import type { LaterObservation, ReviewedData } from '../domain/periods';
import { parsePeriod } from '../domain/period';
import { reportedPeriods, reviewedData } from '../domain/periods';
import { feedUpdateIntervalMs } from '../data/feed-observers';
import { enginePeriodParts } from '../data/pipeline-client';
import { useDataset, type DatasetState } from '../data/use-dataset';
import { readingSnapshot, type DashboardData } from './dashboard-data';
import { cachedBy } from '../lib/cached-by';
import { rememberSeriesGrid } from './cached-series';
import type { PrepareStep } from '../lib/run-in-tasks';
import { useThrottled } from './use-throttled';
import { useViewState } from './use-view-state';

/**
 * Derives the engine's model for the period under review: the URL's period when the data has it,
 * otherwise the registry's asOf or, without it, the month at least half the units reported
 * (defaultPeriod; `periodRejected` says when the URL's was not taken).
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
const NO_PERIODS: readonly MonthIndex[] = [];

/** Models kept per dataset, most recently used last: stepping back to a period is instant. */
const modelsOf = cachedBy((_dataset: Dataset) => new Map<MonthIndex, PeriodModel>());
const MODELS_KEPT = 4;

function keptModel(dataset: Dataset, period: MonthIndex): PeriodModel | undefined {
  const byPeriod = modelsOf(dataset);
  const model = byPeriod.get(period);
  if (model) {
    byPeriod.delete(period);
    byPeriod.set(period, model);
  }
  return model;
}

function keepModel(dataset: Dataset, period: MonthIndex, model: PeriodModel) {
  const byPeriod = modelsOf(dataset);
  byPeriod.set(period, model);
  for (const oldest of byPeriod.keys()) {
    if (byPeriod.size <= MODELS_KEPT) break;
    byPeriod.delete(oldest);
  }
}

/** Models asked of the engine and not yet received, so that each is asked for once. */
const askedOf = cachedBy((_dataset: Dataset) => new Map<MonthIndex, Promise<PeriodModel>>());

/**
 * The period's model: the engine (in the data worker) decides the verdicts on its own copy of
 * the feeds (`feeds`: the data as it arrived); the page makes the model from its parts, over the
 * data as reviewed (`reviewed`: the same units, in the same order).
 */
function askModel(feeds: Dataset, reviewed: Dataset, period: MonthIndex): Promise<PeriodModel> {
  const byPeriod = askedOf(reviewed);
  let model = byPeriod.get(period);
  if (!model) {
    model = enginePeriodParts(feeds, period).then((parts) => {
      const made = modelFromParts(reviewed, parts);
      rememberSeriesGrid(reviewed, period, made.series);
      keepModel(reviewed, period, made.model);
      return made.model;
    });
    const forget = () => byPeriod.delete(period);
    model.then(forget, forget);
    byPeriod.set(period, model);
  }
  return model;
}

/** The feeds the engine is asked about: none while a snapshot's are being read. */
function engineFeeds(state: DatasetState): Dataset | null {
  return readingSnapshot(state) ? null : state.dataset;
}

const reviewedOf = cachedBy((dataset: Dataset) => reviewedData(dataset));

/** The URL's period when the data has it, otherwise the period under review. */
function periodShown(reviewed: ReviewedData, requested: MonthIndex | null): MonthIndex | null {
  return requested !== null && reportedPeriods(reviewed.dataset).includes(requested)
    ? requested
    : reviewed.period;
}

/** What the screens are to show: the feeds as they are, and the period the URL asks for. */
interface Wanted {
  state: DatasetState;
  /** The URL's period as written, and as a month (null: none, or not a month). */
  viewPeriod: string | null;
  requested: MonthIndex | null;
}

export function usePeriodModel(): DashboardData {
  const { registryQuery, state: liveState } = useDataset();
  const [view] = useViewState();
  const viewPeriod = view.period;
  const wanted = useMemo(
    (): Wanted | null =>
      liveState && {
        state: liveState,
        viewPeriod,
        requested: viewPeriod === null ? null : parsePeriod(viewPeriod),
      },
    [liveState, viewPeriod],
  );
  // The engine runs in the data worker; the new picture (new feeds, or another period) is shown
  // once the page has made the model from its parts, never half-way.
  const prepare = useCallback((next: Wanted | null): PrepareStep[] => {
    if (!next) return [];
    const reviewed = () => reviewedOf(next.state.dataset);
    return [
      () => void reviewed(),
      () => void reportedPeriods(reviewed().dataset),
      () => {
        const period = periodShown(reviewed(), next.requested);
        const feeds = engineFeeds(next.state);
        if (period === null || feeds === null || keptModel(reviewed().dataset, period)) return;
        // A failure is the render's to report: it asks again, and throws what it gets.
        return askModel(feeds, reviewed().dataset, period).catch(() => undefined);
      },
    ];
  }, []);
  const shown = useThrottled(
    wanted,
    streamingUpdateMs(liveState?.total ?? 0),
    liveState === null || liveState.settled === liveState.total,
    prepare,
  );
  const state = shown?.state ?? null;
  const reviewed = state ? reviewedOf(state.dataset) : null;
  const dataset = reviewed?.dataset ?? null;
  const later = reviewed?.later ?? NONE_LATER;
  const periods = dataset ? reportedPeriods(dataset) : NO_PERIODS;
  const underReview = reviewed?.period ?? null;
  const period = reviewed && shown ? periodShown(reviewed, shown.requested) : null;
  const periodRejected = shown?.viewPeriod != null && period !== shown.requested;
  const model = useArrivingModel(state && engineFeeds(state), dataset, period);
  // One object while nothing the screens read has changed: feeds arrive every few tens of
  // milliseconds, and a new context value each time would re-render every screen as often.
  return useMemo(
    () => ({
      registryQuery,
      state,
      dataset,
      later,
      periods,
      underReview,
      period,
      periodRejected,
      model,
    }),
    [registryQuery, state, dataset, later, periods, underReview, period, periodRejected, model],
  );
}

/**
 * The model of the picture shown: ready when the picture was prepared (useThrottled's steps);
 * otherwise (a picture shown at once, as the first one can be) null until it arrives. A failure
 * of the engine is thrown here, for the error boundary to report.
 */
function useArrivingModel(
  feeds: Dataset | null,
  reviewed: Dataset | null,
  period: MonthIndex | null,
): PeriodModel | null {
  const ready = reviewed && period !== null ? (keptModel(reviewed, period) ?? null) : null;
  const [arrival, setArrival] = useState<{
    reviewed: Dataset;
    period: MonthIndex;
    model?: PeriodModel;
    error?: Error;
  } | null>(null);
  useEffect(() => {
    if (ready || !feeds || !reviewed || period === null) return;
    let current = true;
    askModel(feeds, reviewed, period).then(
      (model) => current && setArrival({ reviewed, period, model }),
      (error: unknown) =>
        current &&
        setArrival({
          reviewed,
          period,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => {
      current = false;
    };
  }, [ready, feeds, reviewed, period]);
  if (ready) return ready;
  if (arrival?.reviewed !== reviewed || arrival.period !== period) return null;
  if (arrival.error) throw arrival.error;
  return arrival.model ?? null;
}
