import type { PersistedClient } from '@tanstack/react-query-persist-client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deserializeClient, prepareForSaving } from '../../../src/data/persist-client';
import { configureProperties } from './settings';

configureProperties();

type Query = PersistedClient['clientState']['queries'][number];
const NOW = Date.UTC(2020, 7, 25, 10, 0);
const DAY = 86_400_000;

const queryArb = fc
  .record({
    kind: fc.constantFrom('registry', 'feed', 'national', 'rankings', 'other'),
    id: fc.string({ maxLength: 4 }),
    data: fc.option(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })), {
      nil: undefined,
    }),
    ageDays: fc.integer({ min: 0, max: 60 }),
    status: fc.constantFrom('success' as const, 'error' as const, 'pending' as const),
  })
  .map((q): Query => ({
    queryKey: [q.kind, 'u', q.id],
    queryHash: JSON.stringify([q.kind, 'u', q.id]),
    dehydratedAt: NOW,
    state: {
      data: q.data,
      dataUpdateCount: 1,
      dataUpdatedAt: q.data === undefined ? 0 : NOW - q.ageDays * DAY,
      error: q.status === 'error' ? new Error('x') : null,
      errorUpdateCount: 0,
      errorUpdatedAt: 0,
      fetchFailureCount: 0,
      fetchFailureReason: null,
      fetchMeta: null,
      isInvalidated: false,
      status: q.status,
      fetchStatus: 'idle',
    },
  }));

describe('the saved copy, for any cache', () => {
  it('stays within the size and age bounds and reads back as it was written', () => {
    fc.assert(
      fc.property(
        fc.array(queryArb, { maxLength: 25 }),
        fc.integer({ min: 200, max: 5000 }),
        (queries, maxChars) => {
          const limits = { maxAgeMs: 30 * DAY, maxChars };
          const { json, client } = prepareForSaving(
            { buster: 'b', timestamp: NOW, clientState: { mutations: [], queries } },
            NOW,
            limits,
          );
          expect(json.length).toBeLessThanOrEqual(maxChars);
          for (const q of client.clientState.queries) {
            expect(q.state.data).toBeDefined();
            expect(q.state.status).toBe('success');
            expect(NOW - q.state.dataUpdatedAt).toBeLessThanOrEqual(30 * DAY);
            expect(q.queryKey[0]).not.toBe('other');
          }
          const restored = deserializeClient(json, NOW, limits);
          expect(restored.clientState.queries.map((q) => q.queryHash)).toEqual(
            client.clientState.queries
              .filter(
                (q) =>
                  typeof q.state.data === 'object' &&
                  q.state.data !== null &&
                  !Array.isArray(q.state.data),
              )
              .map((q) => q.queryHash),
          );
        },
      ),
    );
  });
});
