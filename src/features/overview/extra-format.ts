import type { NationalFigure } from '../../data/parse-extras';
import type { Formatters } from '../../i18n/format';

const INDEX_TAG = { vi: 'vi-VN', en: 'en-GB' } as const;
const indexFormats = new Map<keyof typeof INDEX_TAG, Intl.NumberFormat>();

/** Made on first use, not when the code loads: a number format costs milliseconds to make. */
function indexFormat(locale: keyof typeof INDEX_TAG): Intl.NumberFormat {
  let format = indexFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INDEX_TAG[locale], {
      minimumFractionDigits: 4,
      maximumFractionDigits: 4,
    });
    indexFormats.set(locale, format);
  }
  return format;
}

/**
 * A national figure's value in its unit, through the locale: a count "236.900", a ratio
 * "30,0%", an index "0,6667" (the shared formatters have no 4-decimal index format yet).
 */
export function formatFigureValue(
  unit: NationalFigure['unit'],
  value: number,
  f: Formatters,
): string {
  switch (unit) {
    case 'rank':
    case 'count':
      return f.count(value);
    case 'ratio':
      return f.percent(value);
    case 'index':
      return indexFormat(f.locale).format(value);
  }
}

/** A change of a figure, unsigned (the words say up or down): points for a ratio. */
export function formatFigureChange(
  unit: NationalFigure['unit'],
  value: number,
  f: Formatters,
): string {
  return unit === 'ratio' ? f.points(value, false) : formatFigureValue(unit, value, f);
}
