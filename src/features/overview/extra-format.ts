import type { NationalFigure } from '../../data/parse-extras';
import type { Formatters } from '../../i18n/format';

/**
 * A national figure's value in its unit, through the locale: a count "236.900", a ratio
 * "30,0%", an index "0,6667".
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
      return f.index4(value);
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
