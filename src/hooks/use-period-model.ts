import { useMemo } from 'react';
import { buildPeriodModel, type PeriodModel } from '../domain/model';
import type { MonthIndex } from '../domain/period';
import type { Dataset } from '../domain/types';
import type { LaterObservation } from '../domain/periods';
import { parsePeriod } from '../domain/period';
import { reportedPeriods, reviewedData } from '../domain/periods';
import { feedUpdateIntervalMs } from '../data/feed-observers';
import { useDataset } from '../data/use-dataset';
import type { DashboardData } from './dashboard-data';
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

/** Models kept per dataset, most recently used last: stepping back to a period is instant. */
const models = new WeakMap<Dataset, Map<MonthIndex, PeriodModel>>();
const MODELS_KEPT = 4;

function modelFor(dataset: Dataset, period: MonthIndex): PeriodModel {
  let byPeriod = models.get(dataset);
  if (!byPeriod) {
    byPeriod = new Map();
    models.set(dataset, byPeriod);
  }
  let model = byPeriod.get(period);
  if (model) byPeriod.delete(period);
  else model = buildPeriodModel(dataset, period);
  byPeriod.set(period, model);
  for (const oldest of byPeriod.keys()) {
    if (byPeriod.size <= MODELS_KEPT) break;
    byPeriod.delete(oldest);
  }
  return model;
}

export function usePeriodModel(): DashboardData {
  const { registryQuery, state: liveState } = useDataset();
  const settled = liveState !== null && liveState.settled === liveState.total;
  const state = useThrottled(
    liveState,
    streamingUpdateMs(liveState?.total ?? 0),
    settled || liveState === null,
  );
  const [view] = useViewState();
  const reviewed = useMemo(() => (state ? reviewedData(state.dataset) : null), [state]);
  const dataset = reviewed?.dataset ?? null;
  const later = reviewed?.later ?? NONE_LATER;
  const periods = useMemo(() => (dataset ? reportedPeriods(dataset) : []), [dataset]);
  const fallback = reviewed?.period ?? null;
  const requested = view.period === null ? null : parsePeriod(view.period);
  const period = requested !== null && periods.includes(requested) ? requested : fallback;
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
