import type { i18n } from 'i18next';
import { LOCALES, type Locale } from '../data/schemas/config-schema';
import { useI18nInstance } from './use-locale';

/** One screen's namespace in both languages. */
export type ScreenMessages = { ns: string } & Record<Locale, object>;

/** Adds the namespace to the instance, once; switching languages stays immediate. */
export function addScreenMessages(instance: i18n, messages: ScreenMessages): void {
  for (const locale of LOCALES)
    if (!instance.hasResourceBundle(locale, messages.ns))
      instance.addResourceBundle(locale, messages.ns, messages[locale]);
}

/**
 * A lazily loaded screen's messages come with the screen's code and are added to the app's
 * instance as the screen first renders, before any of its parts looks a text up: they stay out
 * of the JavaScript the first screen loads.
 */
export function useScreenMessages(...messages: ScreenMessages[]): void {
  const instance = useI18nInstance();
  for (const m of messages) addScreenMessages(instance, m);
}
