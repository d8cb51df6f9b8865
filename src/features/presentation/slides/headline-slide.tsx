import { HeadlineCard } from '../../../components/headline-card/headline-card';
import type { Coverage } from '../../../domain/aggregate';
import {
  headlineFigures,
  indicatorsWithTarget,
  type HeadlineFigure,
} from '../../../domain/overview-summary';
import { useLocale, useT } from '../../../i18n/use-locale';
import type { FrozenData } from '../frozen-data';
import { SlideFrame, type FrameProps } from '../slide-frame';
import { useCoverageText } from './slide-parts';
import { unitNames } from '../../../domain/unit-names';

function FigureCard({
  figure,
  hero,
  noted,
}: {
  figure: HeadlineFigure;
  hero: boolean;
  /** The coverage the slide's note states: a row card says its own only where it differs. */
  noted: Coverage;
}) {
  const t = useT('present');
  const sameAsNote =
    figure.coverage.reported === noted.reported && figure.coverage.total === noted.total;
  return (
    <HeadlineCard
      figure={figure}
      variant="hall"
      hero={hero}
      coverage={
        (hero || !sameAsNote) && (
          <p className="figure__coverage">
            {t('headline.coverage', {
              reported: figure.coverage.reported,
              total: figure.coverage.total,
            })}
          </p>
        )
      }
    />
  );
}

/**
 * The national figures against the 2020 targets: one card per indicator the registry sets a target
 * for, the first (the level-4 rate) large with its change and the pace it needs, the others with the
 * pace their status is read on.
 */
export function HeadlineSlide({ data, frame }: { data: FrozenData; frame: FrameProps }) {
  const t = useT('present');
  const locale = useLocale();
  const coverageText = useCoverageText();
  const { model, dataset } = data;
  const figures = headlineFigures(model, 'all', indicatorsWithTarget(dataset.targets));
  const [hero, ...others] = figures;
  const first = hero ?? model.aggregate('all', 'level4Rate');
  const note = coverageText(first.coverage, unitNames(model.units, locale), null);
  return (
    <SlideFrame {...frame} note={note}>
      {hero === undefined ? (
        <p className="slide__message">{t('headline.noTargets')}</p>
      ) : (
        <div className={`headline${others.length === 0 ? ' headline--single' : ''}`}>
          <FigureCard figure={hero} hero noted={first.coverage} />
          {others.length > 0 && (
            <div className={`headline__others headline__others--${others.length}`}>
              {others.map((figure) => (
                <FigureCard
                  key={figure.indicator}
                  figure={figure}
                  hero={false}
                  noted={first.coverage}
                />
              ))}
            </div>
          )}
        </div>
      )}
    </SlideFrame>
  );
}
