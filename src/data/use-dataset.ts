import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Dataset } from '../domain/types';
import { useAppConfig } from './app-config-context';
import { feedStatus, isFailed } from './feed-status';
import { NETWORK } from './network-settings';
import type { Registry } from './parse-registry';
import { feedQueryOptions } from './queries/feed-query';
import { registryQueryOptions } from './queries/registry-query';
import { toDataset, type FeedEntry } from './to-dataset';
import { useSlowAfter } from './use-slow-after';

export interface DatasetState {
  registry: Registry;
  dataset: Dataset;
  feeds: FeedEntry[];
  /** Feeds settled (arrived or failed) so far. */
  settled: number;
  total: number;
}

const EMPTY: Registry['units'] = [];

/**
 * The one way data reaches the screens: registry, then every unit's feed fetched on its own,
 * combined into the engine's dataset and a status per feed.
 */
export function useDataset() {
  const config = useAppConfig();
  const registryQuery = useQuery(registryQueryOptions(config.registryUrl));
  const registry = registryQuery.data;
  const units = registry?.units ?? EMPTY;
  const slow = useSlowAfter(NETWORK.slowAfterMs, registry);

  // The same array while the registry is the same: useQueries then reuses its defaulted options
  // instead of hashing every feed's key again on each render (10,000 keys for a commune registry).
  const asOf = registry?.asOf ?? null;
  const queries = useMemo(
    () => units.map((u) => feedQueryOptions(u, config.registryUrl, asOf, config.pageOrigin)),
    [units, config.registryUrl, asOf, config.pageOrigin],
  );
  // No `combine`: with it, TanStack re-combines (and deep-compares) every feed on each single
  // feed's update, O(n²) for n feeds. The results array is mapped here once per render instead,
  // and renders are batched (src/app/query-client.ts).
  const results = useQueries({ queries });
  const feeds = useMemo(
    () =>
      results.map((r, i): FeedEntry => {
        const status = feedStatus(r, slow);
        return {
          unit: units[i]!,
          status,
          result: r.data,
          // Trying again after a failure: automatically (transient) or because the user asked.
          retrying: r.fetchStatus === 'fetching' && (r.failureCount > 0 || r.status === 'error'),
          savedCopy: r.data !== undefined && (r.data.fromSavedCopy === true || isFailed(status)),
        };
      }),
    [results, units, slow],
  );

  const state = useMemo((): DatasetState | null => {
    if (!registry) return null;
    return {
      registry,
      dataset: toDataset(registry, feeds),
      feeds,
      settled: feeds.filter((f) => f.status.kind !== 'loading' && f.status.kind !== 'slow').length,
      total: feeds.length,
    };
  }, [registry, feeds]);

  return { registryQuery, state };
}
