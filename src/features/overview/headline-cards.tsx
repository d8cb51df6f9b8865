import { useId } from 'react';
import { isRateIndicator } from '../../domain/indicators';
import type { HeadlineFigure } from '../../domain/overview-summary';
import type { UnitKind } from '../../domain/types';
import { StatusBadge } from '../../components/status-badge';
import { useFormatters, useT } from '../../i18n/use-locale';
import { ScopeCoverage } from './scope-coverage';

function HeadlineCard({
  aggregate,
  kind,
  names,
  provisional,
}: {
  aggregate: HeadlineFigure;
  kind: UnitKind | null;
  names: ReadonlyMap<string, string>;
  provisional: boolean;
}) {
  const t = useT('overview');
  const f = useFormatters();
  const id = useId();
  const { indicator, target, progress } = aggregate;
  const rate = isRateIndicator(indicator);
  return (
    <section className="kpi-card" aria-labelledby={id}>
      <h3 id={id} className="kpi-card__title">
        {t(`common:indicator.${indicator}`)}
      </h3>
      <p className="kpi-card__value">
        {aggregate.value === null ? (
          <span className="kpi-card__none">{t('cards.noValue')}</span>
        ) : (
          <span>{f.percentTenths(aggregate.tenths)}</span>
        )}
        {provisional && <span className="tag tag--provisional">{t('provisionalTag')}</span>}
      </p>
      {!rate && aggregate.value !== null && (
        <p className="kpi-card__units">
          {t('cards.units', { num: f.count(aggregate.num), den: f.count(aggregate.den) })}
        </p>
      )}
      {target && (
        <p className="kpi-card__target">
          <span>
            {t('common:target.label', {
              value: f.target(target.value),
              deadline: f.month(target.deadline),
            })}
          </span>{' '}
          <StatusBadge status={progress?.status ?? null} />
        </p>
      )}
      <p className="kpi-card__change">
        {aggregate.change === null
          ? t('cards.noChange')
          : t('cards.change', {
              change: f.points(aggregate.change),
              period: f.month(aggregate.previousPeriod),
            })}
      </p>
      {progress && progress.status !== 'met' && progress.valueNow !== null && (
        <p className="kpi-card__pace">
          {progress.requiredPace === null
            ? t('cards.deadlinePassed', { deadline: f.month(progress.deadline) })
            : t('cards.pace', {
                pace: f.pointsPerMonth(progress.requiredPace),
                slope: f.pointsPerMonth(progress.slope),
              })}
        </p>
      )}
      <ScopeCoverage
        coverage={aggregate.coverage}
        kind={kind}
        names={names}
        provisional={provisional}
      />
    </section>
  );
}

/** One card per indicator the registry sets a target for, for the chosen scope. */
export function HeadlineCards({
  aggregates,
  kind,
  names,
  provisional,
}: {
  aggregates: readonly HeadlineFigure[];
  kind: UnitKind | null;
  names: ReadonlyMap<string, string>;
  provisional: boolean;
}) {
  const t = useT('overview');
  return (
    <section className="overview-cards" aria-labelledby="overview-cards">
      <h2 id="overview-cards">{t('cards.heading')}</h2>
      {aggregates.length === 0 ? (
        <p>{t('cards.noTargets')}</p>
      ) : (
        <div className="overview-cards__grid">
          {aggregates.map((a) => (
            <HeadlineCard
              key={a.indicator}
              aggregate={a}
              kind={kind}
              names={names}
              provisional={provisional}
            />
          ))}
        </div>
      )}
    </section>
  );
}
