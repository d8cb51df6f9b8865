import { useMemo } from 'react';
import { buildPeriodModel } from '../domain/model';
import { parsePeriod } from '../domain/period';
import { defaultPeriod, reportedPeriods } from '../domain/periods';
import { useDataset } from '../data/use-dataset';
import type { DashboardData } from './dashboard-data';
import { useThrottled } from './use-throttled';
import { useViewState } from './use-view-state';

/**
 * Derives the engine's model for the period under review: the URL's period when the data has it,
 * otherwise the registry's asOf (and `periodRejected` says so). Called once, by the provider;
 * screens read the result with useDashboardData(). While feeds stream in, the model is rebuilt at
 * most a few times a second, not once per arrival.
 */
const STREAMING_UPDATE_MS = 300;

export function usePeriodModel(): DashboardData {
  const { registryQuery, state: liveState } = useDataset();
  const settled = liveState !== null && liveState.settled === liveState.total;
  const state = useThrottled(liveState, STREAMING_UPDATE_MS, settled || liveState === null);
  const [view] = useViewState();
  const dataset = state?.dataset ?? null;
  const periods = useMemo(() => (dataset ? reportedPeriods(dataset) : []), [dataset]);
  const fallback = dataset ? defaultPeriod(dataset) : null;
  const requested = view.period === null ? null : parsePeriod(view.period);
  const period = requested !== null && periods.includes(requested) ? requested : fallback;
  const periodRejected = view.period !== null && period !== requested;
  const model = useMemo(
    () => (dataset && period !== null ? buildPeriodModel(dataset, period) : null),
    [dataset, period],
  );
  return { registryQuery, state, periods, period, periodRejected, model };
}
