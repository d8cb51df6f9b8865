import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  isPlainValidObservation,
  MAX_COUNT,
  observationSchema,
} from '../../../src/data/schemas/observation-schema';
import { LGSP_STAGES } from '../../../src/domain/types';
import { configureProperties } from './settings';

configureProperties();

/** What a field might hold: right, wrong kind, out of range, fractional, not finite. */
const value = fc.oneof(
  fc.nat(2_000),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, -1, MAX_COUNT, MAX_COUNT + 1, 2 ** 53, 1.5, NaN, Infinity, -Infinity),
  fc.constantFrom(null, undefined, true, false, '', '5', '2020-08', [], {}, [1]),
  fc.constantFrom(...LGSP_STAGES, 'Building', 'yes'),
  fc.string({ maxLength: 6 }),
);

const FIELDS = [
  'period',
  'servicesTotal',
  'servicesLevel3',
  'servicesLevel4',
  'dossiersTotal',
  'dossiersOnline',
  'lgsp',
  'soc',
  'vdxp',
  'portalConnected',
] as const;

const observationLike = fc.record(
  { ...Object.fromEntries(FIELDS.map((f) => [f, value])), note: value },
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, unknown>>;

/** Mostly well-formed: each field of its kind, or missing, or null. */
const usual = fc.record(
  {
    period: fc.constantFrom('2020-08', '2019-01', 'x'),
    servicesTotal: fc.option(fc.nat(MAX_COUNT), { nil: null }),
    servicesLevel3: fc.option(fc.nat(5_000), { nil: undefined }),
    servicesLevel4: fc.nat(5_000),
    dossiersTotal: fc.option(fc.nat(10_000_000), { nil: null }),
    dossiersOnline: fc.nat(10_000_000),
    lgsp: fc.option(fc.constantFrom(...LGSP_STAGES), { nil: null }),
    soc: fc.option(fc.boolean(), { nil: undefined }),
    vdxp: fc.boolean(),
    portalConnected: fc.option(fc.boolean(), { nil: null }),
  },
  { requiredKeys: ['period'] },
) as fc.Arbitrary<Record<string, unknown>>;

function agreesWithSchema(raw: Record<string, unknown>) {
  const parsed = z.safeParse(observationSchema, raw);
  expect(isPlainValidObservation(raw)).toBe(parsed.success);
  if (!parsed.success) return;
  // What the parser keeps of a plainly valid observation is the raw fields themselves.
  for (const [field, parsedValue] of Object.entries(parsed.data)) {
    expect(Object.is(raw[field], parsedValue)).toBe(true);
  }
}

describe('the hand check of a plainly valid observation (parse-feed fast path)', () => {
  it('accepts exactly what observationSchema accepts, on any field values', () => {
    fc.assert(fc.property(observationLike, agreesWithSchema));
  });

  it('agrees with the schema on a usual observation with any one field set to anything', () => {
    fc.assert(
      fc.property(usual, fc.constantFrom(...FIELDS), value, (raw, field, v) =>
        agreesWithSchema({ ...raw, [field]: v }),
      ),
      { numRuns: 3_000 },
    );
  });

  it('accepts the usual observation, field by field as the schema does', () => {
    fc.assert(fc.property(usual, agreesWithSchema));
    expect(
      isPlainValidObservation({ period: '2020-08', servicesTotal: 1940, servicesLevel4: 320 }),
    ).toBe(true);
  });
});
