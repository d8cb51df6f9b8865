import { useMemo } from 'react';
import type { UnitModel } from '../../domain/model';
import { rankNeighbours } from '../../domain/neighbours';
import type { MonthIndex } from '../../domain/period';
import { rankHistory } from '../../domain/rank-history';
import type { Dataset } from '../../domain/types';
import { valueStateText } from '../../components/value-state-label';
import { useFormatters, useT } from '../../i18n/use-locale';
import { NeighboursTable } from './neighbours-table';
import { isolate } from '../../lib/isolate';
import { BidiText } from '../../components/bidi-text';
import { RankChangeMark } from '../../components/rank-change-mark';

/**
 * What a board asks first about its rank: where it stands on level-4 now, how that moved, and the
 * units just above and below. The rank's history is a chart further down (RankHistorySection).
 */
export function RankSection({
  unit,
  units,
  dataset,
  period,
  nameOf,
}: {
  unit: UnitModel;
  units: readonly UnitModel[];
  dataset: Dataset;
  period: MonthIndex;
  nameOf: (id: string) => string;
}) {
  const t = useT('unit');
  const f = useFormatters();
  const id = unit.unit.id;
  const kindPlural = t(`common:kind.${unit.unit.kind}_plural`);
  const l4 = unit.indicators.level4Rate;

  const history = useMemo(
    () => rankHistory(dataset, id, 'level4Rate', period),
    [dataset, id, period],
  );
  const neighbours = useMemo(() => rankNeighbours(units, id, 'level4Rate'), [units, id]);

  const move = history?.latestMove ?? null;
  const previous = history?.previous ?? null;
  const unrankedReason =
    l4.state === 'no-services'
      ? t('rate.zeroBase_level4Rate')
      : valueStateText(l4.state, unit.fault, t);

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
                  <BidiText
                    text={t('rank.tied', {
                      names: neighbours.tied.map((n) => isolate(nameOf(n.id))).join(', '),
                    })}
                  />
                  )
                </span>
              )}
            </p>
            <p className={`rank-move rank-move--${move?.direction ?? 'none'}`}>
              {move ? (
                <>
                  <span className="rank-move__arrow" aria-hidden="true">
                    <RankChangeMark change={l4.rankChange} />
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
