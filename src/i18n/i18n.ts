import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../data/schemas/config-schema';
import enCommon from './locales/en/common.json';
import enData from './locales/en/data.json';
import enExport from './locales/en/export.json';
import enLaggards from './locales/en/laggards.json';
import enOverview from './locales/en/overview.json';
import enRankings from './locales/en/rankings.json';
import enUnit from './locales/en/unit.json';
import viCommon from './locales/vi/common.json';
import viData from './locales/vi/data.json';
import viExport from './locales/vi/export.json';
import viLaggards from './locales/vi/laggards.json';
import viOverview from './locales/vi/overview.json';
import viRankings from './locales/vi/rankings.json';
import viUnit from './locales/vi/unit.json';
import { formattersOf } from './use-locale';

/**
 * One namespace per screen (and `common` for what they share), in both languages. The deck's
 * (`present`) comes with the deck's own code: see features/presentation/present-messages.ts.
 */
export const resources = {
  vi: {
    common: viCommon,
    overview: viOverview,
    rankings: viRankings,
    unit: viUnit,
    laggards: viLaggards,
    data: viData,
    export: viExport,
  },
  en: {
    common: enCommon,
    overview: enOverview,
    rankings: enRankings,
    unit: enUnit,
    laggards: enLaggards,
    data: enData,
    export: enExport,
  },
} as const;

function localeOf(lng: string | undefined): Locale {
  return LOCALES.find((l) => l === lng) ?? 'vi';
}

/** A fresh i18next instance (one per app, one per test); both languages are bundled. */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'vi',
    defaultNS: 'common',
    // Named, though they are i18next's defaults: otherwise every lookup first tests whether its
    // key reads like a sentence (keys are never sentences here), a few milliseconds per screen.
    nsSeparator: ':',
    keySeparator: '.',
    ns: Object.keys(resources.vi),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  // `{{count, number}}` writes a count as every figure of the page does ("8.179", "8,179"), not
  // i18next's own number format. A text already formatted by the caller is kept as it is, so a
  // placeholder can say `number` whichever form its callers pass; a missing value stays missing.
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formattersOf(localeOf(lng)).count(value) : (value as string),
  );
  return instance;
}
