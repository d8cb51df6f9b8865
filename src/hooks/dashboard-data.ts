import { createContext, useContext } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { MonthIndex } from '../domain/period';
import type { PeriodModel } from '../domain/model';
import type { Registry } from '../data/parse-registry';
import type { DatasetState } from '../data/use-dataset';

/** What every screen reads: the data, its status, and the engine's model for the period. */
export interface DashboardData {
  registryQuery: UseQueryResult<Registry>;
  state: DatasetState | null;
  periods: MonthIndex[];
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
