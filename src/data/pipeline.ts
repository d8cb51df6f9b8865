import { transfer } from 'comlink';
import type { MonthIndex } from '../domain/period';
import { answerPeriodParts, keepSentCopies, keptForEngine } from './engine-feeds';
import type { EngineRequest } from './engine-request';
import { toFeedOutcomes } from './feed-outcomes-wire';
import {
  loadFeed,
  loadNational,
  loadRankings,
  loadRegistry,
  type FeedResult,
} from './load-documents';
import { settle, type Outcome } from './outcome';
import { savedCopyStore } from './saved-copy-store';
import type { SnapshotFeedRequest } from './snapshot-feed-request';
import type { RegistryUnit } from './parse-registry';

/** Told of feed requests that began (their attempt numbers), a batch at a time. */
export type FeedStartListener = (attempts: number[]) => unknown;

let startListener: FeedStartListener | null = null;
let startsToReport: number[] = [];

/**
 * Reports the start at the end of the current task, with any others that began in it: from the
 * worker, each report is a message to the page.
 */
function reportStart(attempt: number) {
  if (startListener === null) return;
  startsToReport.push(attempt);
  if (startsToReport.length > 1) return;
  queueMicrotask(() => {
    const attempts = startsToReport;
    startsToReport = [];
    void startListener?.(attempts);
  });
}

/** Feed outcomes as they go to the page: observations in columns, their buffers moved. */
function sentFeeds(outcomes: Outcome<FeedResult>[]) {
  const { wire, buffers } = toFeedOutcomes(outcomes);
  return transfer(wire, buffers);
}

/**
 * Fetching and validating every document, and the engine: what the data worker runs
 * (pipeline.worker.ts), and what runs in the page itself where there is no Worker (jsdom). The
 * signal only works in the page: an AbortSignal does not cross to the worker.
 */
export const pipeline = {
  loadRegistry: (url: string, signal?: AbortSignal, pageOrigin?: string) =>
    settle(loadRegistry(url, signal, pageOrigin)),
  loadFeed: (
    unit: RegistryUnit,
    registryUrl: string,
    asOf: MonthIndex | null,
    pageOrigin: string,
    fromSnapshot: boolean,
    signal?: AbortSignal,
    attempt?: number,
  ) =>
    settle(
      loadFeed(
        unit,
        registryUrl,
        asOf,
        pageOrigin,
        fromSnapshot,
        signal,
        attempt === undefined ? undefined : () => reportStart(attempt),
      ).then(keptForEngine),
    ).then((outcome) => sentFeeds([outcome])),
  /** Feeds read from the registry's snapshot, many per call (there is no request to wait for). */
  loadSnapshotFeeds: (requests: SnapshotFeedRequest[]) =>
    Promise.all(
      requests.map((r) =>
        settle(
          loadFeed(r.unit, r.registryUrl, r.asOf, r.pageOrigin, true, undefined, () =>
            reportStart(r.attempt),
          ).then(keptForEngine),
        ),
      ),
    ).then(sentFeeds),
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
