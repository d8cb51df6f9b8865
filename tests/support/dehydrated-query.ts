import type { PersistedClient } from '@tanstack/react-query-persist-client';

export type DehydratedQuery = PersistedClient['clientState']['queries'][number];

/** A query as TanStack dehydrates it for saving: a fresh object (and dehydratedAt) each save. */
export function dehydratedQuery(
  key: readonly unknown[],
  data: unknown,
  updatedAt: number,
  {
    status = 'success',
    dehydratedAt = updatedAt,
  }: { status?: 'success' | 'error' | 'pending'; dehydratedAt?: number } = {},
): DehydratedQuery {
  const failed = status === 'error';
  return {
    queryKey: key,
    queryHash: JSON.stringify(key),
    dehydratedAt,
    state: {
      data,
      dataUpdateCount: 1,
      dataUpdatedAt: updatedAt,
      error: failed ? new Error('HTTP 503') : null,
      errorUpdateCount: failed ? 1 : 0,
      errorUpdatedAt: failed ? dehydratedAt : 0,
      fetchFailureCount: failed ? 3 : 0,
      fetchFailureReason: failed ? new Error('HTTP 503') : null,
      fetchMeta: null,
      isInvalidated: false,
      status,
      fetchStatus: 'idle',
    },
  };
}

/** The saved cache around the given queries. */
export function persistedClient(queries: DehydratedQuery[], timestamp: number): PersistedClient {
  return { buster: 'b', timestamp, clientState: { mutations: [], queries } };
}
