import { useIsRestoring, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState, useSyncExternalStore } from 'react';
import type { Dataset } from '../domain/types';
import { useAppConfig } from './app-config-context';
import { FeedObservers, type FeedPreload } from './feed-observers';
import { feedStatus, isFailed, markSlow } from './feed-status';
import type { Registry } from './parse-registry';
import { loadSnapshotFeeds } from './pipeline-client';
import { registryFeedQueries, type FeedQueryKey } from './queries/feed-query';
import { registryQueryOptions } from './queries/registry-query';
import { toDataset, type FeedEntry } from './to-dataset';
import { useSlowFeeds } from './use-slow-feeds';

export interface DatasetState {
  registry: Registry;
  dataset: Dataset;
  feeds: FeedEntry[];
  /** Feeds settled (arrived or failed) in the figures shown. */
  settled: number;
  total: number;
  /** Feeds settled so far, following every arrival (for the progress counter alone). */
  progress: FeedProgress;
}

export interface FeedProgress {
  getSettled: () => number;
  subscribeSettled: (onChange: () => void) => () => void;
}

const EMPTY: Registry['units'] = [];
const NO_QUERIES: ReturnType<typeof registryFeedQueries> = [];

/**
 * The one way data reaches the screens: registry, then every unit's feed fetched on its own,
 * combined into the engine's dataset and a status per feed.
 */
export function useDataset() {
  const config = useAppConfig();
  // 'all': the result object itself (not a fresh tracking proxy per render), so the screens'
  // context value keeps its identity while the registry does not change.
  const registryQuery = useQuery({
    ...registryQueryOptions(config.registryUrl, config.pageOrigin),
    notifyOnChangeProps: 'all',
  });
  const registry = registryQuery.data;
  const units = registry?.units ?? EMPTY;
  const slowIds = useSlowFeeds();

  const takenAt = registry?.snapshot?.takenAt ?? null;
  const client = useQueryClient();
  const restoring = useIsRestoring();
  // The same array while the registry is the same, so the observers are built once per registry
  // (10,000 for a commune registry). The client's defaults (a key's hash among them) are applied
  // as each observer is set up, a slice per task (FeedObservers), not for every feed here.
  const queries = registry
    ? registryFeedQueries(registry, config.registryUrl, config.pageOrigin)
    : NO_QUERIES;
  // Not useQueries: see FeedObservers. Results arrive in batches; nothing is fetched while the
  // saved copy is being restored.
  const [observers] = useState(() => new FeedObservers<FeedQueryKey>(client));
  // A snapshot's feeds are read at once (contract §8): none can hang, so no provisional picture.
  observers.setQueries(
    queries,
    takenAt === null,
    takenAt === null || !registry
      ? null
      : snapshotPreload(registry, config.registryUrl, config.pageOrigin),
  );
  const subscribe = useCallback(
    (onChange: () => void) => (restoring ? () => undefined : observers.subscribe(onChange)),
    [observers, restoring],
  );
  const current = useSyncExternalStore(subscribe, observers.getSnapshot, observers.getSnapshot);
  // The figures (this hook's dataset, the engine's model, the screens) follow a new picture in a
  // background render, in slices, while the last one stays on screen. A new registry's feeds are
  // taken at once: the last picture belongs to other units.
  const deferred = useDeferredValue(current);
  const results = deferred.length === queries.length ? deferred : current;
  const feeds = useMemo(
    () =>
      results.map((r, i): FeedEntry => {
        const status = feedStatus(r);
        return {
          unit: units[i]!,
          status,
          result: r.data,
          // Trying again after a failure: automatically (transient) or because the user asked.
          retrying: r.fetchStatus === 'fetching' && (r.failureCount > 0 || r.status === 'error'),
          savedCopy: r.data !== undefined && (r.data.fromSavedCopy === true || isFailed(status)),
        };
      }),
    [results, units],
  );

  // A feed turning slow changes what Data health says, not the engine's input.
  const dataset = useMemo(() => registry && toDataset(registry, feeds), [registry, feeds]);
  const shownFeeds = useMemo(() => markSlow(feeds, slowIds), [feeds, slowIds]);

  const state = useMemo((): DatasetState | null => {
    if (!registry || !dataset) return null;
    return {
      registry,
      dataset,
      feeds: shownFeeds,
      settled: feeds.filter((f) => f.status.kind !== 'loading').length,
      total: feeds.length,
      progress: observers,
    };
  }, [registry, dataset, feeds, shownFeeds, observers]);

  return { registryQuery, state };
}

/** Reads the snapshot's feeds at the places asked, all at once. */
function snapshotPreload(registry: Registry, registryUrl: string, pageOrigin: string): FeedPreload {
  return (indices, onSettled) =>
    loadSnapshotFeeds(
      indices.map((index) => ({ index, unit: registry.units[index]! })),
      registryUrl,
      registry.asOf,
      pageOrigin,
      onSettled,
    );
}
