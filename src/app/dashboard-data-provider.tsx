import { useDeferredValue, type ReactNode } from 'react';
import { DashboardDataContext } from '../hooks/dashboard-data';
import { usePeriodModel } from '../hooks/use-period-model';

/**
 * The screens read a deferred copy: a new picture of the data is rendered in the background, in
 * slices that leave the main thread free for input, while the last picture stays on screen.
 */
export function DashboardDataProvider({ children }: { children: ReactNode }) {
  const data = useDeferredValue(usePeriodModel());
  return <DashboardDataContext value={data}>{children}</DashboardDataContext>;
}
