import { useId } from 'react';
import { StatusBadge } from '../../../components/status-badge';
import { isRateIndicator, type IndicatorId } from '../../../domain/indicators';
import type { UnitIndicator } from '../../../domain/model';
import type { FeedFault } from '../../../domain/types';
import { valueStateText } from '../../../components/value-state-label';
import { indicatorsWithTarget } from '../../../domain/overview-summary';
import { rankingTable } from '../../../domain/ranking-rows';
import { lgspStageAt } from '../../../domain/unit-facts';
import { useFormatters, useLocale, useT } from '../../../i18n/use-locale';
import type { FrozenData } from '../frozen-data';
import { SlideFrame, type FrameProps } from '../slide-frame';
import { DECK_INDICATOR } from '../slide-title';
import { FlagLine, RankMoveText } from './slide-parts';
import { isolate } from '../../../lib/isolate';
import { BidiText } from '../../../components/bidi-text';

function useIndicatorValue() {
  const t = useT('present');
  const f = useFormatters();
  return (
    indicator: IndicatorId,
    ui: UnitIndicator,
    stage: string | null,
    fault: FeedFault | null,
  ): string => {
    if (ui.tenths === null) return valueStateText(ui.state, fault, t, true);
    if (isRateIndicator(indicator)) return f.percentTenths(ui.tenths);
    if (indicator === 'lgspConnected' && stage !== null) return t(`common:lgsp.${stage}`);
    return ui.value === 1 ? t('unit.yes') : t('unit.no');
  };
}

/**
 * A unit the presenter called to report: its level-4 rate with rank, move, target and pace; its
 * other indicators against their targets; its flags with the reasons in numbers.
 */
export function UnitSlide({
  data,
  frame,
  unitId,
}: {
  data: FrozenData;
  frame: FrameProps;
  unitId: string;
}) {
  const t = useT('present');
  const f = useFormatters();
  const locale = useLocale();
  const valueText = useIndicatorValue();
  const heroId = useId();
  const { model, dataset } = data;
  const u = model.byId.get(unitId);
  if (!u) return null;
  const l4 = u.indicators[DECK_INDICATOR];
  const row = rankingTable(model, u.unit.kind, DECK_INDICATOR, dataset.regions).rows.find(
    (r) => r.id === unitId,
  );
  const region = dataset.regions.find((r) => r.id === u.unit.region) ?? null;
  const stage = lgspStageAt(
    dataset.units.find((d) => d.unit.id === unitId),
    model.period,
  );
  const others = indicatorsWithTarget(dataset.targets).filter((ind) => ind !== DECK_INDICATOR);
  const progress = l4.progress;
  const subtitle = [
    t(`common:kindOne.${u.unit.kind}`),
    region ? isolate(region.name[locale]) : null,
  ]
    .filter((s) => s !== null)
    .join(' · ');

  return (
    <SlideFrame {...frame} note={subtitle}>
      <div className="unit-slide">
        <article className="figure figure--hero unit-slide__hero" aria-labelledby={heroId}>
          <h2 id={heroId} className="figure__name">
            {t(`common:indicator.${DECK_INDICATOR}`)}
          </h2>
          <p className="figure__value">{valueText(DECK_INDICATOR, l4, stage, u.fault)}</p>
          {l4.rank !== null && (
            <p className="unit-slide__rank">
              {t('unit.rank', { rank: l4.rank, of: l4.rankedOf })}{' '}
              {row && <RankMoveText move={row.move} change={row.rankChange} />}
            </p>
          )}
          {l4.target && (
            <p className="figure__target">
              <span>
                {t('common:target.label', {
                  value: f.target(l4.target.value),
                  deadline: f.month(l4.target.deadline),
                })}
              </span>{' '}
              <StatusBadge status={l4.status} />
            </p>
          )}
          {progress && progress.status !== 'met' && progress.valueNow !== null && (
            <p className="figure__pace">
              {progress.requiredPace === null
                ? t('headline.deadlinePassed', { deadline: f.month(progress.deadline) })
                : t('headline.pace', {
                    pace: f.pointsPerMonth(progress.requiredPace),
                    slope: f.pointsPerMonth(progress.slope),
                  })}
            </p>
          )}
        </article>
        {others.length > 0 && (
          <table className="unit-slide__table">
            <caption className="visually-hidden">
              <BidiText text={t('unit.caption', { name: isolate(u.unit.name[locale]) })} />
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('unit.indicator')}</th>
                <th scope="col">{t('unit.value')}</th>
                <th scope="col">{t('ranking.status')}</th>
              </tr>
            </thead>
            <tbody>
              {others.map((ind) => (
                <tr key={ind}>
                  <th scope="row">{t(`common:indicatorShort.${ind}`)}</th>
                  <td>{valueText(ind, u.indicators[ind], stage, u.fault)}</td>
                  <td>
                    <StatusBadge status={u.indicators[ind].status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <section className="unit-slide__flags" aria-labelledby={`${heroId}-flags`}>
          <h2 id={`${heroId}-flags`}>{t('unit.flags')}</h2>
          {u.flags.length === 0 ? (
            <p>{t('unit.noFlags')}</p>
          ) : (
            <ul className="flag-list-slide">
              {u.flags.map((flag) => (
                <FlagLine key={flag.rule} flag={flag} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </SlideFrame>
  );
}
