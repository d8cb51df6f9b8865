import { IsRestoringProvider, QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import {
  persistQueryClientRestore,
  persistQueryClientSave,
  type PersistQueryClientOptions,
} from '@tanstack/react-query-persist-client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { PERSISTENCE } from '../data/persist-client';
import { quietThenRun } from '../lib/quiet-then-run';
import type { PersistOptions } from './persistence';

const SAVED_EVENTS = new Set(['added', 'removed', 'updated']);

/**
 * Saves the query cache once it has been quiet for a moment, and at least every few seconds
 * while it keeps changing. TanStack's own subscription dehydrates the whole cache on every
 * single cache event: with 10,000 feeds arriving, that is 10,000 queries walked for each of
 * tens of thousands of events, and the page stops responding.
 */
function subscribeSaving(options: PersistQueryClientOptions): () => void {
  const saving = quietThenRun(
    () => void persistQueryClientSave(options),
    PERSISTENCE.saveAfterQuietMs,
    PERSISTENCE.saveAtLeastEveryMs,
  );
  const unsubscribe = options.queryClient.getQueryCache().subscribe((event) => {
    if (SAVED_EVENTS.has(event.type)) saving.call();
  });
  return () => {
    unsubscribe();
    saving.cancel();
  };
}

/**
 * PersistQueryClientProvider's behaviour (restore the saved copy first, queries wait for it via
 * useIsRestoring, then keep saving), with saves coalesced by subscribeSaving.
 */
export function PersistingQueryClientProvider({
  client,
  persistOptions,
  onSuccess,
  children,
}: {
  client: QueryClient;
  persistOptions: PersistOptions;
  onSuccess?: () => void;
  children: ReactNode;
}) {
  const [restoring, setRestoring] = useState(true);
  const latest = useRef({ persistOptions, onSuccess });
  const didRestore = useRef(false);
  useEffect(() => {
    latest.current = { persistOptions, onSuccess };
  });
  useEffect(() => {
    const options = { ...latest.current.persistOptions, queryClient: client };
    if (!didRestore.current) {
      didRestore.current = true;
      persistQueryClientRestore(options)
        .then(() => latest.current.onSuccess?.())
        // An unreadable copy is discarded by the restore; the page goes on without it.
        .catch(() => undefined)
        .finally(() => setRestoring(false));
    }
    return restoring ? undefined : subscribeSaving(options);
  }, [client, restoring]);
  return (
    <QueryClientProvider client={client}>
      <IsRestoringProvider value={restoring}>{children}</IsRestoringProvider>
    </QueryClientProvider>
  );
}
