import { createContext, useContext } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { MonthIndex } from '../domain/period';
import type { PeriodModel } from '../domain/model';
import type { LaterObservation } from '../domain/periods';
import type { Dataset } from '../domain/types';
import type { Registry } from '../data/parse-registry';
import type { DatasetState } from '../data/use-dataset';

/** What every screen reads: the data, its status, and the engine's model for the period. */
export interface DashboardData {
  registryQuery: UseQueryResult<Registry>;
  state: DatasetState | null;
  /**
   * The data as reviewed: `state.dataset` without the observations later than the period under
   * review. Screens that read observations read them here, never from `state.dataset`.
   */
  dataset: Dataset | null;
  /** Observations later than the period under review (contract §2 ★), for Data health. */
  later: LaterObservation[];
  periods: readonly MonthIndex[];
  /**
   * The period under review (contract §2: the registry's asOf, or the month the loaded feeds make);
   * null before any observation. `period` may be an earlier one a link asks for.
   */
  underReview: MonthIndex | null;
  period: MonthIndex | null;
  /** The URL asked for a period the data does not have; the asOf period is shown instead. */
  periodRejected: boolean;
  model: PeriodModel | null;
}

export const DashboardDataContext = createContext<DashboardData | null>(null);

export function useDashboardData(): DashboardData {
  const data = useContext(DashboardDataContext);
  if (!data) throw new Error('useDashboardData outside DashboardDataProvider');
  return data;
}

/** No feed has settled yet in the picture the screens show (a registry with units). */
export function awaitingFirstFeed(state: DatasetState): boolean {
  return state.total > 0 && state.settled === 0;
}

/**
 * A snapshot's feeds are still being read (contract §8): they come all together within a moment,
 * none can hang, so there is no picture of none of them to show, and no engine pass to ask for it
 * (at 10,000 units that pass held the data worker while it read the feeds).
 */
export function readingSnapshot(state: DatasetState): boolean {
  return state.registry.snapshot !== undefined && awaitingFirstFeed(state);
}
