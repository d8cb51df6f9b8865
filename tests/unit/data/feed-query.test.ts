import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { FeedResult } from '../../../src/data/load-documents';
import type { Registry, RegistryUnit } from '../../../src/data/parse-registry';
import { feedQueryOptions, registryFeedQueries } from '../../../src/data/queries/feed-query';

const UNIT: RegistryUnit = {
  id: 'X1',
  kind: 'province',
  name: { vi: 'Tỉnh X', en: 'X Province' },
  region: null,
  feed: 'https://example.test/feeds/X1.json',
};
const REGISTRY = 'https://example.test/registry.json';
const ORIGIN = 'https://example.test';
const AS_OF = 2020 * 12 + 7;
const RESULT: FeedResult = {
  unitId: 'X1',
  url: UNIT.feed,
  updatedAt: null,
  updatedAtInvalid: null,
  observations: [],
  rejections: [],
  receivedAt: 0,
};

/** The feed's query after one answer, as a screen's observer sees it (client default: stale at once). */
async function answered(takenAt: string | null) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: 0, retry: false } } });
  const options = {
    ...feedQueryOptions(UNIT, REGISTRY, AS_OF, ORIGIN, takenAt),
    queryFn: () => RESULT,
  };
  await client.fetchQuery(options);
  const observer = new QueryObserver(client, options);
  return {
    stale: observer.getCurrentResult().isStale,
    key: options.queryKey,
  };
}

describe('feedQueryOptions', () => {
  it('a live feed follows the client’s staleness; a snapshot’s feed never goes stale', async () => {
    expect((await answered(null)).stale).toBe(true);
    expect((await answered('2020-09-05T08:00:00+07:00')).stale).toBe(false);
  });

  it('a new snapshot is another query; live and snapshot copies never share one', async () => {
    const live = (await answered(null)).key;
    const first = (await answered('2020-09-05T08:00:00+07:00')).key;
    const second = (await answered('2020-10-05T08:00:00+07:00')).key;
    expect(first).not.toEqual(live);
    expect(second).not.toEqual(first);
  });

  it('a snapshot’s recorded failure is not asked again by an observer set up on it; a live one is', async () => {
    const asked = async (takenAt: string | null) => {
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      let calls = 0;
      const options = {
        ...feedQueryOptions(UNIT, REGISTRY, AS_OF, ORIGIN, takenAt),
        queryFn: () => {
          calls++;
          return Promise.reject(new Error('failed'));
        },
      };
      await client.prefetchQuery(options);
      const unsubscribe = new QueryObserver(client, options).subscribe(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 0));
      unsubscribe();
      return calls;
    };
    expect(await asked('2020-09-05T08:00:00+07:00')).toBe(1);
    expect(await asked(null)).toBe(2);
  });

  it('keeps every feed for the page’s life: no garbage-collection timer per feed', () => {
    // Read from the options: outside a browser TanStack never collects, whatever they say.
    for (const takenAt of [null, '2020-09-05T08:00:00+07:00']) {
      expect(feedQueryOptions(UNIT, REGISTRY, AS_OF, ORIGIN, takenAt).gcTime).toBe(Infinity);
    }
  });
});

describe('registryFeedQueries', () => {
  const second: RegistryUnit = { ...UNIT, id: 'Y2', feed: 'https://example.test/feeds/Y2.json' };
  const registryOf = (snapshot?: { takenAt: string }): Registry => ({
    asOf: AS_OF,
    regions: [],
    units: [UNIT, second],
    targets: [],
    national: null,
    rankings: null,
    problems: [],
    ...(snapshot ? { snapshot } : {}),
  });

  it('is one query per unit, in the registry’s order, with its period and snapshot', () => {
    const snapshot = { takenAt: '2020-09-05T08:00:00+07:00' };
    const keys = registryFeedQueries(registryOf(snapshot), REGISTRY, ORIGIN).map((q) => q.queryKey);
    expect(keys).toEqual([
      feedQueryOptions(UNIT, REGISTRY, AS_OF, ORIGIN, snapshot.takenAt).queryKey,
      feedQueryOptions(second, REGISTRY, AS_OF, ORIGIN, snapshot.takenAt).queryKey,
    ]);
  });

  it('is the same list for the same registry and addresses, however often it is asked for', () => {
    // A render React sets aside and starts again asks again: a new list would restart every feed.
    const registry = registryOf();
    const first = registryFeedQueries(registry, REGISTRY, ORIGIN);
    expect(registryFeedQueries(registry, REGISTRY, ORIGIN)).toBe(first);
    expect(registryFeedQueries(registryOf(), REGISTRY, ORIGIN)).not.toBe(first);
    expect(registryFeedQueries(registry, `${REGISTRY}?v=2`, ORIGIN)).not.toBe(first);
    expect(registryFeedQueries(registry, REGISTRY, 'https://other.test')).not.toBe(first);
  });
});
