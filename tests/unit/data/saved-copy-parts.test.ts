import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { describe, expect, it } from 'vitest';
import { prepareForSaving, savedParts, writeSavedTexts } from '../../../src/data/persist-client';
import { HeldParts, inMessages, SentParts } from '../../../src/data/saved-copy-parts';
import {
  dehydratedQuery,
  persistedClient,
  type DehydratedQuery,
} from '../../support/dehydrated-query';

const NOW = Date.UTC(2020, 7, 25, 10, 0);
const LIMITS = { maxAgeMs: 30 * 24 * 60 * 60_000, maxChars: 1_000_000 };
type Query = DehydratedQuery;

const feed = (id: string, data: object, updatedAt: number, dehydratedAt: number): Query =>
  dehydratedQuery(['feed', 'u', id], data, updatedAt, { dehydratedAt });
const client = (queries: Query[]) => persistedClient(queries, NOW);

/** One save, page then worker: the text the worker writes, and how many documents crossed. */
function save(sent: SentParts, held: HeldParts, queries: Query[]) {
  const { head, parts } = savedParts(client(queries), NOW, LIMITS);
  const update = sent.update(parts);
  return { text: held.apply(head, update), crossed: update.changed.length };
}

describe('the saved copy crosses to the worker in parts', () => {
  const a = { unitId: 'A', observations: [1] };
  const b = { unitId: 'B', observations: [2] };

  it('writes the text prepareForSaving gives, sending each unchanged document only once', () => {
    const sent = new SentParts();
    const held = new HeldParts();
    const first = [feed('A', a, NOW - 5, NOW), feed('B', b, NOW - 4, NOW)];
    expect(save(sent, held, first)).toEqual({
      text: prepareForSaving(client(first), NOW, LIMITS).json,
      crossed: 2,
    });
    // The next save: the same documents, dehydrated again ten seconds later.
    const again = [feed('A', a, NOW - 5, NOW + 10_000), feed('B', b, NOW - 4, NOW + 10_000)];
    expect(save(sent, held, again)).toEqual({
      text: prepareForSaving(client(again), NOW, LIMITS).json,
      crossed: 0,
    });
  });

  it('sends a refreshed document again, and drops one no longer saved', () => {
    const sent = new SentParts();
    const held = new HeldParts();
    save(sent, held, [feed('A', a, NOW - 5, NOW), feed('B', b, NOW - 4, NOW)]);
    const refreshed = [feed('A', { ...a, observations: [1, 3] }, NOW - 1, NOW + 1)];
    const { text, crossed } = save(sent, held, refreshed);
    expect(crossed).toBe(1);
    expect(text).toBe(prepareForSaving(client(refreshed), NOW, LIMITS).json);
    expect((JSON.parse(text!) as PersistedClient).clientState.queries).toHaveLength(1);
  });

  it('writes nothing when the worker lacks a part, and the next save sends them all', () => {
    const sent = new SentParts();
    const queries = [feed('A', a, NOW - 5, NOW), feed('B', b, NOW - 4, NOW)];
    save(sent, new HeldParts(), queries);
    // A worker that never received the first save (a new one, say).
    const fresh = new HeldParts();
    expect(save(sent, fresh, queries)).toEqual({ text: null, crossed: 0 });
    sent.reset();
    expect(save(sent, fresh, queries)).toEqual({
      text: prepareForSaving(client(queries), NOW, LIMITS).json,
      crossed: 2,
    });
  });

  it('crosses in several messages when many documents are new, and writes their text in slices', () => {
    const queries = ['A', 'B', 'C', 'D', 'E'].map((id, i) =>
      feed(id, { unitId: id, observations: [i] }, NOW - i, NOW),
    );
    // Told to stop after every second document: three calls leave none.
    let asked = 0;
    const everySecond = () => ++asked % 2 === 0;
    expect(writeSavedTexts(queries, everySecond)).toBe(true);
    expect(writeSavedTexts(queries, everySecond)).toBe(true);
    expect(writeSavedTexts(queries, everySecond)).toBe(false);
    expect(asked).toBe(5);
    const { head, parts } = savedParts(client(queries), NOW, LIMITS);
    const { order, changed } = new SentParts().update(parts);
    // Messages of at most two documents' JSON: three of them, the last sent with the update.
    const two = changed[0]![1].length + changed[1]![1].length;
    const messages = inMessages(changed, two);
    expect(messages.map((m) => m.map(([id]) => id))).toEqual([
      order.slice(0, 2),
      order.slice(2, 4),
      order.slice(4),
    ]);
    const held = new HeldParts();
    for (const message of messages.slice(0, -1)) held.add(message);
    expect(held.apply(head, { order, changed: messages.at(-1)! })).toBe(
      prepareForSaving(client(queries), NOW, LIMITS).json,
    );
  });

  it('sends a document larger than a message alone, and nothing when nothing changed', () => {
    const parts: [string, string][] = [
      ['a', 'x'.repeat(5)],
      ['b', 'x'.repeat(20)],
      ['c', 'x'.repeat(3)],
      ['d', 'x'.repeat(4)],
    ];
    expect(inMessages(parts, 10).map((m) => m.map(([id]) => id))).toEqual([
      ['a'],
      ['b'],
      ['c', 'd'],
    ]);
    expect(inMessages([], 10)).toEqual([]);
  });
});
