import { createContext, useContext, useMemo } from 'react';
import { getI18n, I18nContext, type useTranslation } from 'react-i18next';
import type { Locale } from '../data/schemas/config-schema';
import { createFormatters, type Formatters } from './format';

/** The language of the view, from the URL; every text and number follows it. */
export const LocaleContext = createContext<Locale>('vi');

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The app's i18next instance: the provider's, else react-i18next's global one. */
export function useI18nInstance() {
  return useContext(I18nContext)?.i18n ?? getI18n();
}

const formatters = new Map<Locale, Formatters>();

/**
 * A language's formatters, made once. The page's first Intl number format loads ICU's data (25 ms
 * on this kind of machine, four times that on a phone): main.tsx makes the Vietnamese ones in a
 * task of their own while the config is on its way, not inside the first render's task.
 */
export function formattersOf(locale: Locale): Formatters {
  let f = formatters.get(locale);
  if (!f) {
    f = createFormatters(locale);
    formatters.set(locale, f);
  }
  return f;
}

export function useFormatters(): Formatters {
  return formattersOf(useLocale());
}

type ViewT = ReturnType<typeof useTranslation<string>>['t'];

/**
 * `t` in the view's language (the URL decides, not a global i18next state). It calls i18next's own
 * `t` with the language and namespace: the `t` useTranslation gives copies all of i18next's options
 * on every call, a few times slower over the thousand lookups of a screen.
 *
 * The instance comes from the provider, not from useTranslation: a namespace is there before its
 * screen renders and the language is never changed on the instance (each call names it), so
 * useTranslation's loading and re-rendering have nothing to do, and it copies the instance for
 * every component that mounts, which a table's rows do by the dozen when they are sorted again.
 */
export function useT(ns: string = 'common') {
  const lng = useLocale();
  const i18n = useI18nInstance();
  return useMemo(
    () =>
      ((key: string | string[], options?: object) =>
        i18n.t(key, { ...options, lng, ns })) as unknown as ViewT,
    [i18n, lng, ns],
  );
}
