import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../data/schemas/config-schema';
import enCommon from './locales/en/common.json';
import viCommon from './locales/vi/common.json';

export const resources = {
  vi: { common: viCommon },
  en: { common: enCommon },
} as const;

/** A fresh i18next instance (one per app, one per test); both languages are bundled. */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'vi',
    defaultNS: 'common',
    ns: ['common'],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
