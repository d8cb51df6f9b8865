import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../data/schemas/config-schema';
import { createFormatters, type Formatters } from './format';

/** The language of the view, from the URL; every text and number follows it. */
export const LocaleContext = createContext<Locale>('vi');

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

const formatters = new Map<Locale, Formatters>();

export function useFormatters(): Formatters {
  const locale = useLocale();
  let f = formatters.get(locale);
  if (!f) {
    f = createFormatters(locale);
    formatters.set(locale, f);
  }
  return f;
}

/** `t` in the view's language (the URL decides, not a global i18next state). */
export function useT(ns: string = 'common') {
  return useTranslation(ns, { lng: useLocale() }).t;
}
