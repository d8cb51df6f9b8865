import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../data/schemas/config-schema';
import enCommon from './locales/en/common.json';
import enExport from './locales/en/export.json';
import enOverview from './locales/en/overview.json';
import viCommon from './locales/vi/common.json';
import viExport from './locales/vi/export.json';
import viOverview from './locales/vi/overview.json';
import { numberPlaceholders } from './number-placeholders';

/**
 * What the first screen needs, in both languages: `common` (what every screen shares), the
 * overview's namespace and the export menu's. Every other screen brings its own namespace with
 * its code (see screen-messages.ts).
 */
export const resources = {
  vi: {
    common: viCommon,
    overview: viOverview,
    export: viExport,
  },
  en: {
    common: enCommon,
    overview: enOverview,
    export: enExport,
  },
} as const;

/** A fresh i18next instance (one per app, one per test), in both languages. */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  // Undefined where no bundler set it: the command-line tools, run by tsx.
  const strict = (import.meta.env as ImportMetaEnv | undefined)?.MODE === 'test';
  void instance
    .use(initReactI18next)
    .use(numberPlaceholders(strict))
    .init({
      // i18next keeps the object it is given and adds a later screen's namespace to it: each
      // instance gets its own, so adding to one (a test's, the app's) leaves the others as they are.
      resources: { vi: { ...resources.vi }, en: { ...resources.en } },
      lng: locale,
      fallbackLng: 'vi',
      defaultNS: 'common',
      // Named, though they are i18next's defaults: otherwise every lookup first tests whether its
      // key reads like a sentence (keys are never sentences here), a few milliseconds per screen.
      nsSeparator: ':',
      keySeparator: '.',
      ns: Object.keys(resources.vi),
      // In tests every placeholder passes through the formatter, which fails a raw number.
      interpolation: { escapeValue: false, alwaysFormat: strict },
      initAsync: false,
      returnNull: false,
    });
  return instance;
}
