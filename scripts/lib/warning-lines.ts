import type { TFunction } from 'i18next';
import { describeValue } from '../../src/data/describe-value';
import { FIGURES, type DocumentWarning, type Place } from './document-warnings';

function placeText(place: Place, t: TFunction): string {
  if (place.path === null) return t('tools:warnings.top');
  return place.label === null
    ? place.path
    : t('tools:warnings.place', { path: place.path, label: place.label });
}

function placesText(warning: DocumentWarning, t: TFunction): string {
  const shown = warning.places.map((place) => placeText(place, t)).join(', ');
  const more = warning.count - warning.places.length;
  return more > 0 ? `${shown} ${t('tools:warnings.more', { count: more })}` : shown;
}

/** Each warning in words, one line each. */
export function warningLines(warnings: readonly DocumentWarning[], t: TFunction): string[] {
  return warnings.map((warning) => {
    const places = placesText(warning, t);
    if (warning.kind === 'no-figures') {
      return t('tools:warnings.noFigures', {
        count: warning.count,
        fields: FIGURES.join(', '),
        notReported: t('common:state.notReported'),
        places,
      });
    }
    return t('tools:warnings.unknownField', {
      field: describeValue(warning.field),
      meant: warning.meant.map((name) => `"${name}"`).join(` ${t('tools:warnings.or')} `),
      places,
    });
  });
}
