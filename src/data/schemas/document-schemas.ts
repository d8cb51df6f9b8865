import './zod-setup';
import * as z from 'zod/mini';
import { INDICATORS } from '../../domain/indicators';
import { FEED_FORMAT } from '../feed-format';
import { configSchema } from './config-schema';
import {
  NATIONAL_FORMAT,
  RANKINGS_FORMAT,
  nationalFigureSchema,
  publishedRankingSchema,
} from './extras-schema';
import { observationSchema } from './observation-schema';
import {
  REGISTRY_FORMAT,
  localizedSchema,
  regionSchema,
  registryEnvelopeSchema,
  registryUnitSchema,
  targetSchema,
} from './registry-schema';
import { snapshotSchema } from './snapshot-schema';

/**
 * Whole documents, for the published JSON Schemas (schemas/*.schema.json) only. The app checks an
 * envelope and then each entry on its own, so that one bad entry never rejects a whole document;
 * these compose the same entry schemas into one document and add the contract's limits that a
 * JSON Schema can say. The app never parses with these: its parsers stay the authority, and
 * schemas/README.md lists the rules only they can check.
 */

/** Contract 1.1: a month from 2000-01 to 2099-12. */
export const PERIOD_PATTERN = /^20\d{2}-(0[1-9]|1[0-2])$/;
/** Contract 1.1 §2: 1–64 letters, digits, `-` or `_`. */
export const UNIT_ID_PATTERN_TEXT = '^[A-Za-z0-9_-]{1,64}$';
export const MAX_NAME_CHARS = 200;
/** Contract 1.1 §3: counts from 0 to 1,000,000,000. */
export const MAX_COUNT = 1_000_000_000;

const period = z.string().check(z.regex(PERIOD_PATTERN));
const unitId = z.string().check(z.regex(new RegExp(UNIT_ID_PATTERN_TEXT)));
const count = z.optional(z.nullable(z.int().check(z.minimum(0), z.maximum(MAX_COUNT))));
const name = z.object({
  vi: z.optional(z.string().check(z.maxLength(MAX_NAME_CHARS))),
  en: z.optional(z.string().check(z.maxLength(MAX_NAME_CHARS))),
});
const optionalName = z.optional(z.nullable(name));

export const feedDocumentSchema = z.object({
  format: z.literal(FEED_FORMAT),
  unit: unitId,
  updatedAt: z.optional(z.nullable(z.iso.datetime({ offset: true }))),
  observations: z.array(
    z.extend(observationSchema, {
      period,
      servicesTotal: count,
      servicesLevel3: count,
      servicesLevel4: count,
      dossiersTotal: count,
      dossiersOnline: count,
    }),
  ),
});

export const registryDocumentSchema = z.extend(registryEnvelopeSchema, {
  format: z.literal(REGISTRY_FORMAT),
  asOf: z.optional(z.nullable(period)),
  // A name may be left out: the id stands in (the dashboard lists it as `name-missing`).
  regions: z.optional(z.nullable(z.array(z.extend(regionSchema, { name: optionalName })))),
  units: z.array(z.extend(registryUnitSchema, { id: unitId, name: optionalName })),
  targets: z.optional(
    z.nullable(
      z.array(
        z.extend(targetSchema, {
          indicator: z.enum(INDICATORS),
          deadline: period,
          basis: z.optional(z.nullable(localizedSchema)),
        }),
      ),
    ),
  ),
});

export const nationalDocumentSchema = z.object({
  format: z.literal(NATIONAL_FORMAT),
  figures: z.array(
    z.extend(nationalFigureSchema, {
      name,
      target: z.optional(z.nullable(z.object({ value: z.number(), deadline: period }))),
      series: z.array(z.object({ period, value: z.nullable(z.number()) })),
    }),
  ),
});

export const rankingsDocumentSchema = z.object({
  format: z.literal(RANKINGS_FORMAT),
  rankings: z.array(z.extend(publishedRankingSchema, { name, period, order: z.array(unitId) })),
});

/** Each published JSON Schema: its file name (by format), title and zod source. */
export const DOCUMENT_SCHEMAS = [
  { file: 'egov-dashboard-config-1', title: 'config.json (contract §1)', schema: configSchema },
  {
    file: 'egov-kpi-registry-1',
    title: 'egov-kpi-registry/1 (contract §2)',
    schema: registryDocumentSchema,
  },
  { file: 'egov-kpi-feed-1', title: 'egov-kpi-feed/1 (contract §3)', schema: feedDocumentSchema },
  {
    file: 'egov-kpi-national-1',
    title: 'egov-kpi-national/1 (contract §7)',
    schema: nationalDocumentSchema,
  },
  {
    file: 'egov-kpi-rankings-1',
    title: 'egov-kpi-rankings/1 (contract §7)',
    schema: rankingsDocumentSchema,
  },
  {
    file: 'egov-kpi-snapshot-1',
    title: 'egov-kpi-snapshot/1 (contract §8)',
    schema: z.extend(snapshotSchema, { registry: registryEnvelopeSchema }),
  },
] as const;
