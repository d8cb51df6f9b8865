import type { Locale, MockScenario } from './schemas/config-schema';

/** config.json, resolved: where the registry is, and whether the embedded mock serves it. */
export interface AppConfig {
  /** Absolute URL of the registry. */
  registryUrl: string;
  mock: MockScenario | null;
  defaultLocale: Locale;
  /** The page's origin, for the URL policy's "same-origin". */
  pageOrigin: string;
}
