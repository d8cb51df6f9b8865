import type { FormatterModule } from 'i18next';
import { LOCALES, type Locale } from '../data/schemas/config-schema';
import { formattersOf } from './use-locale';

function localeOf(lng: string | undefined): Locale {
  return LOCALES.find((l) => l === lng) ?? 'vi';
}

/**
 * The one format the messages use, `{{count, number}}`: a count written as every figure of the
 * page is ("8.179", "8,179"), not i18next's own number format. A text already formatted by the
 * caller is kept as it is, so a placeholder can say `number` whichever form its callers pass; a
 * missing value stays missing.
 *
 * `strict` (the tests): every placeholder comes through here, and a number given to one without
 * `number`, or any other format, throws. A raw number would read "8179" beside "7.012".
 */
export function numberPlaceholders(strict: boolean): FormatterModule {
  return {
    type: 'formatter',
    init: () => undefined,
    add: () => undefined,
    addCached: () => undefined,
    format(value: unknown, format, lng, options): string {
      if (format === 'number') {
        return typeof value === 'number'
          ? formattersOf(localeOf(lng)).count(value)
          : (value as string);
      }
      if (strict && (format !== undefined || typeof value === 'number')) {
        const key = String(options?.interpolationkey);
        throw new Error(
          format === undefined
            ? `{{${key}}} was given the number ${String(value)}: it should read {{${key}, number}}`
            : `{{${key}, ${format}}}: no such format`,
        );
      }
      // Not necessarily a string (a missing value stays missing): i18next writes what it gets.
      return value as string;
    },
  };
}
