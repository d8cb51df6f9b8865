import * as z from 'zod/mini';
import { firstIssue } from './describe-value';
import { FetchFailure } from './fetch-failure';
import { NETWORK } from './network-settings';
import {
  SNAPSHOT_FORMAT,
  snapshotDocumentSchema,
  snapshotEnvelopeSchema,
  type SnapshotEntry,
} from './schemas/snapshot-schema';

/** A snapshot's documents and when it was taken, kept while its feeds are read (contract §8). */
export interface Snapshot {
  takenAt: string;
  registry: unknown;
  /** Each reference's entry, as published: checked when its document is asked for. */
  documents: Record<string, unknown>;
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
  const parsed = z.safeParse(snapshotEnvelopeSchema, doc);
  if (!parsed.success) return { ok: false, ...firstIssue(parsed.error.issues, doc, 'snapshot') };
  const { takenAt, registry, documents } = parsed.data;
  return { ok: true, snapshot: { takenAt, registry, documents } };
}

/** A malformed entry: the snapshot's failure for that document alone. */
function malformedEntry(ref: string, field: string, found: string, url: string): FetchFailure {
  const where = `documents.${ref}${field === '' ? '' : `.${field}`}`;
  return new FetchFailure('wrong-format', {
    reason: `${where}: ${found}`,
    field: where,
    found,
    url,
  });
}

/** The entry for `ref`, checked: exactly one of body, text and failure, each well formed. */
function entryAt(snapshot: Snapshot, ref: string, url: string): SnapshotEntry {
  const raw = snapshot.documents[ref];
  const parsed = z.safeParse(snapshotDocumentSchema, raw);
  if (!parsed.success) {
    const { field, found } = firstIssue(parsed.error.issues, raw, '');
    throw malformedEntry(ref, field, found, url);
  }
  const held = (['body', 'text', 'failure'] as const).filter((k) => parsed.data[k] !== undefined);
  if (held.length > 1) {
    throw malformedEntry(ref, held.join(' and '), 'more than one of body, text and failure', url);
  }
  return parsed.data;
}

/**
 * What fetching `ref` gave when the snapshot was taken: the document as published, or the same
 * FetchFailure a live fetch would have thrown. A reference the snapshot does not hold failed too.
 */
export function snapshotDocument(snapshot: Snapshot, ref: string, url: string): unknown {
  if (!Object.hasOwn(snapshot.documents, ref)) {
    throw new FetchFailure('network', { reason: 'not in the snapshot', url });
  }
  const entry = entryAt(snapshot, ref, url);
  if (entry.failure) {
    const { failure } = entry;
    throw new FetchFailure(
      failure.kind,
      failure.kind === 'http' ? { status: failure.status, url } : { url },
    );
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
