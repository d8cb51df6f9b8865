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

/**
 * An `http` failure says which status the server answered (never a success); the other kinds
 * have none.
 */
export const snapshotFailureSchema = z.union([
  z.object({
    kind: z.literal('http'),
    status: z.int().check(z.minimum(300), z.maximum(599)),
  }),
  z.object({ kind: z.enum(SNAPSHOT_FAILURE_KINDS.filter((kind) => kind !== 'http')) }),
]);

/**
 * What fetching one document gave: the JSON as published (`body`), a response that was not JSON
 * (`text`), or a failure. Exactly one of the three (read-snapshot.ts checks it: a JSON Schema of
 * this shape cannot say so).
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The snapshot as the dashboard reads it: its entries are checked one by one as their documents
 * are asked for, so that one malformed entry is that document's failure, not the whole
 * snapshot's (contract §6: one feed's failure never hides the others). The object is kept as
 * parsed: a reference named `__proto__` stays an entry of its own.
 */
export const snapshotEnvelopeSchema = z.extend(snapshotSchema, {
  documents: z.custom<Record<string, unknown>>(isRecord),
});

export type SnapshotDocument = z.infer<typeof snapshotSchema>;
export type SnapshotEntry = z.infer<typeof snapshotDocumentSchema>;
