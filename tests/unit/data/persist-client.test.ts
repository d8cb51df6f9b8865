import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { describe, expect, it } from 'vitest';
import {
  PERSISTENCE,
  deserializeClient,
  persistBuster,
  prepareForSaving,
} from '../../../src/data/persist-client';
import {
  dehydratedQuery,
  persistedClient,
  type DehydratedQuery,
} from '../../support/dehydrated-query';

const DAY = 24 * 60 * 60_000;
const NOW = Date.UTC(2020, 7, 25, 10, 0);
const LIMITS = { maxAgeMs: 30 * DAY, maxChars: 1_000_000 };

type Query = DehydratedQuery;

function query(
  key: readonly unknown[],
  data: unknown,
  updatedAt: number,
  status: 'success' | 'error' | 'pending' = 'success',
): Query {
  return dehydratedQuery(key, data, updatedAt, { status, dehydratedAt: NOW });
}

function client(queries: Query[]): PersistedClient {
  return persistedClient(queries, NOW);
}

const registry = query(['registry', 'u'], { units: [] }, NOW - DAY);
const feedA = query(
  ['feed', 'u', 'A', 'feeds/A.json', 1],
  { unitId: 'A', receivedAt: 1 },
  NOW - DAY,
);
const feedB = query(
  ['feed', 'u', 'B', 'feeds/B.json', 1],
  { unitId: 'B', receivedAt: 2 },
  NOW - DAY,
);

describe('what is saved in the browser', () => {
  it('keeps documents with data; a failed refresh keeps its last good data, without the error', () => {
    const failed = query(
      ['feed', 'u', 'C', 'feeds/C.json', 1],
      { unitId: 'C' },
      NOW - DAY,
      'error',
    );
    const saved = prepareForSaving(client([registry, feedA, failed]), NOW, LIMITS).client;
    expect(saved.clientState.queries.map((q) => q.queryKey[2] ?? q.queryKey[0])).toEqual([
      'registry',
      'A',
      'C',
    ]);
    const c = saved.clientState.queries[2]!;
    expect(c.state).toMatchObject({ status: 'success', error: null, fetchFailureReason: null });
    expect(c.state.data).toEqual({ unitId: 'C' });
  });

  it('leaves out queries without data, other queries, and data older than maxAge', () => {
    const pending = query(['feed', 'u', 'D', 'feeds/D.json', 1], undefined, 0, 'pending');
    const other = query(['something-else'], { x: 1 }, NOW);
    const old = query(['feed', 'u', 'E', 'feeds/E.json', 1], { unitId: 'E' }, NOW - 31 * DAY);
    const saved = prepareForSaving(client([pending, other, old, feedA]), NOW, LIMITS).client;
    expect(saved.clientState.queries.map((q) => q.queryKey[2])).toEqual(['A']);
  });

  it('writes the same text as JSON.stringify, saved once or again with the same documents', () => {
    const saved = [registry, feedA, feedB];
    const expected = JSON.stringify({
      buster: 'b',
      timestamp: NOW,
      clientState: {
        mutations: [],
        queries: prepareForSaving(client(saved), NOW, LIMITS).client.clientState.queries,
      },
    });
    const first = JSON.parse(prepareForSaving(client(saved), NOW, LIMITS).json) as unknown;
    const again = JSON.parse(prepareForSaving(client(saved), NOW, LIMITS).json) as unknown;
    expect(first).toEqual(JSON.parse(expected));
    expect(again).toEqual(first);
  });

  it('stays under the size bound: the registry first, then feeds in order until it is full', () => {
    const big = (id: string) =>
      query(['feed', 'u', id, `feeds/${id}.json`, 1], { unitId: id, pad: 'x'.repeat(400) }, NOW);
    const all = client([big('A'), big('B'), big('C'), registry]);
    // Room for the registry and two feeds, not three.
    const room = prepareForSaving(client([registry, big('A'), big('B')]), NOW, LIMITS).json.length;
    const limits = { ...LIMITS, maxChars: room + 100 };
    const { client: saved, json } = prepareForSaving(all, NOW, limits);
    expect(json.length).toBeLessThanOrEqual(room + 100);
    expect(saved.clientState.queries.map((q) => q.queryKey[2] ?? q.queryKey[0])).toEqual([
      'registry',
      'A',
      'B',
    ]);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(saved)));
  });
});

describe('what is read back', () => {
  it('round-trips and marks every document as a saved copy', () => {
    const text = prepareForSaving(client([registry, feedA, feedB]), NOW, LIMITS).json;
    const restored = deserializeClient(text, NOW + DAY, LIMITS);
    expect(restored.buster).toBe('b');
    expect(restored.clientState.queries).toHaveLength(3);
    for (const q of restored.clientState.queries) {
      expect(q.state.data).toMatchObject({ fromSavedCopy: true });
    }
    expect(restored.clientState.queries[1]!.state.data).toMatchObject({ unitId: 'A' });
  });

  it('drops copies that grew older than maxAge since they were saved', () => {
    const text = prepareForSaving(client([feedA]), NOW, LIMITS).json;
    // feedA arrived a day before NOW: it is 30 days old at NOW + 29 days.
    expect(deserializeClient(text, NOW + 29 * DAY + 1, LIMITS).clientState.queries).toHaveLength(0);
    expect(deserializeClient(text, NOW + 29 * DAY, LIMITS).clientState.queries).toHaveLength(1);
  });

  it('throws on anything it did not write, so the persister discards it', () => {
    expect(() => deserializeClient('not json', NOW, LIMITS)).toThrow();
    expect(() => deserializeClient('{"clientState":{}}', NOW, LIMITS)).toThrow(/no queries/);
    expect(() => deserializeClient('{"clientState":{"queries":[42]}}', NOW, LIMITS)).toThrow(
      /malformed/,
    );
  });

  it('keys saved copies to the deployment and the mock scenario', () => {
    expect(persistBuster('https://a/registry.json', null)).not.toBe(
      persistBuster('https://b/registry.json', null),
    );
    expect(persistBuster('http://x/mock-api/registry.json', 'default')).not.toBe(
      persistBuster('http://x/mock-api/registry.json', 'faults'),
    );
  });
});

describe('the age bound', () => {
  it('fits a browser timer (it is also the cache gcTime): at most 2^31 − 1 ms', () => {
    expect(PERSISTENCE.maxAgeMs).toBeLessThanOrEqual(2 ** 31 - 1);
    expect(PERSISTENCE.maxAgeMs).toBeGreaterThanOrEqual(14 * DAY);
  });
});
