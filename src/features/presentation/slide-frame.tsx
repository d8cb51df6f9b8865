import { useId, type ReactNode } from 'react';
import type { MonthIndex } from '../../domain/period';
import { useSnapshotTakenAt } from '../../hooks/use-snapshot-taken-at';
import { useFormatters, useT } from '../../i18n/use-locale';
import { BidiText } from '../../components/bidi-text';

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
  /** "Waiting for the figures of …": named while feeds are still arriving. */
  pending?: string | null;
  /** A short prompt in the foot ("Go to slide: 12", "Press Esc again"), where it covers nothing. */
  prompt?: string | null;
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
  pending = null,
  prompt = null,
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
          <BidiText text={title} />
        </Heading>
        {/* A snapshot's time goes on a line of its own: on one line with the period, it took
            the title's room, and the title's third line the figures'. */}
        <p className="slide__as-of">
          <span>{t('common:period.asOf', { period: f.month(period) })}</span>
          {takenAt !== null && (
            <span>{t('common:snapshot.takenAtShort', { date: f.dateTime(takenAt) })}</span>
          )}
        </p>
      </header>
      <div className="slide__body">{children}</div>
      <footer className="slide__foot">
        {/* While feeds are awaited, naming them replaces the coverage note (same subject, and
            the foot keeps its height so the figures above do not move). */}
        <div className="slide__note">
          {pending !== null ? (
            <p className="slide__pending">
              <BidiText text={pending} />
            </p>
          ) : typeof note === 'string' ? (
            <BidiText text={note} />
          ) : (
            note
          )}
        </div>
        {/* A prompt takes the buttons' place for a moment: the foot keeps its size. */}
        {prompt !== null ? (
          <p className="slide__prompt" aria-live="polite">
            {prompt}
          </p>
        ) : (
          controls
        )}
        <p className="slide__number">
          <span aria-hidden="true">{t('deck.counter', { n, count })}</span>
          <span className="visually-hidden">{t('deck.slideOf', { n, count })}</span>
        </p>
      </footer>
    </section>
  );
}
