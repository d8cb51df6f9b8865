import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { joinSaved, type SavedPart } from './saved-copy-parts';

/** How much of the last good data the browser keeps, and for how long. */
export const PERSISTENCE = {
  /** Bump when the shape of saved data changes: older copies are then discarded, not misread. */
  schemaVersion: 1,
  /**
   * Copies older than this are never shown: monthly data, a meeting a few weeks after a load.
   * It is also the query cache's gcTime, which browsers keep in a 32-bit setTimeout: above
   * 2^31 − 1 ms (24.8 days) the timer fires at once and restored data would vanish.
   */
  maxAgeMs: 24 * 24 * 60 * 60_000,
  /** Largest saved copy, in characters of JSON; feeds past it are not saved (first come first). */
  maxChars: 20_000_000,
  /** A save waits until the cache has been quiet this long … */
  saveAfterQuietMs: 1_000,
  /** … but no longer than this after the first unsaved change (10,000 feeds take a while). */
  saveAtLeastEveryMs: 10_000,
  /** IndexedDB database, object store and key. */
  database: 'egov-dashboard',
  store: 'query-cache',
  key: 'last-good-data',
} as const;

export interface PersistLimits {
  maxAgeMs: number;
  maxChars: number;
}

type DehydratedQuery = PersistedClient['clientState']['queries'][number];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Saved copies are of documents: the registry, the feeds, national and rankings. */
function isDocumentKey(key: unknown): boolean {
  return (
    Array.isArray(key) &&
    (key[0] === 'registry' || key[0] === 'feed' || key[0] === 'national' || key[0] === 'rankings')
  );
}

function fresh(query: DehydratedQuery, now: number, maxAgeMs: number): boolean {
  const updated = query.state.dataUpdatedAt;
  return typeof updated === 'number' && updated > 0 && now - updated <= maxAgeMs;
}

/**
 * A query as it is saved: its last good data only. A feed whose latest refresh failed is saved with
 * the data it still shows; its error is not (errors do not survive JSON, and the next start tries
 * again anyway).
 */
function asSaved(query: DehydratedQuery): DehydratedQuery {
  return {
    queryKey: query.queryKey,
    queryHash: query.queryHash,
    // When its data was current, not when this save ran: a document that did not change is
    // saved as the same text, and crosses to the worker only once (saved-copy-parts.ts).
    dehydratedAt: query.state.dataUpdatedAt,
    state: {
      ...query.state,
      status: 'success',
      fetchStatus: 'idle',
      error: null,
      errorUpdatedAt: 0,
      errorUpdateCount: 0,
      fetchFailureCount: 0,
      fetchFailureReason: null,
      isInvalidated: false,
    },
  };
}

interface SavedText {
  hash: string;
  updatedAt: number;
  updates: number;
  json: string;
}

/** Each document's saved JSON, kept with its data while the data and its update are the same. */
const savedTexts = new WeakMap<object, SavedText>();

/**
 * JSON.stringify(saved), written once per copy of a document however many saves include it:
 * while 10,000 feeds stream in, the cache is saved every few seconds, and each save would
 * otherwise write every feed again in one task. Everything else saved of a query is fixed by
 * asSaved or follows its data's update (hash, time, count).
 */
function knownText(saved: DehydratedQuery): string | null {
  const { data } = saved.state;
  if (typeof data !== 'object' || data === null) return null;
  const known = savedTexts.get(data);
  return known !== undefined &&
    known.hash === saved.queryHash &&
    known.updatedAt === saved.state.dataUpdatedAt &&
    known.updates === saved.state.dataUpdateCount &&
    saved.state.fetchMeta == null
    ? known.json
    : null;
}

function savedJson(saved: DehydratedQuery): string {
  const known = knownText(saved);
  if (known !== null) return known;
  const json = JSON.stringify(saved);
  const { data } = saved.state;
  if (typeof data === 'object' && data !== null) {
    savedTexts.set(data, {
      hash: saved.queryHash,
      updatedAt: saved.state.dataUpdatedAt,
      updates: saved.state.dataUpdateCount,
      json,
    });
  }
  return json;
}

/**
 * Writes the saved text of documents that have none yet until `stop()` says so (asked after each
 * one), and says whether any is left: when thousands of feeds arrived since the last save, a save
 * writes them over several short tasks.
 */
export function writeSavedTexts(queries: readonly DehydratedQuery[], stop: () => boolean): boolean {
  let stopped = false;
  for (const query of queries) {
    if (!isDocumentKey(query.queryKey) || knownText(query) !== null) continue;
    if (stopped) return true;
    savedJson(asSaved(query));
    stopped = stop();
  }
  return false;
}

/**
 * What is written to the browser, in parts: documents with data no older than maxAge, errors
 * stripped, and no more than maxChars of JSON in all. The registry and the shared documents go
 * first, then the feeds in registry order until the budget is spent. Pure; `now` is passed in.
 * The text is joinSaved(head, each part's JSON).
 */
export function savedParts(
  client: PersistedClient,
  now: number,
  limits: PersistLimits = PERSISTENCE,
): { client: PersistedClient; head: string; parts: SavedPart[] } {
  const candidates = client.clientState.queries.filter(
    (q) =>
      isDocumentKey(q.queryKey) && q.state.data !== undefined && fresh(q, now, limits.maxAgeMs),
  );
  const ordered = [
    ...candidates.filter((q) => q.queryKey[0] !== 'feed'),
    ...candidates.filter((q) => q.queryKey[0] === 'feed'),
  ];
  const head =
    `{"buster":${JSON.stringify(client.buster)},"timestamp":${JSON.stringify(client.timestamp)},` +
    `"clientState":{"mutations":[],"queries":[`;
  let used = joinSaved(head, []).length;
  const parts: SavedPart[] = [];
  const queries: DehydratedQuery[] = [];
  for (const query of ordered) {
    const saved = asSaved(query);
    const json = savedJson(saved);
    // +1 for the comma between queries.
    if (used + json.length + 1 > limits.maxChars) {
      if (query.queryKey[0] === 'feed') break;
      continue;
    }
    used += json.length + 1;
    parts.push({ id: query.queryHash, json });
    queries.push(saved);
  }
  return { client: { ...client, clientState: { mutations: [], queries } }, head, parts };
}

/** savedParts, joined into the saved copy's text. */
export function prepareForSaving(
  client: PersistedClient,
  now: number,
  limits: PersistLimits = PERSISTENCE,
): { client: PersistedClient; json: string } {
  const { client: saved, head, parts } = savedParts(client, now, limits);
  return {
    client: saved,
    json: joinSaved(
      head,
      parts.map((p) => p.json),
    ),
  };
}

/**
 * Reads a saved copy back. Anything that is not the shape written above throws, and the persister
 * then discards the copy. Documents past maxAge are dropped; the rest are marked `fromSavedCopy`
 * so the screens can say the figures are a copy and how old it is.
 */
export function deserializeClient(
  text: string,
  now: number,
  limits: PersistLimits = PERSISTENCE,
): PersistedClient {
  const parsed: unknown = JSON.parse(text);
  if (!isRecord(parsed) || !isRecord(parsed.clientState)) throw new Error('saved copy: no state');
  const { clientState } = parsed;
  if (!Array.isArray(clientState.queries)) throw new Error('saved copy: no queries');
  const queries: DehydratedQuery[] = [];
  for (const raw of clientState.queries as unknown[]) {
    if (!isRecord(raw) || !isRecord(raw.state) || typeof raw.queryHash !== 'string') {
      throw new Error('saved copy: malformed query');
    }
    const query = raw as unknown as DehydratedQuery;
    if (!isDocumentKey(query.queryKey) || !isRecord(query.state.data)) continue;
    if (!fresh(query, now, limits.maxAgeMs)) continue;
    queries.push({
      ...asSaved(query),
      state: { ...asSaved(query).state, data: { ...query.state.data, fromSavedCopy: true } },
    });
  }
  return {
    buster: typeof parsed.buster === 'string' ? parsed.buster : '',
    timestamp: typeof parsed.timestamp === 'number' ? parsed.timestamp : 0,
    clientState: { mutations: [], queries },
  };
}

/** Saved copies of one deployment never show up in another (or in another mock scenario). */
export function persistBuster(registryUrl: string, mock: string | null): string {
  return `${PERSISTENCE.schemaVersion}|${mock === null ? 'live' : `mock:${mock}`}|${registryUrl}`;
}
