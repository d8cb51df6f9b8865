import { QueryClient } from '@tanstack/react-query';
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
