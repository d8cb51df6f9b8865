import { useId } from 'react';
import { StatusBadge } from '../../components/status-badge';
import type { RateIndicator } from '../../domain/indicators';
import type { UnitIndicator } from '../../domain/model';
import { paceComparison, type PaceComparison } from '../../domain/pace';
import type { MonthIndex } from '../../domain/period';
import { THRESHOLDS } from '../../domain/thresholds';
import type { FeedFault } from '../../domain/types';
import { valueStateText } from '../../components/value-state-label';
import type { Formatters } from '../../i18n/format';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';

type T = ReturnType<typeof useT>;

function reachText(pace: PaceComparison, target: number, t: T, f: Formatters): string | null {
  if (pace.verdict === 'met' || pace.verdict === 'no-value' || pace.verdict === 'no-trend') {
    return null;
  }
  if (pace.reachedAt === null) return t('rate.reach.never', { target: f.target(target) });
  return pace.monthsAfterDeadline === 0
    ? t('rate.reach.onTime', { target: f.target(target), month: f.month(pace.reachedAt) })
    : t('rate.reach.late', {
        target: f.target(target),
        month: f.month(pace.reachedAt),
        late: pace.monthsAfterDeadline,
      });
}

/**
 * One rate indicator against its target: value now, target and deadline, status, trend,
 * projection, and the required pace against the actual trend, all as the engine gives them.
 */
export function RateCard({
  indicator,
  value,
  period,
  fault,
}: {
  indicator: RateIndicator;
  value: UnitIndicator;
  period: MonthIndex;
  fault: FeedFault | null;
}) {
  const t = useT('unit');
  const f = useFormatters();
  const locale = useLocale();
  const headingId = useId();
  const state = value.state;
  const progress = value.progress;
  const pace = progress ? paceComparison(progress, period) : null;
  const measure = value.measure;

  return (
    <section className="rate-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="rate-card__title">
        {t(`common:indicator.${indicator}`)}
      </h3>
      <div className="rate-card__now">
        <p className="rate-card__value">
          {state === 'value'
            ? f.percentTenths(value.tenths)
            : state === 'no-services'
              ? t(`rate.zeroBase_${indicator}`)
              : valueStateText(state, fault, t)}
        </p>
        <StatusBadge status={value.status} />
      </div>
      <p className="rate-card__measure">
        {t('rate.valueNow', { period: f.month(period) })}
        {state === 'value' && measure !== null && (
          <>
            {' · '}
            {t(`rate.measure_${indicator}`, {
              num: f.count(measure.num),
              den: f.count(measure.den),
            })}
          </>
        )}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('rate.target')}</dt>
          <dd>
            {value.target
              ? t('rate.targetValue', {
                  value: f.target(value.target.value),
                  deadline: f.month(value.target.deadline),
                })
              : t('rate.noTarget')}
          </dd>
        </div>
        <div>
          <dt>
            {t('rate.trend')} <span className="facts__note">{t('rate.trendWindow')}</span>
          </dt>
          <dd>
            {value.slope === null ? (
              <>
                {t('rate.noTrend')}{' '}
                <span className="facts__note">
                  (
                  {t('rate.noTrendWhy', {
                    min: THRESHOLDS.trendMinPoints,
                    window: THRESHOLDS.trendWindowMonths,
                  })}
                  )
                </span>
              </>
            ) : (
              f.pointsPerMonth(value.slope)
            )}
          </dd>
        </div>
        {progress && (
          <div>
            <dt>{t('rate.projection', { deadline: f.month(progress.deadline) })}</dt>
            <dd>
              {progress.projection === null
                ? t('rate.noProjection')
                : f.percent(progress.projection)}
            </dd>
          </div>
        )}
        {pace &&
          pace.required !== null &&
          pace.verdict !== 'met' &&
          pace.verdict !== 'no-value' && (
            <div>
              <dt>{t('rate.pace')}</dt>
              <dd>
                {pace.actual === null
                  ? t('rate.paceNeeded', { required: f.pointsPerMonth(pace.required) })
                  : t('rate.paceCompare', {
                      required: f.pointsPerMonth(pace.required),
                      actual: f.pointsPerMonth(pace.actual),
                    })}
              </dd>
            </div>
          )}
      </dl>
      {pace && progress && (
        <p className={`rate-card__verdict rate-card__verdict--${pace.verdict}`}>
          {t(`rate.verdict.${pace.verdict}`, {
            gap: pace.gap === null ? '' : f.points(pace.gap, false),
            deadline: f.month(progress.deadline),
          })}{' '}
          {reachText(pace, progress.target, t, f)}
        </p>
      )}
      {value.target && (
        <p className="rate-card__basis">{t('rate.basis', { basis: value.target.basis[locale] })}</p>
      )}
    </section>
  );
}
