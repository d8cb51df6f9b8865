import { QueryClient } from '@tanstack/react-query';
import { backoffDelay, retryTransient } from '../data/retry-policy';

/** The app's query client: transient failures retried with backoff; monthly data stays fresh. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retryTransient,
        retryDelay: backoffDelay,
        staleTime: 5 * 60_000,
        gcTime: 24 * 60 * 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
