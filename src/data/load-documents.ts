import type { MonthIndex } from '../domain/period';
import type { Observation } from '../domain/types';
import { FetchFailure } from './fetch-failure';
import { fetchJson } from './fetch-json';
import { createLimiter } from './limit-concurrency';
import { NETWORK } from './network-settings';
import {
  parseNational,
  parseRankings,
  type EntryProblem,
  type NationalFigure,
  type PublishedRanking,
} from './parse-extras';
import { NATIONAL_FORMAT, RANKINGS_FORMAT } from './schemas/extras-schema';
import { FEED_FORMAT } from './feed-format';
import { parseFeed, type FeedParseResult, type Rejection } from './parse-feed';
import { parseRegistry, type Registry, type RegistryUnit } from './parse-registry';
import { isSnapshot, readSnapshot, snapshotDocument, type Snapshot } from './read-snapshot';
import { checkUrl } from './url-policy';

const feedLimiter = createLimiter(NETWORK.maxConcurrentFeeds);

function allowed(raw: string, base: string, pageOrigin: string): URL {
  const check = checkUrl(raw, base, pageOrigin);
  if (!check.ok) throw new FetchFailure('refused', { reason: check.reason, url: check.url });
  return check.url;
}

/** Snapshots read so far, by their address: their feeds are read from them, not fetched. */
const snapshots = new Map<string, Promise<Snapshot>>();

function snapshotOf(doc: unknown): Snapshot {
  const read = readSnapshot(doc);
  if (!read.ok) throw wrongFormat(read);
  return read.snapshot;
}

/** A registry's address may name a snapshot, which may be far larger than any one feed. */
function fetchRegistryOrSnapshot(url: string, signal?: AbortSignal, pageOrigin?: string) {
  return fetchJson(new URL(url), {
    signal,
    pageOrigin,
    maxChars: NETWORK.maxSnapshotChars,
    maxBytes: NETWORK.maxSnapshotBytes,
  });
}

/** The snapshot at `url`: the copy read with the registry, or fetched again (after a reload). */
function snapshotAt(url: string, signal?: AbortSignal, pageOrigin?: string): Promise<Snapshot> {
  let snapshot = snapshots.get(url);
  if (!snapshot) {
    snapshot = fetchRegistryOrSnapshot(url, signal, pageOrigin).then(snapshotOf);
    snapshots.set(url, snapshot);
    snapshot.catch(() => snapshots.delete(url));
  }
  return snapshot;
}

/** A problem of the registry inside a snapshot, named where it is in the snapshot. */
export function inSnapshot<P extends { field: string }>(problem: P): P {
  const field = problem.field === 'document' ? 'registry' : `registry.${problem.field}`;
  return { ...problem, field };
}

/**
 * The registry at `url`, or the registry inside the snapshot at `url` (contract §8, recognised by
 * its `format`); a snapshot's registry says when it was taken. `pageOrigin` (the URL policy's same
 * origin) defaults to the registry's own origin.
 */
export async function loadRegistry(
  url: string,
  signal?: AbortSignal,
  pageOrigin?: string,
): Promise<Registry> {
  const doc = await fetchRegistryOrSnapshot(url, signal, pageOrigin);
  let registryDoc = doc;
  let takenAt: string | null = null;
  if (isSnapshot(doc)) {
    const snapshot = snapshotOf(doc);
    snapshots.set(url, Promise.resolve(snapshot));
    registryDoc = snapshot.registry;
    takenAt = snapshot.takenAt;
  }
  const parsed = parseRegistry(registryDoc);
  if (!parsed.ok) throw wrongFormat(takenAt === null ? parsed : inSnapshot(parsed));
  return takenAt === null ? parsed.registry : { ...parsed.registry, snapshot: { takenAt } };
}

/**
 * One document a registry refers to: fetched, or read from the snapshot the registry came from,
 * failing in the same ways either way.
 */
async function documentAt(
  ref: string,
  url: URL,
  registryUrl: string,
  pageOrigin: string,
  fromSnapshot: boolean,
  signal?: AbortSignal,
): Promise<unknown> {
  if (!fromSnapshot) return fetchJson(url, { signal, pageOrigin });
  return snapshotDocument(await snapshotAt(registryUrl, signal, pageOrigin), ref, url.href);
}

/** What reading a unit's feed needs of its registry entry. */
export type FeedUnit = Pick<RegistryUnit, 'id' | 'feed'>;

export interface FeedResult {
  unitId: string;
  url: string;
  updatedAt: string | null;
  updatedAtInvalid: string | null;
  observations: Observation[];
  rejections: Rejection[];
  /** When this copy arrived (ms since epoch), for "data as of" notices. */
  receivedAt: number;
  /** Set on copies restored from the browser's storage (never on data fetched now). */
  fromSavedCopy?: true;
  /**
   * The data worker's name for this copy, by which the page asks the engine about it (the
   * worker keeps its observations); kept in the saved copy, whose feeds a new page sends.
   */
  copy?: string;
}

/** A document of the wrong format: the field and value that made it so, and what was expected. */
function wrongFormat(
  parsed: { field: string; found: string },
  url?: string,
  /** The document's own `format`: what a wrong or missing `format` field should have said. */
  format?: string,
): FetchFailure {
  const { field, found } = parsed;
  const expected = field === 'format' ? format : undefined;
  return new FetchFailure('wrong-format', {
    reason: `${field}: ${found}`,
    field,
    found,
    ...(expected === undefined ? {} : { expected }),
    ...(url === undefined ? {} : { url }),
  });
}

/**
 * Why a feed was rejected whole, as the failure Data health shows (live feeds and snapshots) and
 * the validator prints.
 */
export function feedParseFailure(
  parsed: Extract<FeedParseResult, { ok: false }>,
  url?: string,
): FetchFailure {
  switch (parsed.failure) {
    case 'too-many-invalid':
      return new FetchFailure('too-many-invalid', { count: parsed.rejected, url });
    case 'wrong-unit':
      return new FetchFailure('wrong-unit', {
        reason: parsed.found,
        url,
        ...(parsed.notText && { notText: parsed.notText }),
      });
    case 'wrong-format':
      return wrongFormat(parsed, url, FEED_FORMAT);
  }
}

/**
 * `onStart` is told when the feed's own request begins: after its turn in the fetch limiter, or at
 * once for a feed read from a snapshot. A feed is "slow" from then, not while it waits.
 */
export async function loadFeed(
  unit: FeedUnit,
  registryUrl: string,
  asOf: MonthIndex | null,
  pageOrigin: string,
  fromSnapshot = false,
  signal?: AbortSignal,
  onStart?: () => void,
): Promise<FeedResult> {
  const url = allowed(unit.feed, registryUrl, pageOrigin);
  if (fromSnapshot) onStart?.();
  const doc = fromSnapshot
    ? await documentAt(unit.feed, url, registryUrl, pageOrigin, true, signal)
    : await feedLimiter(() => fetchJson(url, { signal, pageOrigin }), signal, onStart);
  const parsed = parseFeed(doc, unit.id, asOf);
  if (!parsed.ok) throw feedParseFailure(parsed, url.href);
  return {
    unitId: unit.id,
    url: url.href,
    updatedAt: parsed.updatedAt,
    updatedAtInvalid: parsed.updatedAtInvalid,
    observations: parsed.observations,
    rejections: parsed.rejections,
    receivedAt: Date.now(),
  };
}

export interface ExtrasResult<T> {
  items: T[];
  problems: EntryProblem[];
  /** Set on copies restored from the browser's storage. */
  fromSavedCopy?: true;
}

async function loadExtras<T>(
  raw: string,
  registryUrl: string,
  pageOrigin: string,
  parse: (doc: unknown) => ReturnType<typeof parseNational> | ReturnType<typeof parseRankings>,
  format: string,
  fromSnapshot: boolean,
  signal?: AbortSignal,
): Promise<ExtrasResult<T>> {
  const url = allowed(raw, registryUrl, pageOrigin);
  const parsed = parse(await documentAt(raw, url, registryUrl, pageOrigin, fromSnapshot, signal));
  if (!parsed.ok) throw wrongFormat(parsed, url.href, format);
  return { items: parsed.items as T[], problems: parsed.problems };
}

/** `asOf`: the registry's period under review; a figure's month after it is rejected. */
export function loadNational(
  raw: string,
  registryUrl: string,
  pageOrigin: string,
  fromSnapshot = false,
  signal?: AbortSignal,
  asOf: MonthIndex | null = null,
) {
  return loadExtras<NationalFigure>(
    raw,
    registryUrl,
    pageOrigin,
    (doc) => parseNational(doc, asOf),
    NATIONAL_FORMAT,
    fromSnapshot,
    signal,
  );
}

export function loadRankings(
  raw: string,
  registryUrl: string,
  pageOrigin: string,
  fromSnapshot = false,
  signal?: AbortSignal,
  asOf: MonthIndex | null = null,
) {
  return loadExtras<PublishedRanking>(
    raw,
    registryUrl,
    pageOrigin,
    (doc) => parseRankings(doc, asOf),
    RANKINGS_FORMAT,
    fromSnapshot,
    signal,
  );
}
