import './zod-setup';
import * as z from 'zod/mini';
import { localizedSchema } from './registry-schema';

export const NATIONAL_FORMAT = 'egov-kpi-national/1';
export const RANKINGS_FORMAT = 'egov-kpi-rankings/1';

/** Contract §7: a national headline figure. */
export const nationalFigureSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: localizedSchema,
  unit: z.enum(['rank', 'count', 'ratio', 'index']),
  better: z.enum(['higher', 'lower']),
  of: z.optional(z.nullable(z.number())),
  target: z.optional(z.nullable(z.object({ value: z.number(), deadline: z.string() }))),
  series: z.array(z.object({ period: z.string(), value: z.nullable(z.number()) })),
});

/** Contract §7: an officially published ranking, best first. */
export const publishedRankingSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: localizedSchema,
  kind: z.enum(['ministry', 'province']),
  period: z.string(),
  order: z.array(z.string()),
});
