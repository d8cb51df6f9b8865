import { useId } from 'react';
import { flagReason } from '../../../components/flag-reason';
import type { UnitModel } from '../../../domain/model';
import { countByRule, firstAndRest } from '../../../domain/overview-summary';
import { useFormatters, useLocale, useT } from '../../../i18n/use-locale';
import type { FrozenData } from '../frozen-data';
import { SlideFrame, type FrameProps } from '../slide-frame';

/** The four most severe laggards, one per row: name and flags, then the first reason. */
const SHOWN = 4;

function LaggardCard({ unit, n }: { unit: UnitModel; n: number }) {
  const t = useT('present');
  const tc = useT();
  const f = useFormatters();
  const locale = useLocale();
  const id = useId();
  const [first] = unit.flags;
  return (
    <li className="laggard" aria-labelledby={id}>
      <div className="laggard__head">
        <h2 className="laggard__name" id={id}>
          <span className="laggard__n">{n}.</span> <bdi>{unit.unit.name[locale]}</bdi>{' '}
          <span className="laggard__kind">({t(`common:kindOne.${unit.unit.kind}`)})</span>
        </h2>
        <ul className="laggard__chips" aria-label={t('laggards.flags')}>
          {unit.flags.map((flag) => (
            <li key={flag.rule} className={`chip chip--${flag.rule}`}>
              {tc(`flag.${flag.rule}`)}
            </li>
          ))}
        </ul>
      </div>
      {first && <p className="laggard__reason">{flagReason(first, tc, f)}</p>}
    </li>
  );
}

/**
 * Who is behind and why: how many units each rule flags, then the four most severe laggards (the
 * engine's order), each with every flag named and the first flag's reason in numbers (the
 * laggards page has every reason of every unit).
 */
export function LaggardsSlide({ data, frame }: { data: FrozenData; frame: FrameProps }) {
  const t = useT('present');
  const { laggards } = data.model;
  const counts = countByRule(laggards).filter((c) => c.count > 0);
  const { shown, rest } = firstAndRest(laggards, SHOWN);
  return (
    <SlideFrame {...frame} note={rest > 0 ? t('laggards.rest', { count: rest }) : undefined}>
      {laggards.length === 0 ? (
        <p className="slide__message">{t('laggards.none')}</p>
      ) : (
        <>
          <p className="laggards__summary">
            <strong>{t('laggards.summary', { count: laggards.length })}</strong>
            {counts.map((c) => (
              <span key={c.rule} className="laggards__count">
                <span className={`chip chip--${c.rule}`}>{t(`common:flag.${c.rule}`)}</span>{' '}
                {c.count}
              </span>
            ))}
          </p>
          <ol className="laggards__grid">
            {shown.map((u, i) => (
              <LaggardCard key={u.unit.id} unit={u} n={i + 1} />
            ))}
          </ol>
        </>
      )}
    </SlideFrame>
  );
}
