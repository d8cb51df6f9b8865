import './zod-setup';
import * as z from 'zod/mini';

export const SNAPSHOT_FORMAT = 'egov-kpi-snapshot/1';

/** Contract §8: how fetching one document failed, as recorded by whoever took the snapshot. */
export const SNAPSHOT_FAILURE_KINDS = [
  'http',
  'network',
  'timeout',
  'refused',
  'too-large',
] as const;
export type SnapshotFailureKind = (typeof SNAPSHOT_FAILURE_KINDS)[number];

export const snapshotFailureSchema = z.object({
  kind: z.enum(SNAPSHOT_FAILURE_KINDS),
  status: z.optional(z.int().check(z.minimum(100), z.maximum(599))),
});

/**
 * What fetching one document gave: the JSON as published (`body`), a response that was not JSON
 * (`text`), or a failure. Exactly one of the three.
 */
export const snapshotDocumentSchema = z.object({
  fetchedAt: z.optional(z.string()),
  body: z.optional(z.unknown()),
  text: z.optional(z.string()),
  failure: z.optional(snapshotFailureSchema),
});

/**
 * Contract §8: a whole reporting round in one file. `registry` is the registry as fetched and is
 * validated by the registry's own parser; `documents` is keyed by the registry's references
 * (`feed`, `national`, `rankings`) exactly as written there.
 */
export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  takenAt: z.iso.datetime({ offset: true }),
  registryUrl: z.optional(z.string()),
  registry: z.unknown(),
  documents: z.record(z.string(), snapshotDocumentSchema),
});

export type SnapshotDocument = z.infer<typeof snapshotSchema>;
export type SnapshotEntry = z.infer<typeof snapshotDocumentSchema>;
