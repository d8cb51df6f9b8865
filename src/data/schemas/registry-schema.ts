import './zod-setup';
import * as z from 'zod/mini';

export const REGISTRY_FORMAT = 'egov-kpi-registry/1';

const text = z.string();
/** Names in both languages; either may be missing, and the other stands in for it. */
export const localizedSchema = z.object({
  vi: z.optional(text),
  en: z.optional(text),
});

/** The registry's envelope: its own fields are checked here; each entry is checked on its own. */
export const registryEnvelopeSchema = z.object({
  format: z.literal(REGISTRY_FORMAT),
  asOf: z.optional(z.nullable(z.string())),
  regions: z.optional(z.nullable(z.array(z.unknown()))),
  units: z.array(z.unknown()),
  targets: z.optional(z.nullable(z.array(z.unknown()))),
  national: z.optional(z.nullable(z.string())),
  rankings: z.optional(z.nullable(z.string())),
});

/** A name may be left out (or null): the id stands in for it, as for a name with no text. */
const optionalName = z.optional(z.nullable(localizedSchema));

export const regionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: optionalName,
});

export const registryUnitSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(['ministry', 'province']),
  name: optionalName,
  region: z.optional(z.nullable(z.string())),
  feed: z.string().check(z.minLength(1)),
});

/** A target is a share written as a fraction (0.3 for 30 %): its reason says so (`ratio`). */
const fraction = z
  .number({ error: 'ratio' })
  .check(z.minimum(0, { error: 'ratio' }), z.maximum(1, { error: 'ratio' }));

export const targetSchema = z.object({
  indicator: z.string(),
  value: fraction,
  deadline: z.string(),
  basis: z.optional(z.nullable(localizedSchema)),
});
