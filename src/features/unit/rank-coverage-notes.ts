import type { TFunction } from 'i18next';
import { firstAndRest } from '../../domain/overview-summary';
import type { RankCoverage } from '../../domain/rank-history';
import type { Formatters } from '../../i18n/format';

const NAMED_UNRANKED = 10;

/**
 * What a rank history's ranks are "of", as notes under the chart and in its exports: "Hạng kỳ
 * 08/2020 tính trên 61/63 tỉnh, thành phố có số liệu", how many were ranked in the earlier
 * periods, and which units had no rank (the first ten by name, then how many more).
 */
export function rankCoverageNotes(
  coverage: RankCoverage,
  kindPlural: string,
  nameOf: (id: string) => string,
  t: TFunction,
  f: Formatters,
): string[] {
  const period = f.month(coverage.period);
  const notes = [
    t('unit:rank.historyCoverage', {
      period,
      ranked: f.count(coverage.ranked),
      total: f.count(coverage.total),
      kind: kindPlural,
    }),
  ];
  const { earlier } = coverage;
  if (earlier !== null) {
    notes.push(
      earlier.fewest === earlier.most
        ? t('unit:rank.historyEarlierSame', { units: f.count(earlier.most), kind: kindPlural })
        : t('unit:rank.historyEarlier', {
            fewest: f.count(earlier.fewest),
            most: f.count(earlier.most),
            kind: kindPlural,
          }),
    );
  }
  if (coverage.unranked.length > 0) {
    const { shown, rest } = firstAndRest(coverage.unranked, NAMED_UNRANKED);
    const names = shown.map(nameOf).join(', ');
    notes.push(
      rest > 0
        ? t('unit:rank.historyUnrankedMore', { period, names, more: f.count(rest) })
        : t('unit:rank.historyUnranked', { period, names }),
    );
  }
  return notes;
}
