import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FEED_GRACE_MS, FeedObservers } from '../../../src/data/feed-observers';
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

afterEach(() => vi.useRealTimers());

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
});
