import type { TFunction } from 'i18next';
import type { SlideSpec } from '../../domain/deck';
import type { Locale } from '../../data/schemas/config-schema';
import type { Formatters } from '../../i18n/format';
import { isolate } from '../../lib/isolate';

/** The indicator every ranking, map and trend slide is about: the headline target. */
export const DECK_INDICATOR = 'level4Rate';

/**
 * A slide's title in the view's language (also its thumbnail's name and the page title). `targets`
 * names the active targets' plans (components/targets-line), so no plan is written in the code.
 */
export function slideTitle(
  spec: SlideSpec,
  t: TFunction,
  f: Formatters,
  locale: Locale,
  targets: string | null = null,
): string {
  const indicator = t(`common:indicatorShort.${DECK_INDICATOR}`);
  switch (spec.kind) {
    case 'headline':
      return targets === null
        ? t('present:title.headline')
        : t('present:title.headlineTargets', { targets });
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
      return t('present:title.region', { name: isolate(spec.region.name[locale]) });
    case 'unit':
      return isolate(spec.unit.name[locale]);
  }
}
