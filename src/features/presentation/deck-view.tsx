import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { buildDeck, type SlideSpec } from '../../domain/deck';
import { formatPeriod } from '../../domain/period';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import type { DeckEffect, DeckUi } from './deck-keys';
import { DeckButton } from './deck-button';
import { DeckOverview } from './deck-overview';
import { parseDeckUrl, patchDeckUrl, type DeckUrl } from './deck-url';
import type { FrozenData } from './frozen-data';
import { SlideContent } from './slide-content';
import type { FrameProps } from './slide-frame';
import { slideTitle } from './slide-title';
import { targetsLine } from '../../components/targets-line';
import { Stage } from './stage';
import { useDeckKeys } from './use-deck-keys';
import { useExitDeck } from './use-exit-deck';
import { useFullscreen } from './use-fullscreen';
import { BidiText } from '../../components/bidi-text';

/** The deck, once its data is frozen: the current slide, keys, overview, black screen, print. */
export function DeckView({
  frozen,
  pending = [],
}: {
  frozen: FrozenData;
  /** Names of the units whose feeds have not arrived yet (the deck fills in as they do). */
  pending?: readonly string[];
}) {
  const t = useT('present');
  const tc = useT();
  const f = useFormatters();
  const locale = useLocale();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const url = parseDeckUrl(search);
  const { model, dataset } = frozen;
  const pickKey = url.pick.join('\n');

  const deck = useMemo(
    () =>
      buildDeck({
        period: model.period,
        units: dataset.units.map((u) => u.unit),
        regions: dataset.regions,
        pick: pickKey === '' ? [] : pickKey.split('\n'),
      }),
    [model, dataset, pickKey],
  );
  const count = deck.slides.length;
  const slide = Math.min(count, Math.max(1, url.slide ?? 1));
  const periodText = formatPeriod(model.period);
  const titles = useMemo(() => {
    const targets = targetsLine(dataset.targets, model.period, tc, f);
    return deck.slides.map((s) => slideTitle(s, tc, f, locale, targets));
  }, [deck, tc, f, locale, dataset, model]);
  const title = titles[slide - 1] ?? '';

  const [digits, setDigits] = useState('');
  const [black, setBlack] = useState(false);
  const [overview, setOverview] = useState(false);
  const [exitArmed, setExitArmed] = useState(false);
  const fullscreen = useFullscreen();
  const exit = useExitDeck();
  const main = useRef<HTMLElement>(null);
  // Where the deck was opened from (see useExitDeck), carried through every replace.
  const entryState: unknown = location.state;

  // Every change replaces the history entry (Back leaves the deck) and keeps the entry's state.
  const replace = (patch: Partial<DeckUrl>) =>
    setSearch(patchDeckUrl(search, patch), { replace: true, state: entryState });
  // The slide last asked for: until the router commits it, a render still shows the one before,
  // and a quick key back to that one must still be written.
  const asked = useRef(slide);
  useLayoutEffect(() => {
    asked.current = slide;
  }, [slide]);
  const go = (n: number) => {
    if (n === asked.current) return;
    asked.current = n;
    replace({ slide: n });
  };
  /** A slide forward or back from the one last asked for (two quick clicks, two slides). */
  const goBy = (delta: number) => go(Math.min(count, Math.max(1, asked.current + delta)));

  // The period is frozen in the URL the moment the deck opens, and the slide number kept valid.
  // The slide written is the one last asked for: a key can arrive between this render's paint and
  // this effect, and writing the slide this render shows would undo it.
  useEffect(() => {
    const wanted = Math.min(count, Math.max(1, asked.current));
    if (url.period !== periodText || url.slide !== wanted) {
      setSearch(patchDeckUrl(search, { period: periodText, slide: wanted }), {
        replace: true,
        state: entryState,
      });
    }
  }, [url.period, url.slide, periodText, slide, count, search, setSearch, entryState]);

  useEffect(() => {
    document.title = t('deck.documentTitle', { title: `${slide}/${count} ${title}` });
  }, [t, slide, count, title]);

  const closeOverview = () => {
    setOverview(false);
    main.current?.focus();
  };

  const apply = (next: DeckUi, effect: DeckEffect) => {
    setDigits(next.digits);
    setBlack(next.black);
    setExitArmed(next.exitArmed === true);
    if (next.overview !== overview) {
      if (next.overview) setOverview(true);
      else closeOverview();
    }
    go(next.slide);
    if (effect === 'exit') exit();
    if (effect === 'fullscreen') fullscreen.toggle();
  };
  useDeckKeys({ slide, count, digits, black, overview, exitArmed }, apply);
  const pendingText = usePendingText(pending);
  const prompt =
    digits !== '' ? t('deck.goTo', { digits }) : exitArmed ? t('deck.confirmExit') : null;

  const frame = (n: number, copy: boolean): FrameProps => ({
    title: titles[n - 1] ?? '',
    period: model.period,
    n,
    count,
    headingLevel: copy ? 2 : 1,
  });

  const controls = (
    <nav className="deck-controls" aria-label={t('controls.label')}>
      <DeckButton onPress={() => goBy(-1)} disabled={slide === 1}>
        <span aria-hidden="true">‹ </span>
        {t('controls.previous')}
      </DeckButton>
      <DeckButton onPress={() => goBy(1)} disabled={slide === count}>
        {t('controls.next')}
        <span aria-hidden="true"> ›</span>
      </DeckButton>
      <DeckButton onPress={() => setOverview(true)} aria-haspopup="dialog">
        {t('controls.overview')}
      </DeckButton>
      <DeckButton onPress={exit}>{t('controls.exit')}</DeckButton>
    </nav>
  );

  const spec = deck.slides[slide - 1]!;
  return (
    <>
      <Stage>
        <main className="deck__main" id="main" tabIndex={-1} ref={main} inert={overview}>
          <SlideContent
            spec={spec}
            data={frozen}
            frame={{ ...frame(slide, false), controls, pending: pendingText, prompt }}
          />
        </main>
        {overview && (
          <DeckOverview
            slides={deck.slides}
            titles={titles}
            notes={deck.notes}
            current={slide}
            data={frozen}
            frame={(n) => frame(n, true)}
            pick={url.pick}
            onPick={(pick) => replace({ pick })}
            onGo={(n) => {
              go(n);
              closeOverview();
            }}
            onClose={closeOverview}
            onExit={exit}
            fullscreen={fullscreen}
          />
        )}
      </Stage>
      <p className="visually-hidden" role="status">
        <BidiText text={t('deck.announce', { n: slide, count, title })} />
      </p>
      {black && (
        <div className="deck-black" onClick={() => setBlack(false)}>
          <p className="visually-hidden" role="status">
            {t('black')}
          </p>
        </div>
      )}
      <PrintDeck slides={deck.slides} titles={titles} data={frozen} />
    </>
  );
}

const PENDING_NAMED = 6;

/** "Đang chờ số liệu của Hà Tĩnh, Bộ Tài chính …", or null when nothing is pending. */
function usePendingText(pending: readonly string[]): string | null {
  const t = useT('present');
  if (pending.length === 0) return null;
  const shown = pending.slice(0, PENDING_NAMED).join(', ');
  const names =
    pending.length > PENDING_NAMED
      ? t('deck.pendingMore', { names: shown, count: pending.length - PENDING_NAMED })
      : shown;
  return t('deck.pending', { names });
}

/**
 * Every slide, one per printed page (the print stylesheet shows this and hides the screen), so
 * Ctrl+P or "Save as PDF" gives the whole deck for the minutes. Drawn once, not on every step.
 */
const PrintDeck = memo(function PrintDeck({
  slides,
  titles,
  data,
}: {
  slides: readonly SlideSpec[];
  titles: readonly string[];
  data: FrozenData;
}) {
  return (
    <div className="print-deck" aria-hidden="true">
      {slides.map((spec, i) => (
        <SlideContent
          key={i}
          spec={spec}
          data={data}
          frame={{
            title: titles[i] ?? '',
            period: data.model.period,
            n: i + 1,
            count: slides.length,
            headingLevel: 2,
          }}
        />
      ))}
    </div>
  );
});
