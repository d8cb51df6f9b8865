import { createContext, useContext, useMemo } from 'react';
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

type ViewT = ReturnType<typeof useTranslation<string>>['t'];

/**
 * `t` in the view's language (the URL decides, not a global i18next state). It calls i18next's own
 * `t` with the language and namespace: the `t` useTranslation gives copies all of i18next's options
 * on every call, a few times slower over the thousand lookups of a screen.
 */
export function useT(ns: string = 'common') {
  const lng = useLocale();
  // Still through useTranslation: it re-renders the component when i18next says to.
  const { i18n } = useTranslation(ns, { lng });
  return useMemo(
    () =>
      ((key: string | string[], options?: object) =>
        i18n.t(key, { ...options, lng, ns })) as unknown as ViewT,
    [i18n, lng, ns],
  );
}
