import type { TFunction } from 'i18next';
import type { Locale } from '../../src/data/schemas/config-schema';
import { dataMessages } from '../../src/features/data-health/data-messages';
import { createI18n } from '../../src/i18n/i18n';
import enTools from '../../src/i18n/locales/en/tools.json';
import viTools from '../../src/i18n/locales/vi/tools.json';
import { addScreenMessages } from '../../src/i18n/screen-messages';

/**
 * The app's own messages (rule texts, feed statuses, the data health screen's words for a feed's
 * problems) for the command-line tools, plus their own `tools` namespace, which the app's bundle
 * does not need to carry.
 */
export function cliTranslator(locale: Locale): TFunction {
  const i18n = createI18n(locale);
  addScreenMessages(i18n, dataMessages);
  i18n.addResourceBundle('vi', 'tools', viTools);
  i18n.addResourceBundle('en', 'tools', enTools);
  return i18n.t;
}

export function parseLocale(value: string | undefined): Locale | null {
  if (value === undefined) return 'vi';
  return value === 'vi' || value === 'en' ? value : null;
}
