import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAppConfig } from './app-config-context';
import { failureStatus, isTransient } from './feed-status';
import { feedKeyPrefix } from './queries/feed-query';

/**
 * Fetch again: one unit's feed, or every feed whose last attempt failed. A feed keeps showing its
 * last good data until the new copy validates; retries follow the usual policy (transient only).
 */
export function useFeedActions() {
  const queryClient = useQueryClient();
  const { registryUrl } = useAppConfig();
  return useMemo(
    () => ({
      retryFeed: (unitId: string) => {
        void queryClient.refetchQueries({ queryKey: feedKeyPrefix(registryUrl, unitId) });
      },
      /** Every feed whose last failure may pass (network, timeout, 5xx); see isTransient. */
      retryFailed: () => {
        void queryClient.refetchQueries({
          queryKey: feedKeyPrefix(registryUrl),
          predicate: (query) =>
            (query.state.status === 'error' || query.state.fetchFailureCount > 0) &&
            isTransient(failureStatus(query.state.error ?? query.state.fetchFailureReason)),
        });
      },
    }),
    [queryClient, registryUrl],
  );
}
