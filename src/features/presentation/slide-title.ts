import type { TFunction } from 'i18next';
import type { SlideSpec } from '../../domain/deck';
import type { Locale } from '../../data/schemas/config-schema';
import type { Formatters } from '../../i18n/format';

/** The indicator every ranking, map and trend slide is about: the 2020 headline target. */
export const DECK_INDICATOR = 'level4Rate';

/** A slide's title in the view's language (also its thumbnail's name and the page title). */
export function slideTitle(spec: SlideSpec, t: TFunction, f: Formatters, locale: Locale): string {
  const indicator = t(`common:indicatorShort.${DECK_INDICATOR}`);
  switch (spec.kind) {
    case 'headline':
      return t('present:title.headline');
    case 'trend':
      return t('present:title.trend', { indicator });
    case 'ranking':
      return t(`present:title.ranking-${spec.unitKind}`, { indicator });
    case 'map':
      return t('present:title.map', { indicator });
    case 'laggards':
      return t('present:title.laggards');
    case 'movers':
      return t('present:title.movers', { period: f.month(spec.since) });
    case 'region':
      return t('present:title.region', { name: spec.region.name[locale] });
    case 'unit':
      return spec.unit.name[locale];
  }
}
