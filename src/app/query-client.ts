import { QueryClient, notifyManager } from '@tanstack/react-query';
import { PERSISTENCE } from '../data/persist-client';
import { backoffDelay, retryTransient } from '../data/retry-policy';

/**
 * The app's query client: transient failures retried with backoff; monthly data stays fresh for a
 * while; and restored copies live as long as they may be shown (gcTime ≥ the persistence maxAge,
 * as TanStack's persistence guide asks). While the browser is offline, queries pause instead of
 * failing (networkMode 'online').
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retryTransient,
        retryDelay: backoffDelay,
        staleTime: 5 * 60_000,
        gcTime: PERSISTENCE.maxAgeMs,
        refetchOnWindowFocus: false,
        networkMode: 'online',
      },
    },
  });
}

/** How long query notifications wait to be delivered together. */
const NOTIFY_WINDOW_MS = 50;

/**
 * Delivers TanStack Query's notifications in one batch per short window instead of one task per
 * answer. With thousands of feeds arriving one by one, the screen then re-renders a few times a
 * second instead of once per feed, and stays responsive (React batches updates of one task).
 * Called once at start-up; tests keep the default scheduler.
 */
export function batchQueryNotifications(): void {
  let pending: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  notifyManager.setScheduler((callback) => {
    pending.push(callback);
    timer ??= setTimeout(() => {
      const due = pending;
      pending = [];
      timer = null;
      for (const run of due) run();
    }, NOTIFY_WINDOW_MS);
  });
}
