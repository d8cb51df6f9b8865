import { useDeferredValue, useEffect, type ReactNode } from 'react';
import { requestChartCode } from '../components/charts/lazy-charts';
import { DashboardDataContext } from '../hooks/dashboard-data';
import { usePeriodModel } from '../hooks/use-period-model';
import { afterNextPaint } from '../lib/after-next-paint';
import { useOfflineShell } from './use-offline-shell';

/**
 * The screens read a deferred copy: a new picture of the data is rendered in the background, in
 * slices that leave the main thread free for input, while the last picture stays on screen.
 */
export function DashboardDataProvider({ children }: { children: ReactNode }) {
  const data = useDeferredValue(usePeriodModel());
  // The chart code comes after the registry, which the first figures wait for, and after the
  // frame that shows it: asked for before that paint, its 110 kB were among the paint's
  // dependencies in Lighthouse's estimate (largest paint 3.2–4.1 s instead of 3.2 s).
  const registryIn = data.state !== null;
  useEffect(() => {
    if (!registryIn) return;
    return afterNextPaint(() => void requestChartCode());
  }, [registryIn]);
  useOfflineShell(data.state !== null && data.state.settled === data.state.total);
  return <DashboardDataContext value={data}>{children}</DashboardDataContext>;
}
