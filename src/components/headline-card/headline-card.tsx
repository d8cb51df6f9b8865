import { useId, type ReactNode } from 'react';
import { isRateIndicator, type IndicatorId } from '../../domain/indicators';
import type { HeadlineFigure } from '../../domain/overview-summary';
import { useFormatters, useT } from '../../i18n/use-locale';
import { StatusBadge } from '../status-badge';

/** Where the card is shown: the overview screen, or the hall deck (large type, no hover). */
export type HeadlineCardVariant = 'screen' | 'hall';

/** Class names and messages per place; the lines and their figures are the same everywhere. */
const LOOK = {
  screen: { root: 'kpi-card', messages: 'overview:cards' },
  hall: { root: 'figure', messages: 'present:headline' },
} as const;

/**
 * One indicator against its target: value, target and status, units that have it, change since
 * the previous period and the pace it needs. Render-ready figure in; it computes nothing.
 * Given only the indicator, the card waits for its figure: its title in the card's own box. The
 * figure then fills the same elements: nothing is replaced, nothing moves.
 */
export function HeadlineCard({
  figure: figureOrPending,
  variant,
  hero = false,
  provisionalTag,
  coverage,
}: {
  figure: HeadlineFigure | IndicatorId;
  variant: HeadlineCardVariant;
  /** The deck's large first card: the change since the month before and the pace it needs. */
  hero?: boolean;
  /** A "provisional" tag beside the value (screen: the period is not closed yet). */
  provisionalTag?: ReactNode;
  /** The coverage line under the figures. */
  coverage?: ReactNode;
}) {
  const t = useT();
  const f = useFormatters();
  const id = useId();
  const { root, messages } = LOOK[variant];
  const hall = variant === 'hall';
  const Heading = hall ? 'h2' : 'h3';
  const Root = hall ? 'article' : 'section';
  const pending = typeof figureOrPending === 'string';
  const indicator = pending ? figureOrPending : figureOrPending.indicator;
  const name = (
    <Heading id={id} className={hall ? 'figure__name' : 'kpi-card__title'}>
      {t(`common:indicator.${indicator}`)}
    </Heading>
  );
  if (pending)
    return (
      <Root className={`${root} ${root}--pending`} aria-labelledby={id} aria-busy="true">
        {name}
        <p className={`${root}__value`}>
          <span className={`${root}__none`}>{t('state.loading')}</span>
        </p>
      </Root>
    );

  const figure = figureOrPending;
  const { target, progress } = figure;

  const value = (
    <p className={`${root}__value`}>
      {figure.value === null ? (
        <span className={`${root}__none`}>{t(`${messages}.noValue`)}</span>
      ) : hall ? (
        f.percentTenths(figure.tenths)
      ) : (
        <span>{f.percentTenths(figure.tenths)}</span>
      )}
      {provisionalTag}
    </p>
  );
  const targetText =
    target &&
    t('common:target.label', { value: f.target(target.value), deadline: f.month(target.deadline) });
  const badge = target && <StatusBadge status={progress?.status ?? null} />;
  const units = !isRateIndicator(indicator) && figure.value !== null && (
    <p className={`${root}__units`}>
      {t(`${messages}.units`, { num: f.count(figure.num), den: f.count(figure.den) })}
    </p>
  );
  const change = (
    <p className={`${root}__change`}>
      {figure.change === null
        ? t(`${messages}.noChange`)
        : t(`${messages}.change`, {
            change: f.points(figure.change),
            period: f.month(figure.previousPeriod),
          })}
    </p>
  );
  const pace = progress && progress.status !== 'met' && progress.valueNow !== null && (
    <p className={`${root}__pace ${root}__pace--${progress.status}`}>
      {progress.requiredPace === null
        ? t(`${messages}.deadlinePassed`, { deadline: f.month(progress.deadline) })
        : t(`${messages}.pace`, {
            pace: f.pointsPerMonth(progress.requiredPace),
            slope: f.pointsPerMonth(progress.slope),
          })}
    </p>
  );
  return hall ? (
    <Root className={`figure ${hero ? 'figure--hero' : 'figure--row'}`} aria-labelledby={id}>
      {name}
      <div className="figure__main">
        {value}
        {badge}
      </div>
      <div className="figure__details">
        {targetText && <p className="figure__target">{targetText}</p>}
        {units}
        {/* A row has room for one of the two: the pace, which the status beside it is read on. */}
        {hero ? change : pace || change}
        {hero && pace}
        {coverage}
      </div>
    </Root>
  ) : (
    <Root className="kpi-card" aria-labelledby={id}>
      {name}
      {value}
      {units}
      {targetText && (
        <p className="kpi-card__target">
          <span>{targetText}</span> {badge}
        </p>
      )}
      {change}
      {pace}
      {coverage}
    </Root>
  );
}
