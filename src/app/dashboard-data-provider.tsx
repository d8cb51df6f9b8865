import { useDeferredValue, useEffect, type ReactNode } from 'react';
import { requestChartCode } from '../components/charts/lazy-charts';
import { awaitingFirstFeed, DashboardDataContext } from '../hooks/dashboard-data';
import { usePeriodModel } from '../hooks/use-period-model';
import { afterNextPaint } from '../lib/after-next-paint';
import { useOfflineShell } from './use-offline-shell';

/**
 * The screens read a deferred copy: a new picture of the data is rendered in the background, in
 * slices that leave the main thread free for input, while the last picture stays on screen.
 */
export function DashboardDataProvider({ children }: { children: ReactNode }) {
  const data = useDeferredValue(usePeriodModel());
  // The chart code comes once the first feed is in: after the registry and the page's frame,
  // which it would otherwise share a slow connection with (asked for as the frame rendered, its
  // 110 kB were among that paint's dependencies in Lighthouse's estimate, largest paint 2.6–3.4 s
  // instead of 2.6 s), and still while the other feeds arrive, before any chart is drawn.
  const feedsArriving = data.state !== null && !awaitingFirstFeed(data.state);
  useEffect(() => {
    if (!feedsArriving) return;
    return afterNextPaint(() => void requestChartCode());
  }, [feedsArriving]);
  useOfflineShell(data.state !== null && data.state.settled === data.state.total);
  return <DashboardDataContext value={data}>{children}</DashboardDataContext>;
}
