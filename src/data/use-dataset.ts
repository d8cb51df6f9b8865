import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Dataset } from '../domain/types';
import { useAppConfig } from './app-config-context';
import { feedStatus, isFailed } from './feed-status';
import { NETWORK } from './network-settings';
import type { Registry } from './parse-registry';
import { feedQueryOptions } from './queries/feed-query';
import { registryQueryOptions } from './queries/registry-query';
import { toDataset, type FeedEntry } from './to-dataset';
import { useSlowAfter } from './use-slow-after';
import type { FeedResult } from './load-documents';
import type { UseQueryResult } from '@tanstack/react-query';

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

  const combine = useCallback(
    (results: UseQueryResult<FeedResult>[]) =>
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
    [units, slow],
  );

  const feeds = useQueries({
    queries: units.map((u) =>
      feedQueryOptions(u, config.registryUrl, registry?.asOf ?? null, config.pageOrigin),
    ),
    combine,
  });

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
