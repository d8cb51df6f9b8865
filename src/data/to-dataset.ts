import type { Dataset, FeedFault, FeedState, Observation } from '../domain/types';
import { cachedBy } from '../lib/cached-by';
import { isFailed, type FeedStatus } from './feed-status';
import type { FeedResult } from './load-documents';
import type { Registry, RegistryUnit } from './parse-registry';

/** One unit's feed as the screens see it: its status and its last good data, if any. */
export interface FeedEntry {
  unit: RegistryUnit;
  status: FeedStatus;
  /** The last copy that validated; kept when a later fetch fails. */
  result: FeedResult | undefined;
  retrying: boolean;
  /**
   * `result` is not from this attempt: a copy restored from the browser (offline, or until the
   * refresh arrives), or the last good data kept after the refresh failed.
   */
  savedCopy: boolean;
}

function feedState(status: FeedStatus): FeedState {
  if (status.kind === 'loading' || status.kind === 'slow') return 'loading';
  return isFailed(status) ? 'failed' : 'loaded';
}

/** A failed feed's status, passed to the engine so every screen can say which fault it was. */
function faultOf(status: FeedStatus): FeedFault | null {
  return isFailed(status) ? status : null;
}

const NO_OBSERVATIONS: ReadonlyMap<number, Observation> = new Map();

/**
 * Each feed copy's observations by period, built once per copy: while thousands of feeds stream
 * in, the dataset is rebuilt on every batch, and the copies that did not change keep their map.
 */
const observationsOf = cachedBy((result: FeedResult): ReadonlyMap<number, Observation> => {
  const observations = new Map(result.observations.map((o) => [o.period, o]));
  copies.set(observations, result.copy ?? `page-${String(unnamed++)}`);
  return observations;
});

const copies = new WeakMap<ReadonlyMap<number, Observation>, string>();
/** Copies the data worker did not name (saved by an older version): the page names them. */
let unnamed = 0;

/**
 * The name of the feed copy a unit's observations were read from (FeedResult.copy), by which
 * the engine in the data worker finds the same observations; undefined for none.
 */
export function feedCopyOf(observations: ReadonlyMap<number, Observation>): string | undefined {
  return copies.get(observations);
}

/**
 * Reads a feed copy's observations by period as the copy arrives, in the task that hears of it:
 * left to the render that shows the feeds, 10,000 copies were read in one task when they settled.
 */
export function readObservations(result: FeedResult): void {
  observationsOf(result);
}

function observationMap(result: FeedResult | undefined): ReadonlyMap<number, Observation> {
  return result === undefined ? NO_OBSERVATIONS : observationsOf(result);
}

/** The engine's input: registry units with their validated observations. */
export function toDataset(registry: Registry, entries: readonly FeedEntry[]): Dataset {
  return {
    asOf: registry.asOf,
    regions: registry.regions,
    targets: registry.targets,
    units: entries.map((e) => ({
      unit: { id: e.unit.id, kind: e.unit.kind, name: e.unit.name, region: e.unit.region },
      feed: feedState(e.status),
      fault: faultOf(e.status),
      observations: observationMap(e.result),
    })),
  };
}
