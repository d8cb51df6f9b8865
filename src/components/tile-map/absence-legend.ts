import type { TFunction } from 'i18next';
import { legendAbsences, type Absence } from '../../domain/value-state';
import type { LegendItem } from './tile-map';

/** The legend's words for each look of a tile without a value (contract §6), on every map. */
export function absenceWords(t: TFunction): Record<Absence, string> {
  return {
    failed: t('common:mapAbsence.failed'),
    silent: t('common:state.notReported'),
    none: t('common:mapAbsence.none'),
    loading: t('common:valueState.loading'),
  };
}

/** The legend entries of the "no value" looks the map needs (legendAbsences). */
export function absenceLegend(
  absences: Iterable<Absence | null>,
  words: Record<Absence, string>,
): LegendItem[] {
  return legendAbsences(absences).map((absence) => ({
    classIndex: null,
    absence,
    label: words[absence],
  }));
}
