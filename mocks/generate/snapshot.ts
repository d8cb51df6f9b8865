import { SNAPSHOT_FORMAT, type SnapshotEntry } from '../../src/data/schemas/snapshot-schema';
import { checkUrl } from '../../src/data/url-policy';
import type { FeedReply, Scenario } from '../scenarios/scenario';

/** When the mock's snapshots say they were taken: the default dataset's last reporting day. */
export const MOCK_SNAPSHOT_TAKEN_AT = '2020-08-25T17:00:00+07:00';

/** Where the snapshot says its registry was; its references are resolved against it. */
const REGISTRY_URL = 'https://mock.invalid/registry.json';

/** What fetching a document would have given, as contract §8 records it. */
function entryOf(reply: FeedReply | null, fetchedAt: string): SnapshotEntry {
  if (reply === null) return { fetchedAt, failure: { kind: 'http', status: 404 } };
  switch (reply.kind) {
    case 'json':
      return { fetchedAt, body: reply.body };
    case 'status':
      return { fetchedAt, failure: { kind: 'http', status: reply.status } };
    case 'network-error':
      return { fetchedAt, failure: { kind: 'network' } };
    case 'never':
      return { fetchedAt, failure: { kind: 'timeout' } };
    case 'html':
      return { fetchedAt, text: reply.body };
  }
}

interface RegistryRefs {
  units?: { id: string; feed: string }[];
  national?: string;
  rankings?: string;
}

/**
 * A mock scenario frozen into one snapshot (contract §8), as a harvester would have taken it: every
 * reference of its registry with what fetching it gave. Addresses the URL policy refuses are
 * recorded as refused, never fetched.
 */
export function snapshotOf(scenario: Scenario, takenAt: string): Record<string, unknown> {
  const registry = scenario.registry() as RegistryRefs;
  const documents: Record<string, SnapshotEntry> = {};
  const record = (ref: string, reply: () => FeedReply | null) => {
    const allowed = checkUrl(ref, REGISTRY_URL, new URL(REGISTRY_URL).origin).ok;
    documents[ref] = allowed
      ? entryOf(reply(), takenAt)
      : { fetchedAt: takenAt, failure: { kind: 'refused' } };
  };
  for (const unit of registry.units ?? []) record(unit.feed, () => scenario.feed(unit.id));
  if (registry.national)
    record(registry.national, () => ({ kind: 'json', body: scenario.national() }));
  if (registry.rankings)
    record(registry.rankings, () => ({ kind: 'json', body: scenario.rankings() }));
  return { format: SNAPSHOT_FORMAT, takenAt, registryUrl: REGISTRY_URL, registry, documents };
}
