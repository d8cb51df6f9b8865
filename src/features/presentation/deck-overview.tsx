import { Fragment, useEffect, useId, useRef } from 'react';
import type { DeckNote, SlideSpec } from '../../domain/deck';
import { useLocale, useT } from '../../i18n/use-locale';
import { DeckButton } from './deck-button';
import { PickEditor } from './pick-editor';
import { wrapFocus } from './wrap-focus';
import type { FrozenData } from './frozen-data';
import { SlideContent } from './slide-content';
import type { FrameProps } from './slide-frame';
import { BidiText } from '../../components/bidi-text';
import { ARROW_PATHS } from '../../components/icon-paths';
import { LineIcon } from '../../components/line-icon';

type ArrowKey = keyof typeof ARROW_PATHS;

/** What a screen reader says for a drawn arrow key (the key names are English, as printed). */
const ARROW_KEY_NAMES: Record<ArrowKey, string> = {
  right: 'Right arrow',
  left: 'Left arrow',
  up: 'Up arrow',
  down: 'Down arrow',
};

/** Keys by the names printed on them; the arrow keys are drawn (the page's font has no arrows). */
const KEYS: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['right', 'down', 'PageDown', 'Space', 'Enter', 'N'], action: 'next' },
  { keys: ['left', 'up', 'PageUp', 'Backspace', 'P'], action: 'previous' },
  { keys: ['Home', '/', 'End'], action: 'firstLast' },
  { keys: ['5', 'Enter'], action: 'goTo' },
  { keys: ['B', '.'], action: 'black' },
  { keys: ['G', 'T'], action: 'overview' },
  { keys: ['F'], action: 'fullscreen' },
  { keys: ['Esc'], action: 'exit' },
];

function isArrow(key: string): key is ArrowKey {
  return Object.hasOwn(ARROW_PATHS, key);
}

/** A key's name, or its arrow drawn and named for screen readers ("Right arrow"). */
function KeyName({ name }: { name: string }) {
  if (!isArrow(name)) return <>{name}</>;
  return (
    <>
      <LineIcon className="keys-table__arrow" d={ARROW_PATHS[name]} strokeWidth={2.4} />
      <span className="visually-hidden">{ARROW_KEY_NAMES[name]}</span>
    </>
  );
}

function NoteText({ note }: { note: DeckNote }) {
  const t = useT('present');
  if (note.kind === 'unknown-picks') {
    return <>{t('notes.unknown-picks', { ids: note.ids.join(', ') })}</>;
  }
  return <>{t(`notes.${note.kind}`)}</>;
}

/**
 * Every slide as a thumbnail to jump to, what the deck leaves out, the presenter's pick of units
 * with a slide of their own, the keys, and printing. Opened with G or T, closed with Esc.
 */
export function DeckOverview({
  slides,
  titles,
  notes,
  current,
  data,
  frame,
  pick,
  onPick,
  onGo,
  onClose,
  onExit,
  fullscreen,
}: {
  slides: readonly SlideSpec[];
  titles: readonly string[];
  notes: readonly DeckNote[];
  current: number;
  data: FrozenData;
  frame: (n: number) => FrameProps;
  pick: readonly string[];
  onPick: (pick: string[]) => void;
  onGo: (n: number) => void;
  onClose: () => void;
  onExit: () => void;
  fullscreen: { active: boolean; supported: boolean; toggle: () => void };
}) {
  const t = useT('present');
  const locale = useLocale();
  const headingId = useId();
  const currentButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    currentButton.current?.focus();
  }, []);

  return (
    <div
      className="deck-overview"
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      onKeyDown={wrapFocus}
    >
      <div className="deck-overview__head">
        <h1 id={headingId} className="deck-overview__title">
          {t('overview.title')}
        </h1>
        <div className="deck-overview__tools">
          <DeckButton onPress={() => window.print()}>{t('controls.print')}</DeckButton>
          {fullscreen.supported && (
            <DeckButton onPress={fullscreen.toggle} aria-pressed={fullscreen.active}>
              {t('controls.fullscreen')}
            </DeckButton>
          )}
          <DeckButton onPress={onExit}>{t('controls.exit')}</DeckButton>
          <DeckButton onPress={onClose}>{t('overview.close')}</DeckButton>
        </div>
      </div>
      <ol className="deck-overview__grid">
        {slides.map((spec, i) => {
          const n = i + 1;
          return (
            <li key={i} className="thumb">
              <div className="thumb__picture" aria-hidden="true" inert>
                <div className="thumb__stage">
                  <SlideContent spec={spec} data={data} frame={frame(n)} />
                </div>
              </div>
              <button
                type="button"
                className="thumb__button"
                aria-current={n === current ? 'true' : undefined}
                ref={n === current ? currentButton : undefined}
                onClick={() => onGo(n)}
              >
                <span className="thumb__number">{n}</span> <BidiText text={titles[i] ?? ''} />
              </button>
            </li>
          );
        })}
      </ol>
      {notes.length > 0 && (
        <ul className="deck-overview__notes">
          {notes.map((note) => (
            <li key={note.kind}>
              <NoteText note={note} />
            </li>
          ))}
        </ul>
      )}
      <div className="deck-overview__columns">
        <PickEditor units={data.model.units.map((u) => u.unit)} pick={pick} onPick={onPick} />
        <section className="deck-overview__keys" aria-labelledby={`${headingId}-keys`}>
          <h2 id={`${headingId}-keys`}>{t('keys.title')}</h2>
          <table className="keys-table">
            <caption className="visually-hidden">{t('keys.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('keys.key')}</th>
                <th scope="col">{t('keys.action')}</th>
              </tr>
            </thead>
            <tbody>
              {KEYS.map((k) => (
                <tr key={k.action}>
                  <th scope="row" lang={locale === 'vi' ? 'en' : undefined}>
                    <kbd>
                      {k.keys.map((key, i) => (
                        <Fragment key={key}>
                          {i > 0 && ' '}
                          <KeyName name={key} />
                        </Fragment>
                      ))}
                    </kbd>
                  </th>
                  <td>{t(`keys.${k.action}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  );
}
