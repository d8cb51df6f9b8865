import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FEED_GRACE_MS, FeedObservers, type FeedPreload } from '../../../src/data/feed-observers';
import type { SettledFeed } from '../../../src/data/pipeline-client';
import type { FeedResult } from '../../../src/data/load-documents';

function deferred() {
  let resolve!: (value: FeedResult) => void;
  const promise = new Promise<FeedResult>((r) => (resolve = r));
  return { promise, resolve };
}

const result = (unitId: string): FeedResult => ({
  unitId,
  url: `https://x.test/${unitId}.json`,
  updatedAt: null,
  updatedAtInvalid: null,
  observations: [],
  rejections: [],
  receivedAt: 0,
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Observers of feeds that each arrive when the test resolves them. */
function observeFeeds(ids: string[], provisional = true) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const feeds = ids.map((id) => ({ id, ...deferred() }));
  const observers = new FeedObservers<string[]>(client);
  observers.setQueries(
    feeds.map((f) =>
      client.defaultQueryOptions({ queryKey: ['feed', f.id], queryFn: () => f.promise }),
    ),
    provisional,
  );
  return { feeds, observers };
}

describe('FeedObservers: one picture at the grace period, one at settle', () => {
  it('holds arrivals from the screen until the grace period, then until every feed settles; the counter follows each', async () => {
    vi.useFakeTimers();
    const { feeds, observers } = observeFeeds(['a', 'b', 'c']);
    const screen = vi.fn();
    const counter = vi.fn();
    observers.subscribe(screen);
    observers.subscribeSettled(counter);
    const shown = () => observers.getSnapshot().map((r) => r.status);

    feeds[0]!.resolve(result('a'));
    await vi.advanceTimersByTimeAsync(600);
    expect(observers.getSettled()).toBe(1);
    expect(counter).toHaveBeenCalled();
    expect(screen).not.toHaveBeenCalled();
    expect(shown()).toEqual(['pending', 'pending', 'pending']);

    await vi.advanceTimersByTimeAsync(FEED_GRACE_MS);
    expect(screen).toHaveBeenCalledTimes(1);
    expect(shown()).toEqual(['success', 'pending', 'pending']);

    feeds[1]!.resolve(result('b'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(observers.getSettled()).toBe(2);
    expect(screen).toHaveBeenCalledTimes(1);

    feeds[2]!.resolve(result('c'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(screen).toHaveBeenCalledTimes(2);
    expect(shown()).toEqual(['success', 'success', 'success']);
  });

  it('without a provisional picture, holds arrivals from the screen until every feed settles', async () => {
    vi.useFakeTimers();
    const { feeds, observers } = observeFeeds(['a', 'b'], false);
    const screen = vi.fn();
    observers.subscribe(screen);

    feeds[0]!.resolve(result('a'));
    await vi.advanceTimersByTimeAsync(FEED_GRACE_MS * 10);
    expect(observers.getSettled()).toBe(1);
    expect(screen).not.toHaveBeenCalled();
    expect(observers.getSnapshot().map((r) => r.status)).toEqual(['pending', 'pending']);

    feeds[1]!.resolve(result('b'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(screen).toHaveBeenCalledTimes(1);
    expect(observers.getSnapshot().map((r) => r.status)).toEqual(['success', 'success']);
  });

  it('shows the settled picture as soon as the last feed settles, not when the next batch is due', async () => {
    vi.useFakeTimers();
    const { feeds, observers } = observeFeeds(['a', 'b', 'c'], false);
    const screen = vi.fn();
    observers.subscribe(screen);
    feeds[0]!.resolve(result('a'));
    await vi.advanceTimersByTimeAsync(60);
    expect(observers.getSettled()).toBe(1);

    // The next batch is due 50 ms after the last: the last feeds' arrival does not wait for it.
    feeds[1]!.resolve(result('b'));
    feeds[2]!.resolve(result('c'));
    await vi.advanceTimersByTimeAsync(0);
    expect(screen).toHaveBeenCalledTimes(1);
    expect(observers.getSettled()).toBe(3);
    expect(observers.getSnapshot().map((r) => r.status)).toEqual(['success', 'success', 'success']);
  });
});

describe('FeedObservers: thousands of feeds set up a slice per task', () => {
  it('observes (and so fetches) the first few hundred feeds at once and the rest in later tasks', async () => {
    vi.useFakeTimers();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const asked = new Set<string>();
    const ids = Array.from({ length: 1_000 }, (_, i) => `u${i}`);
    const observers = new FeedObservers<string[]>(client);
    observers.setQueries(
      ids.map((id) =>
        client.defaultQueryOptions({
          queryKey: ['feed', id],
          queryFn: () => {
            asked.add(id);
            return new Promise<FeedResult>(() => undefined);
          },
        }),
      ),
    );
    observers.subscribe(() => undefined);
    const first = asked.size;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(250);
    expect(asked.has('u0')).toBe(true);

    await vi.advanceTimersByTimeAsync(0);
    expect(asked.size).toBeGreaterThan(first);
    await vi.runAllTimersAsync();
    expect(asked.size).toBe(1_000);
  });

  it('ends a slice early when setting up its observers is slow, and sets up the rest later', async () => {
    vi.useFakeTimers();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const asked = new Set<string>();
    // A slow device: each feed's set-up takes 4 ms by the clock the slices are measured with.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const ids = Array.from({ length: 300 }, (_, i) => `u${i}`);
    const observers = new FeedObservers<string[]>(client);
    // As on the page: the screen listens before the registry's feeds are known.
    observers.subscribe(() => undefined);
    observers.setQueries(
      ids.map((id) =>
        client.defaultQueryOptions({
          queryKey: ['feed', id],
          queryFn: () => {
            now += 4;
            asked.add(id);
            return new Promise<FeedResult>(() => undefined);
          },
        }),
      ),
    );
    const first = asked.size;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(10);

    await vi.runAllTimersAsync();
    expect(asked.size).toBe(300);
  });
});

describe('FeedObservers: a snapshot’s feeds read at once', () => {
  const snapshotClient = () =>
    new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 } } });

  /** Options as a snapshot's feed queries have them (feedQueryOptions), with a counted queryFn. */
  function snapshotOptions(client: QueryClient, ids: string[]) {
    const fetched: string[] = [];
    const options = ids.map((id) =>
      client.defaultQueryOptions({
        queryKey: ['feed', id],
        queryFn: () => {
          fetched.push(id);
          return new Promise<FeedResult>(() => undefined);
        },
        staleTime: Infinity,
        retryOnMount: false,
      }),
    );
    return { options, fetched };
  }

  /** A preload that hands each call's indices and its answer back to the test. */
  function heldPreload() {
    const calls: { indices: number[]; answer: (feeds: SettledFeed[]) => void }[] = [];
    const preload: FeedPreload = (indices, onSettled) => calls.push({ indices, answer: onSettled });
    return { preload, calls };
  }

  it('puts each outcome in its query, shows the settled picture once, and no query fetches', async () => {
    vi.useFakeTimers();
    const client = snapshotClient();
    const { options, fetched } = snapshotOptions(client, ['a', 'b', 'c']);
    const { preload, calls } = heldPreload();
    const observers = new FeedObservers<string[]>(client);
    observers.setQueries(options, false, preload);
    const screen = vi.fn();
    observers.subscribe(screen);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.indices)).toEqual([[0, 1, 2]]);

    calls[0]!.answer([{ index: 1, outcome: { ok: true, value: result('b') } }]);
    await vi.advanceTimersByTimeAsync(100);
    expect(observers.getSettled()).toBe(1);
    expect(screen).not.toHaveBeenCalled();

    calls[0]!.answer([
      { index: 0, outcome: { ok: true, value: result('a') } },
      { index: 2, outcome: { ok: false, kind: 'http', detail: { status: 503 } } },
    ]);
    expect(screen).toHaveBeenCalledTimes(1);
    expect(observers.getSnapshot().map((r) => r.status)).toEqual(['success', 'success', 'error']);
    expect(client.getQueryData(['feed', 'a'])).toEqual(result('a'));
    const failed = client.getQueryState(['feed', 'c']);
    expect(failed?.status).toBe('error');
    expect(failed?.error).toMatchObject({ kind: 'http', detail: { status: 503 } });

    // The observers set up afterwards find every feed settled: nothing fetched, nothing re-shown.
    await vi.runAllTimersAsync();
    expect(fetched).toEqual([]);
    expect(screen).toHaveBeenCalledTimes(1);
    expect(observers.getSnapshot().map((r) => r.status)).toEqual(['success', 'success', 'error']);
  });

  it('reads only the feeds without an outcome, a thousand per task', async () => {
    vi.useFakeTimers();
    const client = snapshotClient();
    const ids = Array.from({ length: 2_500 }, (_, i) => `u${i}`);
    const { options, fetched } = snapshotOptions(client, ids);
    client.setQueryData(['feed', 'u1'], result('u1'));
    const { preload, calls } = heldPreload();
    const observers = new FeedObservers<string[]>(client);
    observers.setQueries(options, false, preload);
    observers.subscribe(() => undefined);

    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.indices).toHaveLength(999);
    expect(calls[0]!.indices.slice(0, 2)).toEqual([0, 2]);
    await vi.runAllTimersAsync();
    expect(calls.map((c) => c.indices.length)).toEqual([999, 1_000, 500]);
    expect(observers.getSettled()).toBe(1);

    for (const call of calls) {
      call.answer(
        call.indices.map((index) => ({ index, outcome: { ok: true, value: result(ids[index]!) } })),
      );
    }
    await vi.runAllTimersAsync();
    expect(observers.getSettled()).toBe(2_500);
    expect(observers.getSnapshot().every((r) => r.status === 'success')).toBe(true);
    expect(fetched).toEqual([]);
  });
});
