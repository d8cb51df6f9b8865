import './zod-setup';
import * as z from 'zod/mini';
import { LGSP_STAGES } from '../../domain/types';

/**
 * Rule codes of a rejected observation; the UI words them in both languages.
 * The error text of each zod check is its rule code.
 */
export const OBSERVATION_RULES = [
  'object',
  'period',
  'after-as-of',
  'duplicate-period',
  'count',
  'levels-exceed-total',
  'online-exceeds-total',
  'lgsp-stage',
  'boolean',
] as const;
export type ObservationRule = (typeof OBSERVATION_RULES)[number];

/** Contract 1.1 §3: a whole number from 0 to 1,000,000,000 (no 9,007,199,254,740,990 services). */
export const MAX_COUNT = 1_000_000_000;
const count = z.optional(
  z.nullable(
    z
      .int({ error: 'count' })
      .check(z.minimum(0, { error: 'count' }), z.maximum(MAX_COUNT, { error: 'count' })),
  ),
);
const flag = z.optional(z.nullable(z.boolean({ error: 'boolean' })));

/** Contract §3, one observation's fields. Unknown fields are ignored (stripped). */
export const observationSchema = z.object({
  period: z.string({ error: 'period' }),
  servicesTotal: count,
  servicesLevel3: count,
  servicesLevel4: count,
  dossiersTotal: count,
  dossiersOnline: count,
  lgsp: z.optional(
    z.nullable(z.enum(LGSP_STAGES as [string, ...string[]], { error: 'lgsp-stage' })),
  ),
  soc: flag,
  vdxp: flag,
  portalConnected: flag,
});

export type ObservationDocument = z.infer<typeof observationSchema>;

const COUNT_FIELDS = [
  'servicesTotal',
  'servicesLevel3',
  'servicesLevel4',
  'dossiersTotal',
  'dossiersOnline',
] as const;
const FLAG_FIELDS = ['soc', 'vdxp', 'portalConnected'] as const;
const LGSP = new Set<unknown>(LGSP_STAGES);

const absent = (value: unknown) => value === undefined || value === null;

/**
 * True only when `raw` passes observationSchema as it is (and its parse would be the same
 * fields): every field missing, null or of its exact kind. The usual observation, checked by hand
 * at a fraction of zod's cost without eval (a snapshot of 10,022 feeds holds about 200,000
 * observations); anything else goes through observationSchema, which names the rules broken.
 */
export function isPlainValidObservation(raw: Record<string, unknown>): boolean {
  if (typeof raw.period !== 'string') return false;
  for (const field of COUNT_FIELDS) {
    const value = raw[field];
    if (
      !absent(value) &&
      !(typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT)
    )
      return false;
  }
  for (const field of FLAG_FIELDS) {
    const value = raw[field];
    if (!absent(value) && typeof value !== 'boolean') return false;
  }
  return absent(raw.lgsp) || LGSP.has(raw.lgsp);
}
