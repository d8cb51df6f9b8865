import * as z from 'zod/mini';
import { describeValue } from './describe-value';
import { FetchFailure } from './fetch-failure';
import { NETWORK } from './network-settings';
import {
  SNAPSHOT_FORMAT,
  snapshotSchema,
  type SnapshotDocument,
  type SnapshotEntry,
} from './schemas/snapshot-schema';

/** A snapshot's documents and when it was taken, kept while its feeds are read (contract §8). */
export interface Snapshot {
  takenAt: string;
  registry: unknown;
  documents: SnapshotDocument['documents'];
}

export type SnapshotReadResult =
  { ok: true; snapshot: Snapshot } | { ok: false; field: string; found: string };

/** Contract §8: a document is a snapshot when its `format` says so, whatever its address. */
export function isSnapshot(doc: unknown): boolean {
  return (
    typeof doc === 'object' &&
    doc !== null &&
    (doc as Record<string, unknown>).format === SNAPSHOT_FORMAT
  );
}

export function readSnapshot(doc: unknown): SnapshotReadResult {
  const parsed = z.safeParse(snapshotSchema, doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String) ?? [];
    let value: unknown = doc;
    for (const key of path) {
      value =
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined;
    }
    return { ok: false, field: path.join('.') || 'snapshot', found: describeValue(value) };
  }
  const { takenAt, registry, documents } = parsed.data;
  return { ok: true, snapshot: { takenAt, registry, documents } };
}

/**
 * What fetching `ref` gave when the snapshot was taken: the document as published, or the same
 * FetchFailure a live fetch would have thrown. A reference the snapshot does not hold failed too.
 */
export function snapshotDocument(snapshot: Snapshot, ref: string, url: string): unknown {
  const entry: SnapshotEntry | undefined = Object.hasOwn(snapshot.documents, ref)
    ? snapshot.documents[ref]
    : undefined;
  if (entry === undefined) {
    throw new FetchFailure('network', { reason: 'not in the snapshot', url });
  }
  if (entry.failure) {
    const { kind, status } = entry.failure;
    throw new FetchFailure(kind, status === undefined ? { url } : { status, url });
  }
  if (entry.text !== undefined) {
    if (entry.text.length > NETWORK.maxDocumentChars) {
      throw new FetchFailure('too-large', { reason: `${entry.text.length}`, url });
    }
    throw new FetchFailure('not-json', { reason: entry.text.slice(0, 40), url });
  }
  if (entry.body === undefined) {
    throw new FetchFailure('network', { reason: 'empty snapshot entry', url });
  }
  return entry.body;
}
