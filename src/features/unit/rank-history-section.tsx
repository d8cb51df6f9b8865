import { useMemo } from 'react';
import { ChartFrame } from '../../components/chart-frame';
import type { UnitModel } from '../../domain/model';
import type { MonthIndex } from '../../domain/period';
import { rankHistory } from '../../domain/rank-history';
import type { Dataset } from '../../domain/types';
import { useFormatters, useT } from '../../i18n/use-locale';
import type { TableSpec } from '../../lib/table-spec';
import { rankCoverageNotes } from './rank-coverage-notes';
import { unitEmbedPath } from './unit-embed-path';
import { RankChart } from '../../components/charts/rank-chart';
import { isolate } from '../../lib/isolate';
import { BidiText } from '../../components/bidi-text';

/** The unit's level-4 rank over the periods, as a chart with its table. */
export function RankHistorySection({
  unit,
  dataset,
  period,
  nameOf,
  embedded = false,
}: {
  unit: UnitModel;
  dataset: Dataset;
  period: MonthIndex;
  nameOf: (id: string) => string;
  /** Drawn inside another site's iframe: no downloads, no embed code. */
  embedded?: boolean;
}) {
  const t = useT('unit');
  const f = useFormatters();
  const id = unit.unit.id;
  const name = isolate(nameOf(id));
  const kindPlural = t(`common:kind.${unit.unit.kind}_plural`);
  const l4 = unit.indicators.level4Rate;
  const history = useMemo(
    () => rankHistory(dataset, id, 'level4Rate', period),
    [dataset, id, period],
  );
  const table: TableSpec | null = history && {
    caption: t('rank.historyTitle') + ' — ' + name,
    columns: [
      { key: 'period', label: t('rank.period'), kind: 'month' },
      { key: 'rank', label: t('rank.rankColumn'), kind: 'rank' },
      { key: 'rankedOf', label: t('rank.rankedOf'), kind: 'count' },
      { key: 'change', label: t('rank.change'), kind: 'rankChange' },
    ],
    rows: history.points.map((p) => ({
      cells: { period: p.period, rank: p.rank, rankedOf: p.rankedOf, change: p.change },
    })),
  };
  // What the ranks are "of": the units ranked that period, which is not always all that reported.
  const notes = history
    ? rankCoverageNotes(history.coverage, kindPlural, (u) => isolate(nameOf(u)), t, f)
    : [];
  // The image's lede: the latest rank in words, of how many, so a printed chart needs no ruler.
  const latest = history?.latest ?? null;
  const best = history?.best ?? null;
  const exportSummary =
    best === null
      ? name
      : t(
          latest === null || latest.rank === null
            ? 'rank.historyExportSummaryUnranked'
            : 'rank.historyExportSummary',
          {
            name,
            rank: latest?.rank ?? null,
            rankedOf: latest?.rankedOf ?? null,
            kind: kindPlural,
            period: f.month(period),
            best: best.rank,
            bestPeriod: f.month(best.period),
          },
        );
  return (
    <section className="unit-section" aria-label={t('rank.historyTitle')}>
      {history?.best === null && (
        <p>
          <BidiText text={t('rank.historySummaryNone', { name })} />
        </p>
      )}
      {history && history.best !== null && table && (
        <ChartFrame
          title={t('rank.historyTitle')}
          subtitle={t('rank.historySubtitle', { kind: kindPlural })}
          period={period}
          notes={notes}
          table={table}
          headingLevel={3}
          exportTitle={t('export:rankHistoryTitle', {
            name,
            indicator: t('common:indicator.level4Rate'),
          })}
          exportable={!embedded}
          embed={unitEmbedPath(id, 'rank-history')}
          exportName={{
            subject: { vi: 'Thứ hạng', en: 'Rank' },
            scope: unit.unit.name,
            indicator: 'level4Rate',
          }}
          exportChart={(size) => (
            <RankChart
              points={history.points}
              worstRank={history.worstRank}
              summary={exportSummary}
              variant="export"
              height={size.height}
              width={size.width}
            />
          )}
        >
          <RankChart
            points={history.points}
            worstRank={history.worstRank}
            summary={t('rank.historySummary', {
              name,
              rank: l4.rank ?? t('rank.notRanked'),
              period: f.month(period),
              best: history.best.rank,
              bestPeriod: f.month(history.best.period),
            })}
          />
        </ChartFrame>
      )}
    </section>
  );
}
