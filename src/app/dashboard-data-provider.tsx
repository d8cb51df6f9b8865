import type { ReactNode } from 'react';
import { DashboardDataContext } from '../hooks/dashboard-data';
import { usePeriodModel } from '../hooks/use-period-model';

export function DashboardDataProvider({ children }: { children: ReactNode }) {
  const data = usePeriodModel();
  return <DashboardDataContext value={data}>{children}</DashboardDataContext>;
}
