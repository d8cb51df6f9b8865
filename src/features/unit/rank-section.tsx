import { useMemo } from 'react';
import { ChartFrame } from '../../components/chart-frame';
import { RankChart } from '../../components/charts/rank-chart';
import type { UnitModel } from '../../domain/model';
import { rankNeighbours } from '../../domain/neighbours';
import type { MonthIndex } from '../../domain/period';
import { rankHistory } from '../../domain/rank-history';
import type { Dataset } from '../../domain/types';
import { valueState } from '../../domain/unit-facts';
import { useFormatters, useT } from '../../i18n/use-locale';
import type { TableSpec } from '../../lib/table-spec';
import { NeighboursTable } from './neighbours-table';

/** Rank on level-4 now and how it moved, its history as a chart, and the neighbours. */
export function RankSection({
  unit,
  units,
  dataset,
  period,
  nameOf,
  feedFailed,
}: {
  unit: UnitModel;
  units: readonly UnitModel[];
  dataset: Dataset;
  period: MonthIndex;
  nameOf: (id: string) => string;
  feedFailed: boolean;
}) {
  const t = useT('unit');
  const f = useFormatters();
  const id = unit.unit.id;
  const name = nameOf(id);
  const kindPlural = t(`common:kind.${unit.unit.kind}_plural`);
  const l4 = unit.indicators.level4Rate;

  const history = useMemo(
    () => rankHistory(dataset, id, 'level4Rate', period),
    [dataset, id, period],
  );
  const neighbours = useMemo(() => rankNeighbours(units, id, 'level4Rate'), [units, id]);

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

  const move = history?.latestMove ?? null;
  const previous = history?.previous ?? null;
  const state = valueState(l4);
  const unrankedReason =
    state === 'zero-base'
      ? t('rate.zeroBase_level4Rate')
      : t(feedFailed ? 'common:state.noValue' : 'common:state.notReported');

  return (
    <section className="unit-section" aria-labelledby="unit-rank">
      <h2 id="unit-rank">{t('rank.title')}</h2>
      <div className="rank-now">
        {l4.rank !== null ? (
          <>
            <p className="rank-now__value">
              {t('rank.now', { rank: l4.rank, rankedOf: l4.rankedOf, kind: kindPlural })}
              {neighbours?.ranked && neighbours.tied.length > 0 && (
                <span className="rank-now__tied">
                  {' '}
                  (
                  {t('rank.tied', {
                    names: neighbours.tied.map((n) => nameOf(n.id)).join(', '),
                  })}
                  )
                </span>
              )}
            </p>
            <p className={`rank-move rank-move--${move?.direction ?? 'none'}`}>
              {move ? (
                <>
                  <span className="rank-move__arrow" aria-hidden="true">
                    {f.rankChange(l4.rankChange)}
                  </span>{' '}
                  {move.direction === 'same'
                    ? t('rank.same', { period: f.month(previous?.period ?? null) })
                    : t(`rank.${move.direction}`, {
                        count: move.places,
                        period: f.month(previous?.period ?? null),
                        previous: previous?.rank,
                      })}
                </>
              ) : (
                t('rank.noChange')
              )}
            </p>
          </>
        ) : (
          <p className="rank-now__value">{t('rank.unranked', { reason: unrankedReason })}</p>
        )}
        {history?.best && history.best.rank !== null && (
          <p className="rank-now__best">
            {t('rank.best', { rank: history.best.rank, period: f.month(history.best.period) })}
          </p>
        )}
      </div>
      {history?.best === null && <p>{t('rank.historySummaryNone', { name })}</p>}
      {history && history.best !== null && table && (
        <ChartFrame
          title={t('rank.historyTitle')}
          subtitle={t('rank.historySubtitle', { kind: kindPlural })}
          period={period}
          table={table}
          headingLevel={3}
          exportName={{
            subject: { vi: `Thứ hạng ${unit.unit.name.vi}`, en: `Rank ${unit.unit.name.en}` },
            scope: `unit:${id}`,
          }}
          exportChart={(size) => (
            <RankChart
              points={history.points}
              worstRank={history.worstRank}
              summary={name}
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
      <h3>{t('neighbours.title')}</h3>
      {neighbours && (
        <NeighboursTable
          unitId={id}
          kind={unit.unit.kind}
          neighbours={neighbours}
          nameOf={nameOf}
          period={period}
        />
      )}
    </section>
  );
}
