import { proxy, wrap, type Remote } from 'comlink';
import type { MonthIndex } from '../domain/period';
import type { PeriodParts } from '../domain/period-parts';
import type { Dataset } from '../domain/types';
import { fromFeedOutcomes, type FeedOutcomes } from './feed-outcomes-wire';
import { FEEDS_PER_MESSAGE, type FeedRequest } from './feed-request';
import { feedStarts } from './feed-starts';
import type { FeedResult, FeedUnit } from './load-documents';
import type { RegistryUnit } from './parse-registry';
import { unsettle, type Outcome } from './outcome';
import type { Pipeline } from './pipeline';
import type { PartsUpdate } from './saved-copy-parts';
import type { EngineRequest, SentCopies } from './engine-request';
import { feedCopyOf, readObservations } from './to-dataset';

type Loads = Pipeline | Remote<Pipeline>;

let loads: Promise<{ loads: Loads; inPage: boolean }> | null = null;

/**
 * The data worker, started on first use; where the browser has no Worker (jsdom in tests), the
 * same pipeline runs in the page.
 */
function pipelineLoads() {
  loads ??=
    typeof Worker === 'undefined'
      ? import('./pipeline').then((m) => {
          m.pipeline.onFeedStarts(heardStarts);
          m.pipeline.onFeedResults(heardResults);
          return { loads: m.pipeline, inPage: true };
        })
      : Promise.resolve(startedWorker());
  return loads;
}

/**
 * Starts the data worker and its load of the registry now, not at the page's first request for
 * it, which comes after the first render.
 */
export function startPipeline(registryUrl: string, pageOrigin: string): void {
  void pipelineLoads().then(({ loads }) => loads.startRegistry(registryUrl, pageOrigin));
}

/** The pipeline's reports of feed requests that began, timed by the page's clock on arrival. */
function heardStarts(attempts: number[]) {
  for (const attempt of attempts) feedStarts.started(attempt);
}

function startedWorker() {
  const worker = wrap<Pipeline>(
    new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module', name: 'data' }),
  );
  void worker.onFeedStarts(proxy(heardStarts));
  void worker.onFeedResults(proxy(heardResults));
  return { loads: worker, inPage: false };
}

/** Rejects as soon as the caller cancels (the worker finishes its fetch; the result is dropped). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () =>
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Runs one load of the pipeline (in the worker; in the page, with the caller's signal) and gives
 * back its value, or throws the same failure the load would have thrown in the page.
 */
async function run<T>(
  start: (loads: Loads, signal: AbortSignal | undefined) => Promise<Outcome<T>>,
  signal: AbortSignal | undefined,
): Promise<T> {
  const { loads: target, inPage } = await pipelineLoads();
  return unsettle(await untilAborted(start(target, inPage ? signal : undefined), signal));
}

export const loadRegistry = (url: string, signal?: AbortSignal, pageOrigin?: string) =>
  run((p, s) => p.loadRegistry(url, s, pageOrigin), signal);

/** What crosses to the worker of a unit whose feed is asked for. */
const feedUnit = ({ id, feed }: RegistryUnit): FeedUnit => ({ id, feed });

/** Each feed asked for and not yet answered: how to answer it, by attempt number. */
const feedsAsked = new Map<number, (outcome: Outcome<FeedResult>) => void>();
let feedsToAsk: FeedRequest[] = [];

function answer(attempt: number, outcome: Outcome<FeedResult>) {
  feedsAsked.get(attempt)?.(outcome);
  feedsAsked.delete(attempt);
}

function heardResults(attempts: number[], feeds: FeedOutcomes) {
  fromFeedOutcomes(feeds).forEach((outcome, i) => answer(attempts[i]!, outcome));
}

async function sendAsked() {
  const requests = feedsToAsk;
  feedsToAsk = [];
  try {
    const { loads } = await pipelineLoads();
    for (let from = 0; from < requests.length; from += FEEDS_PER_MESSAGE) {
      await loads.loadFeeds(requests.slice(from, from + FEEDS_PER_MESSAGE));
    }
  } catch (error) {
    // The pipeline could not be reached: every feed asked says why, rather than wait forever.
    const failed = { ok: false, kind: 'unexpected', message: String(error) } as const;
    for (const r of requests) answer(r.attempt, failed);
  }
}

/**
 * Feeds asked for in the same task cross to the pipeline together: the 85 of a usual registry
 * in one message, where one message each made a long task of the page's start. Each feed's
 * outcome comes back on its own, or with others that settled at the same time.
 */
function askFeed(request: FeedRequest): Promise<Outcome<FeedResult>> {
  return new Promise((resolve) => {
    feedsAsked.set(request.attempt, resolve);
    feedsToAsk.push(request);
    if (feedsToAsk.length === 1) setTimeout(() => void sendAsked(), 0);
  });
}

/**
 * A feed copy as the page keeps it: stamped when it reached the page, by the page's clock (a
 * worker's clock may differ under test), its observations read by period at once.
 */
function arrivedHere(arrived: FeedResult): FeedResult {
  const result = { ...arrived, receivedAt: Date.now() };
  readObservations(result);
  return result;
}

/** A feed read at once with others (loadSnapshotFeeds), by its place in the list asked for. */
export interface SettledFeed {
  index: number;
  outcome: Outcome<FeedResult>;
}

/**
 * Every feed asked for of a snapshot (contract §8), at once: the data worker reads them from the
 * document it holds, and the page hears of them in batches, each handed to `onSettled` whole.
 * The same reading and validation as a feed's own query (loadFeed), without a query's round
 * trip per feed: at 10,000 feeds, those were most of the page's work before the first picture.
 */
export function loadSnapshotFeeds(
  feeds: readonly { index: number; unit: RegistryUnit }[],
  registryUrl: string,
  asOf: MonthIndex | null,
  pageOrigin: string,
  onSettled: (feeds: SettledFeed[]) => void,
): void {
  let settled: SettledFeed[] = [];
  const deliver = () => {
    const batch = settled;
    settled = [];
    onSettled(batch);
  };
  for (const { index, unit } of feeds) {
    const attempt = feedStarts.number();
    feedsAsked.set(attempt, (outcome) => {
      const arrived: Outcome<FeedResult> = outcome.ok
        ? { ok: true, value: arrivedHere(outcome.value) }
        : outcome;
      // The outcomes of one message are answered in one task: they go on together.
      if (settled.push({ index, outcome: arrived }) === 1) queueMicrotask(deliver);
    });
    feedsToAsk.push({
      unit: feedUnit(unit),
      registryUrl,
      asOf,
      pageOrigin,
      fromSnapshot: true,
      attempt,
    });
  }
  void sendAsked();
}

/** Each call is one attempt, recorded in feedStarts from asked, to begun, to settled. */
export const loadFeed = (
  unit: RegistryUnit,
  registryUrl: string,
  asOf: MonthIndex | null,
  pageOrigin: string,
  fromSnapshot: boolean,
  signal?: AbortSignal,
): Promise<FeedResult> => {
  const attempt = feedStarts.begin(unit.id);
  return untilAborted(
    askFeed({ unit: feedUnit(unit), registryUrl, asOf, pageOrigin, fromSnapshot, attempt }),
    signal,
  )
    .then(unsettle)
    .then(arrivedHere)
    .finally(() => feedStarts.settle(attempt));
};

export const loadNational = (
  path: string,
  registryUrl: string,
  pageOrigin: string,
  fromSnapshot: boolean,
  signal?: AbortSignal,
  asOf: MonthIndex | null = null,
) => run((p, s) => p.loadNational(path, registryUrl, pageOrigin, fromSnapshot, s, asOf), signal);

export const loadRankings = (
  path: string,
  registryUrl: string,
  pageOrigin: string,
  fromSnapshot: boolean,
  signal?: AbortSignal,
  asOf: MonthIndex | null = null,
) => run((p, s) => p.loadRankings(path, registryUrl, pageOrigin, fromSnapshot, s, asOf), signal);

/** The browser's saved copy of the last good data, read and written by the data worker. */
export const savedCopyStorage = {
  getItem: async (key: string) => (await pipelineLoads()).loads.readSavedCopy(key),
  removeItem: async (key: string) => (await pipelineLoads()).loads.removeSavedCopy(key),
  /** Only the documents that changed since the last save cross to the worker. */
  addParts: async (key: string, changed: PartsUpdate['changed']) =>
    (await pipelineLoads()).loads.addSavedCopyParts(key, changed),
  setParts: async (key: string, head: string, update: PartsUpdate) =>
    (await pipelineLoads()).loads.writeSavedCopyParts(key, head, update),
};

/** Feed copies sent to the data worker per message, each message built in a task of its own. */
const COPIES_PER_MESSAGE = 1000;

/**
 * The engine's pass for one period (domain/period-parts.ts), run by the data worker on its own
 * copies of the feeds: the page names each unit's copy, and sends only those the worker does not
 * hold (copies restored from the saved copy, the first time they are asked about). `dataset`
 * holds the feeds as they are; observations after the period are not read.
 */
export async function enginePeriodParts(
  dataset: Dataset,
  period: MonthIndex,
): Promise<PeriodParts> {
  const { loads: engine } = await pipelineLoads();
  const request: EngineRequest = {
    period,
    asOf: dataset.asOf,
    targets: dataset.targets,
    units: dataset.units.map((u) => ({
      id: u.unit.id,
      kind: u.unit.kind,
      region: u.unit.region,
      feed: u.feed,
      copy: feedCopyOf(u.observations) ?? null,
    })),
  };
  // With another request in between, a copy sent may have been let go: the worker names what
  // it still lacks, and the page sends that.
  for (;;) {
    const answer = await engine.periodParts(request);
    if (!('missing' in answer)) return answer;
    for (let from = 0; from < answer.missing.length; from += COPIES_PER_MESSAGE) {
      const sent: SentCopies = answer.missing
        .slice(from, from + COPIES_PER_MESSAGE)
        .map((i) => [request.units[i]!.copy!, [...dataset.units[i]!.observations.values()]]);
      await engine.keepSentCopies(sent);
    }
  }
}
