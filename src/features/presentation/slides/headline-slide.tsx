import { useId } from 'react';
import { StatusBadge } from '../../../components/status-badge';
import { isRateIndicator } from '../../../domain/indicators';
import {
  headlineFigures,
  indicatorsWithTarget,
  type HeadlineFigure,
} from '../../../domain/overview-summary';
import { useFormatters, useLocale, useT } from '../../../i18n/use-locale';
import type { FrozenData } from '../frozen-data';
import { SlideFrame, type FrameProps } from '../slide-frame';
import { namesOf, useCoverageText } from './slide-parts';

function FigureCard({ figure, hero }: { figure: HeadlineFigure; hero: boolean }) {
  const t = useT('present');
  const f = useFormatters();
  const id = useId();
  const { indicator, target, progress } = figure;
  return (
    <article className={`figure ${hero ? 'figure--hero' : 'figure--row'}`} aria-labelledby={id}>
      <h2 id={id} className="figure__name">
        {t(`common:indicator.${indicator}`)}
      </h2>
      <div className="figure__main">
        <p className="figure__value">
          {figure.value === null ? (
            <span className="figure__none">{t('headline.noValue')}</span>
          ) : (
            f.percentTenths(figure.tenths)
          )}
        </p>
        {target && <StatusBadge status={progress?.status ?? null} />}
      </div>
      <div className="figure__details">
        {target && (
          <p className="figure__target">
            {t('common:target.label', {
              value: f.target(target.value),
              deadline: f.month(target.deadline),
            })}
          </p>
        )}
        {!isRateIndicator(indicator) && figure.value !== null && (
          <p className="figure__units">
            {t('headline.units', { num: f.count(figure.num), den: f.count(figure.den) })}
          </p>
        )}
        <p className="figure__change">
          {figure.change === null
            ? t('headline.noChange')
            : t('headline.change', {
                change: f.points(figure.change),
                period: f.month(figure.previousPeriod),
              })}
        </p>
        {hero && progress && progress.status !== 'met' && progress.valueNow !== null && (
          <p className="figure__pace">
            {progress.requiredPace === null
              ? t('headline.deadlinePassed', { deadline: f.month(progress.deadline) })
              : t('headline.pace', {
                  pace: f.pointsPerMonth(progress.requiredPace),
                  slope: f.pointsPerMonth(progress.slope),
                })}
          </p>
        )}
        <p className="figure__coverage">
          {t('headline.coverage', {
            reported: figure.coverage.reported,
            total: figure.coverage.total,
          })}
        </p>
      </div>
    </article>
  );
}

/**
 * The national figures against the 2020 targets: one card per indicator the registry sets a target
 * for, the first (the level-4 rate) large, with the pace it needs.
 */
export function HeadlineSlide({ data, frame }: { data: FrozenData; frame: FrameProps }) {
  const t = useT('present');
  const locale = useLocale();
  const coverageText = useCoverageText();
  const { model, dataset } = data;
  const figures = headlineFigures(
    model,
    'all',
    indicatorsWithTarget(dataset.targets, model.period),
  );
  const [hero, ...others] = figures;
  const first = hero ?? model.aggregate('all', 'level4Rate');
  const note = coverageText(first.coverage, namesOf(model.units, locale), null);
  return (
    <SlideFrame {...frame} note={note}>
      {hero === undefined ? (
        <p className="slide__message">{t('headline.noTargets')}</p>
      ) : (
        <div className={`headline${others.length === 0 ? ' headline--single' : ''}`}>
          <FigureCard figure={hero} hero />
          {others.length > 0 && (
            <div className={`headline__others headline__others--${others.length}`}>
              {others.map((figure) => (
                <FigureCard key={figure.indicator} figure={figure} hero={false} />
              ))}
            </div>
          )}
        </div>
      )}
    </SlideFrame>
  );
}
