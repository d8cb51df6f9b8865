import { useId, type ReactNode } from 'react';
import type { MonthIndex } from '../../domain/period';
import { useSnapshotTakenAt } from '../../hooks/use-snapshot-taken-at';
import { useFormatters, useT } from '../../i18n/use-locale';

/** What every slide carries: its title, the frozen period, and "n / N". */
export interface FrameProps {
  title: string;
  period: MonthIndex;
  n: number;
  count: number;
  /** The presenter's buttons, on the slide on screen only (not in print or thumbnails). */
  controls?: ReactNode;
  /** The current slide is the page's one h1; copies (print, thumbnails) use h2. */
  headingLevel?: 1 | 2;
}

/**
 * One 1920 × 1080 slide: title and "Số liệu đến 08/2020" in the band at the top, the content,
 * and a foot with what the figures cover and the slide number. Sizes are for the hall: nothing
 * under 28 px at 1920 × 1080.
 */
export function SlideFrame({
  title,
  period,
  n,
  count,
  controls,
  headingLevel = 1,
  note,
  className,
  children,
}: FrameProps & { note?: ReactNode; className?: string; children: ReactNode }) {
  const t = useT('present');
  const f = useFormatters();
  const headingId = useId();
  const takenAt = useSnapshotTakenAt();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section
      className={`slide${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
      aria-roledescription={t('deck.roledescription')}
    >
      <header className="slide__head">
        <Heading id={headingId} className="slide__title">
          {title}
        </Heading>
        <p className="slide__as-of">
          {t('common:period.asOf', { period: f.month(period) })}
          {takenAt !== null && (
            <> · {t('common:snapshot.takenAtShort', { date: f.dateTime(takenAt) })}</>
          )}
        </p>
      </header>
      <div className="slide__body">{children}</div>
      <footer className="slide__foot">
        <div className="slide__note">{note}</div>
        {controls}
        <p className="slide__number">
          <span aria-hidden="true">{t('deck.counter', { n, count })}</span>
          <span className="visually-hidden">{t('deck.slideOf', { n, count })}</span>
        </p>
      </footer>
    </section>
  );
}
