import {
  hashKey,
  hydrate,
  QueryObserver,
  type DehydratedState,
  type QueryClient,
  type QueryKey,
  type QueryObserverOptions,
  type QueryObserverResult,
} from '@tanstack/react-query';
import type { FeedResult } from './load-documents';
import { stopAfter } from '../lib/stop-after';
import { whenIdle } from '../lib/when-idle';
import { failureOf } from './outcome';
import type { SettledFeed } from './pipeline-client';

export type FeedQueryResult = QueryObserverResult<FeedResult>;
type FeedObserverOptions<K extends QueryKey> = QueryObserverOptions<
  FeedResult,
  Error,
  FeedResult,
  FeedResult,
  K
>;

/**
 * Observers set up per task: 10,000 at once would hold the page for over a second, and 250 made
 * tasks of 60–110 ms whenever a garbage collection fell in one (10,022 feeds, Chromium 150).
 */
const CHUNK = 100;

/**
 * And no longer than this per task: while the registry's first frame is drawn and the first feeds
 * arrive, 100 observers took 60–95 ms (10,022 feeds, Chromium 150, a 2-core machine).
 */
const CHUNK_MS = 10;

/** Observers set up per task once every feed has its outcome: none of them fetches then. */
const SETTLED_CHUNK = 1_000;

/**
 * Reads the feeds at the given places of the list at once (a snapshot's), handing their outcomes
 * back in batches.
 */
export type FeedPreload = (indices: number[], onSettled: (feeds: SettledFeed[]) => void) => void;

/**
 * How long the screens wait for every feed before showing the provisional figures of those that
 * have arrived. Until then, and from then until the last feed settles, they are not re-rendered
 * as feeds arrive: one picture at the grace period (if the feeds have not settled by then), one
 * when they have. Only the progress counter follows each arrival.
 */
export const FEED_GRACE_MS = 1_500;

/** A feed that has arrived or failed (or is retrying after a failure, or waits for the network). */
function isSettled(r: FeedQueryResult): boolean {
  return r.status !== 'pending' || r.failureCount > 0 || r.fetchStatus === 'paused';
}

/**
 * What a feed whose observer is not set up yet shows: waiting, like any feed not yet arrived.
 * Only the fields the dashboard reads (use-dataset.ts) matter.
 */
const NOT_STARTED = Object.freeze({
  status: 'pending',
  fetchStatus: 'idle',
  data: undefined,
  error: null,
  failureReason: null,
  failureCount: 0,
}) as unknown as FeedQueryResult;

/**
 * One TanStack QueryObserver per feed, with their results delivered to the screen together at
 * most every few tens of milliseconds (feedUpdateIntervalMs). It does what `useQueries` does for
 * the feeds, without the costs that grow with the number of feeds on every update: `useQueries`
 * re-derives every feed's result on each render and copies its results array on each single
 * feed's update, which at 10,000 feeds kept the main thread busy and let only a few dozen feeds
 * arrive per second. Observers are set up CHUNK at a time (or CHUNK_MS), one task each, so the
 * first screen paints at once even for 10,000 feeds (the fetch limiter lets only a few go at once
 * anyway).
 */
export class FeedObservers<K extends QueryKey> {
  #client: QueryClient;
  #intervalMs = 50;
  #options: readonly FeedObserverOptions<K>[] = [];
  #observers: QueryObserver<FeedResult, Error, FeedResult, FeedResult, K>[] = [];
  #results: FeedQueryResult[] = [];
  #snapshot: readonly FeedQueryResult[] = [];
  #listeners = new Set<() => void>();
  #unsubscribes: ((() => void) | undefined)[] = [];
  #flushTimer: ReturnType<typeof setTimeout> | null = null;
  /** Cancels the next slice of set-up work, while one waits. */
  #cancelChunk: (() => void) | null = null;
  #lastFlush = 0;
  /** 'waiting' until the grace period ends, 'provisional' until every feed settles, then 'live'. */
  #phase: 'waiting' | 'provisional' | 'live' = 'waiting';
  #graceMs: number;
  #graceTimer: ReturnType<typeof setTimeout> | null = null;
  #settled = 0;
  /** Feeds settled in #results, kept as each result comes (#settled is as of the last flush). */
  #settledNow = 0;
  #progressListeners = new Set<() => void>();
  /** Set while the feeds are read at once, until the observers are set up on their outcomes. */
  #preload: FeedPreload | null = null;
  #preloadStarted = false;

  constructor(client: QueryClient, graceMs = FEED_GRACE_MS) {
    this.#client = client;
    this.#graceMs = graceMs;
  }

  /** Feeds settled so far: follows every arrival, unlike the results the screens see. */
  getSettled = (): number => this.#settled;

  subscribeSettled = (listener: () => void): (() => void) => {
    this.#progressListeners.add(listener);
    return () => this.#progressListeners.delete(listener);
  };

  /**
   * The feeds to observe (each observer applies the client's defaults as it is set up). A new
   * list replaces the observers; the first slice is set up at once (all of a usual registry on
   * a desktop).
   * Without `provisional`, the screens wait for every feed, however long: for a snapshot's
   * feeds, read from one document the data worker already holds, none of which can hang, a
   * provisional picture would only hold back the settled one. With `preload`, the feeds are read
   * at once and the observers set up only once every feed has its outcome (see #startPreload).
   */
  setQueries(
    options: readonly FeedObserverOptions<K>[],
    provisional = true,
    preload: FeedPreload | null = null,
  ): void {
    if (options === this.#options) return;
    this.#unsubscribeAll();
    this.#cancelChunk?.();
    this.#cancelChunk = null;
    this.#options = options;
    this.#intervalMs = feedUpdateIntervalMs(options.length);
    this.#observers = [];
    this.#results = options.map(() => NOT_STARTED);
    this.#settledNow = 0;
    this.#preload = preload;
    this.#preloadStarted = false;
    if (preload === null) this.#setUpChunk();
    this.#snapshot = this.#results.slice();
    this.#settled = this.#settledNow;
    this.#phase = this.#settled === this.#results.length ? 'live' : 'waiting';
    if (this.#graceTimer !== null) clearTimeout(this.#graceTimer);
    this.#graceTimer = provisional
      ? setTimeout(() => {
          this.#graceTimer = null;
          if (this.#phase === 'waiting') this.#phase = 'provisional';
          this.#flush(true);
        }, this.#graceMs)
      : null;
    if (preload !== null && this.#listeners.size > 0) this.#startPreload();
    if (this.#listeners.size > 0) this.#flush();
  }

  /** The latest results delivered, one per feed in the order of the options. */
  getSnapshot = (): readonly FeedQueryResult[] => this.#snapshot;

  /** Starts observing (and so fetching) while at least one listener is subscribed. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) {
      this.#observers.forEach((_, i) => this.#subscribeOne(i));
      if (this.#preload !== null && !this.#preloadStarted) this.#startPreload();
      this.#schedule();
    }
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#unsubscribeAll();
    };
  };

  /**
   * Reads at once the feeds whose queries have no outcome yet, SETTLED_CHUNK asked per task, puts
   * each outcome in the query client as the feed's query's own, and shows the settled picture
   * when every feed has one. The observers are set up after it: they find their feed settled,
   * fetch nothing and change nothing.
   */
  #startPreload(): void {
    const preload = this.#preload!;
    const options = this.#options;
    this.#preloadStarted = true;
    const cache = this.#client.getQueryCache();
    const whenAllSettled = () => {
      // Once: the observers are set up (and #preload let go) the first time every feed is in.
      if (this.#preload === null || this.#settledNow < options.length) return false;
      this.#flushNow();
      this.#setUpObservers();
      return true;
    };
    const onSettled = (feeds: SettledFeed[]) => {
      if (options !== this.#options) return;
      this.#hydrate(feeds);
      if (!whenAllSettled()) this.#schedule();
    };
    let next = 0;
    const askChunk = () => {
      this.#cancelChunk = null;
      const asked: number[] = [];
      for (const end = Math.min(options.length, next + SETTLED_CHUNK); next < end; next++) {
        const query = cache.get(hashKey(options[next]!.queryKey));
        const state = query?.state;
        if (state?.status === 'success' || state?.status === 'error') {
          this.#setResult(
            next,
            settledResult(
              state.data as FeedResult | undefined,
              state.error,
              state.fetchFailureCount,
            ),
          );
        } else {
          // A query left waiting would not take the outcome (hydrate keeps pending errors out).
          if (query) cache.remove(query);
          asked.push(next);
        }
      }
      if (asked.length > 0) preload(asked, onSettled);
      if (next < options.length) this.#later(askChunk);
      else whenAllSettled();
    };
    this.#later(askChunk);
  }

  #hydrate(feeds: SettledFeed[]): void {
    const now = Date.now();
    const queries = feeds.map(({ index, outcome }): DehydratedState['queries'][number] => {
      const { queryKey } = this.#options[index]!;
      const error = outcome.ok ? null : failureOf(outcome);
      this.#setResult(
        index,
        settledResult(outcome.ok ? outcome.value : undefined, error, outcome.ok ? 0 : 1),
      );
      return {
        queryKey,
        queryHash: hashKey(queryKey),
        dehydratedAt: now,
        state: {
          data: outcome.ok ? outcome.value : undefined,
          dataUpdateCount: outcome.ok ? 1 : 0,
          dataUpdatedAt: outcome.ok ? now : 0,
          error,
          errorUpdateCount: outcome.ok ? 0 : 1,
          errorUpdatedAt: outcome.ok ? 0 : now,
          fetchFailureCount: outcome.ok ? 0 : 1,
          fetchFailureReason: error,
          fetchMeta: null,
          isInvalidated: false,
          status: outcome.ok ? 'success' : 'error',
          fetchStatus: 'idle',
        },
      };
    });
    // No garbage-collection timer per feed (see feedQueryOptions).
    hydrate(
      this.#client,
      { mutations: [], queries },
      { defaultOptions: { queries: { gcTime: Infinity } } },
    );
  }

  #setUpObservers(): void {
    this.#preload = null;
    this.#later(() => {
      this.#setUpChunk();
      this.#chunkSetUp();
    }, true);
  }

  /** After a chunk: with every observer set up on settled feeds, the picture is shown now. */
  #chunkSetUp(): void {
    const allSettled = this.#settledNow === this.#results.length;
    if (allSettled && this.#observers.length === this.#options.length) this.#flushNow();
    else this.#schedule();
  }

  #setUpChunk(): void {
    const start = this.#observers.length;
    const end = Math.min(
      this.#options.length,
      start + (this.#settledNow === this.#options.length ? SETTLED_CHUNK : CHUNK),
    );
    const stop = stopAfter(CHUNK_MS);
    for (let i = start; i < end && (i === start || !stop()); i++) {
      const observer = new QueryObserver(this.#client, this.#options[i]!);
      this.#observers.push(observer);
      this.#setResult(i, observer.getCurrentResult());
      if (this.#listeners.size > 0) this.#subscribeOne(i);
    }
    if (this.#observers.length < this.#options.length) {
      // Once every feed is settled, the observers wait for idle moments: the screens' first
      // settled picture (and the engine's pass it asks for) comes before them.
      this.#later(() => {
        this.#setUpChunk();
        this.#chunkSetUp();
      }, this.#settledNow === this.#options.length);
    }
  }

  /** Runs the next slice of set-up work in a task of its own (or when the page is idle). */
  #later(run: () => void, idle = false): void {
    const next = () => {
      this.#cancelChunk = null;
      run();
    };
    if (idle) {
      this.#cancelChunk = whenIdle(next);
    } else {
      const timer = setTimeout(next, 0);
      this.#cancelChunk = () => clearTimeout(timer);
    }
  }

  #subscribeOne(i: number): void {
    const observer = this.#observers[i]!;
    this.#unsubscribes[i] = observer.subscribe((result) => {
      const wasLast = this.#setResult(i, result);
      // The settled picture is not held back until the next batch is due.
      if (wasLast) this.#flushNow();
      else this.#schedule();
    });
    // Subscribing may already have changed the result (a fetch started).
    this.#setResult(i, observer.getCurrentResult());
  }

  /** Records feed i's result; true when it is the last of the feeds to settle. */
  #setResult(i: number, result: FeedQueryResult): boolean {
    if (sameFeedState(this.#results[i]!, result)) return false;
    const change = Number(isSettled(result)) - Number(isSettled(this.#results[i]!));
    this.#results[i] = result;
    this.#settledNow += change;
    return change > 0 && this.#settledNow === this.#results.length;
  }

  #flushNow(): void {
    if (this.#listeners.size === 0) return;
    if (this.#flushTimer !== null) clearTimeout(this.#flushTimer);
    this.#flushTimer = null;
    this.#flush();
  }

  #unsubscribeAll(): void {
    for (const unsubscribe of this.#unsubscribes) unsubscribe?.();
    this.#unsubscribes = [];
    if (this.#flushTimer !== null) clearTimeout(this.#flushTimer);
    this.#flushTimer = null;
  }

  #schedule(): void {
    if (this.#flushTimer !== null || this.#listeners.size === 0) return;
    const wait = Math.max(0, this.#lastFlush + this.#intervalMs - performance.now());
    this.#flushTimer = setTimeout(() => {
      this.#flushTimer = null;
      this.#flush();
    }, wait);
  }

  #flush(graceOver = false): void {
    this.#lastFlush = performance.now();
    const settled = this.#settledNow;
    if (settled !== this.#settled) {
      this.#settled = settled;
      for (const listener of this.#progressListeners) listener();
    }
    const allSettled = settled === this.#results.length;
    if (allSettled) this.#phase = 'live';
    else if (this.#phase !== 'live' && !graceOver) return;
    let changed = this.#snapshot.length !== this.#results.length;
    for (let i = 0; !changed && i < this.#results.length; i++) {
      changed = this.#results[i] !== this.#snapshot[i];
    }
    if (!changed) return;
    this.#snapshot = this.#results.slice();
    for (const listener of this.#listeners) listener();
  }
}

/** Whether two results show the same (the fields the dashboard reads: use-dataset.ts). */
function sameFeedState(a: FeedQueryResult, b: FeedQueryResult): boolean {
  return (
    a === b ||
    (a.status === b.status &&
      a.fetchStatus === b.fetchStatus &&
      a.data === b.data &&
      a.error === b.error &&
      a.failureReason === b.failureReason &&
      a.failureCount === b.failureCount)
  );
}

/** What a feed read with others shows until its observer is set up: its outcome. */
function settledResult(
  data: FeedResult | undefined,
  error: Error | null,
  failureCount: number,
): FeedQueryResult {
  return Object.freeze({
    status: error === null ? 'success' : 'error',
    fetchStatus: 'idle',
    data,
    error,
    failureReason: error,
    failureCount,
  }) as unknown as FeedQueryResult;
}

/** How often the screen hears about arriving feeds: 20 times a second, less for thousands. */
export function feedUpdateIntervalMs(feeds: number): number {
  return Math.min(500, Math.max(50, Math.round(feeds / 20)));
}
