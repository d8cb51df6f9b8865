import { transfer } from 'comlink';
import type { MonthIndex } from '../domain/period';
import { answerPeriodParts, keepSentCopies, keptForEngine } from './engine-feeds';
import type { EngineRequest } from './engine-request';
import { toFeedOutcomes, type FeedOutcomes } from './feed-outcomes-wire';
import { FEEDS_PER_MESSAGE, type FeedRequest } from './feed-request';
import {
  loadFeed,
  loadNational,
  loadRankings,
  loadRegistry,
  type FeedResult,
} from './load-documents';
import type { Registry } from './parse-registry';
import { settle, type Outcome } from './outcome';
import { savedCopyStore } from './saved-copy-store';
import { spacedBatches } from '../lib/spaced-batches';

/** Told of feed requests that began (their attempt numbers), a batch at a time. */
export type FeedStartListener = (attempts: number[]) => unknown;

/** Told of feeds' outcomes (by attempt number, in the same order), a batch at a time. */
export type FeedResultsListener = (attempts: number[], feeds: FeedOutcomes) => unknown;

/**
 * The least time between two reports of either kind. At 50 ms the page hears of 10,000 feeds in
 * about 400 messages each way, not 20,000, and no one sees the difference in the progress shown.
 */
const REPORT_GAP_MS = 50;

let startListener: FeedStartListener | null = null;
let resultsListener: FeedResultsListener | null = null;

const starts = spacedBatches<number>(
  (attempts) => void startListener?.(attempts),
  REPORT_GAP_MS,
  FEEDS_PER_MESSAGE,
);

/**
 * Outcomes per message at most. The page takes each message in one task, whose length grows with
 * it: at 500 a snapshot's feeds made tasks of up to 100 ms on this kind of machine.
 */
const OUTCOMES_PER_MESSAGE = 250;

/**
 * Sends the outcomes settled so far: observations in columns, their buffers moved. A snapshot's
 * hundreds of feeds settle in one task and go together, OUTCOMES_PER_MESSAGE at most, so the page
 * takes each message in a short task. The starts waiting go first: the page hears of a feed's
 * start before its outcome.
 */
const results = spacedBatches<{ attempt: number; outcome: Outcome<FeedResult> }>(
  (sending) => {
    starts.flush();
    const { wire, buffers } = toFeedOutcomes(sending.map((r) => r.outcome));
    void resultsListener?.(
      sending.map((r) => r.attempt),
      transfer(wire, buffers),
    );
  },
  REPORT_GAP_MS,
  OUTCOMES_PER_MESSAGE,
);

function reportStart(attempt: number) {
  if (startListener !== null) starts.add(attempt);
}

function reportResult(attempt: number, outcome: Outcome<FeedResult>) {
  results.add({ attempt, outcome });
}

/**
 * The registry asked for as the page starts, before its query asks. The first loadRegistry of the
 * same address soon after takes it if it arrived; a failure (the page started offline, say), an
 * old one, or any later load (a retry, a refresh) asks the server anew.
 */
let startedRegistry: {
  url: string;
  pageOrigin: string | undefined;
  at: number;
  outcome: Promise<Outcome<Registry>>;
} | null = null;

/** How long a registry asked for at start stays the answer to the page's first request for it. */
export const STARTED_REGISTRY_KEPT_MS = 10_000;

/**
 * Fetching and validating every document, and the engine: what the data worker runs
 * (pipeline.worker.ts), and what runs in the page itself where there is no Worker (jsdom). The
 * signal only works in the page: an AbortSignal does not cross to the worker.
 */
export const pipeline = {
  loadRegistry: async (url: string, signal?: AbortSignal, pageOrigin?: string) => {
    const started = startedRegistry;
    startedRegistry = null;
    const load = () => settle(loadRegistry(url, signal, pageOrigin));
    if (
      started?.url !== url ||
      started.pageOrigin !== pageOrigin ||
      performance.now() - started.at > STARTED_REGISTRY_KEPT_MS
    ) {
      return load();
    }
    const outcome = await started.outcome;
    return outcome.ok ? outcome : load();
  },
  /**
   * Starts loading the registry as soon as the config names it: the page's query asks only after
   * its first render and the saved copy’s restore, 200–400 ms later on this machine.
   */
  startRegistry: (url: string, pageOrigin?: string): void => {
    startedRegistry = {
      url,
      pageOrigin,
      at: performance.now(),
      outcome: settle(loadRegistry(url, undefined, pageOrigin)),
    };
  },
  /**
   * Loads the feeds asked for, each reported to the results listener as it settles (a snapshot's
   * are read from its document, the others fetched).
   */
  loadFeeds: (requests: FeedRequest[]): void => {
    for (const r of requests) {
      // A snapshot's feed is never slow: the page has no start of it to hear.
      const started = r.fromSnapshot ? undefined : () => reportStart(r.attempt);
      void settle(
        loadFeed(
          r.unit,
          r.registryUrl,
          r.asOf,
          r.pageOrigin,
          r.fromSnapshot,
          undefined,
          started,
        ).then(keptForEngine),
      ).then((outcome) => reportResult(r.attempt, outcome));
    }
  },
  /** Set once by the page: who hears each feed's outcome. */
  onFeedResults: (listener: FeedResultsListener) => {
    resultsListener = listener;
  },
  /**
   * The engine's pass for one period over the feeds held here (their arrays transferred to the
   * page, not copied), or the units whose feeds the page must send (to keepSentCopies).
   */
  periodParts: (request: EngineRequest) => {
    const answer = answerPeriodParts(request);
    return 'missing' in answer ? answer : transfer(answer.parts, answer.buffers);
  },
  keepSentCopies,
  readSavedCopy: savedCopyStore.read,
  addSavedCopyParts: savedCopyStore.addParts,
  writeSavedCopyParts: savedCopyStore.writeParts,
  removeSavedCopy: savedCopyStore.remove,
  /** Set once by the page: who hears when each feed's request begins (see FeedStarts). */
  onFeedStarts: (listener: FeedStartListener) => {
    startListener = listener;
  },
  loadNational: (
    path: string,
    registryUrl: string,
    pageOrigin: string,
    fromSnapshot: boolean,
    signal?: AbortSignal,
    asOf: MonthIndex | null = null,
  ) => settle(loadNational(path, registryUrl, pageOrigin, fromSnapshot, signal, asOf)),
  loadRankings: (
    path: string,
    registryUrl: string,
    pageOrigin: string,
    fromSnapshot: boolean,
    signal?: AbortSignal,
    asOf: MonthIndex | null = null,
  ) => settle(loadRankings(path, registryUrl, pageOrigin, fromSnapshot, signal, asOf)),
};

export type Pipeline = typeof pipeline;
