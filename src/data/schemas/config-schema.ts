import './zod-setup';
import * as z from 'zod/mini';

export const MOCK_SCENARIOS = ['default', 'faults', 'scale'] as const;
export type MockScenario = (typeof MOCK_SCENARIOS)[number];

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Contract §1: config.json, served next to index.html. */
export const configSchema = z.object({
  registry: z.string().check(z.minLength(1)),
  mockScenario: z.optional(z.enum(MOCK_SCENARIOS)),
  defaultLocale: z.optional(z.enum(LOCALES)),
});

export type ConfigDocument = z.infer<typeof configSchema>;
