import { queryOptions } from '@tanstack/react-query';
import type { MonthIndex } from '../../domain/period';
import { cachedBy } from '../../lib/cached-by';
import { loadFeed } from '../pipeline-client';
import type { Registry, RegistryUnit } from '../parse-registry';

/** The start of every feed query's key for a registry, or for one unit of it (for retries). */
export function feedKeyPrefix(registryUrl: string, unitId?: string) {
  return unitId === undefined
    ? (['feed', registryUrl] as const)
    : (['feed', registryUrl, unitId] as const);
}

const feedKey = (
  unit: RegistryUnit,
  registryUrl: string,
  asOf: MonthIndex | null,
  snapshotTakenAt: string | null,
) => [...feedKeyPrefix(registryUrl, unit.id), unit.feed, asOf, snapshotTakenAt] as const;

export type FeedQueryKey = ReturnType<typeof feedKey>;

/**
 * One unit's feed. `snapshotTakenAt` is set when the registry came from a snapshot (contract §8):
 * the feed is then read from that document, which never changes, so it is never stale; a new
 * snapshot is another key.
 *
 * No timers per feed: with 10,000 feeds, TanStack's garbage-collection timer (and a snapshot
 * feed's staleness timer) cost the page 20,000 setTimeout calls while the feeds arrive. A feed
 * query lives as long as the page (the screens observe every feed of the registry), which also
 * keeps a restored copy for as long as the persister may show it.
 */
export function feedQueryOptions(
  unit: RegistryUnit,
  registryUrl: string,
  asOf: MonthIndex | null,
  pageOrigin: string,
  snapshotTakenAt: string | null = null,
) {
  const fromSnapshot = snapshotTakenAt !== null;
  return queryOptions({
    queryKey: feedKey(unit, registryUrl, asOf, snapshotTakenAt),
    // A snapshot's feed is read from a document the worker already holds: there is nothing to
    // cancel, and not asking for the signal spares the page an abort listener per feed.
    queryFn: fromSnapshot
      ? () => loadFeed(unit, registryUrl, asOf, pageOrigin, true)
      : ({ signal }) => loadFeed(unit, registryUrl, asOf, pageOrigin, false, signal),
    gcTime: Infinity,
    // A snapshot's failure is what it recorded: an observer set up on it does not ask again.
    ...(fromSnapshot ? { staleTime: Infinity, retryOnMount: false } : {}),
  });
}

export type FeedQueryOptions = ReturnType<typeof feedQueryOptions>;

const queriesOf = cachedBy((_registry: Registry) => new Map<string, FeedQueryOptions[]>());

/**
 * Every unit's feed query, in the registry's order: the same array for as long as the registry
 * and the addresses are the same. Not a render's memo: React may set a render aside and start it
 * again without its memos, and a new list would make the feed observers stop every feed in
 * flight and start it again.
 */
export function registryFeedQueries(
  registry: Registry,
  registryUrl: string,
  pageOrigin: string,
): readonly FeedQueryOptions[] {
  const byAddress = queriesOf(registry);
  const key = `${registryUrl} ${pageOrigin}`;
  let queries = byAddress.get(key);
  if (queries === undefined) {
    const takenAt = registry.snapshot?.takenAt ?? null;
    queries = registry.units.map((u) =>
      feedQueryOptions(u, registryUrl, registry.asOf, pageOrigin, takenAt),
    );
    byAddress.set(key, queries);
  }
  return queries;
}
