import { useEffect, useMemo, useState } from 'react';
import { useFeedsArrived } from '../../data/use-feeds-arrived';
import { failureStatus } from '../../data/feed-status';
import { feedStatusText } from '../../data/feed-status-text';
import type { FrozenData } from './frozen-data';
import { useDashboardData } from '../../hooks/dashboard-data';
import { useLocale, useT } from '../../i18n/use-locale';
import { DeckView } from './deck-view';
import { useScreenMessages } from '../../i18n/screen-messages';
import { presentMessages } from './present-messages';
import { useDeckKeys } from './use-deck-keys';
import { useExitDeck } from './use-exit-deck';
import { Stage } from './stage';
import './presentation.css';
import { isolate } from '../../lib/isolate';

/**
 * `/present`: the review meeting's deck, full screen, without the site's navigation. It opens with
 * what has arrived (one slow feed must not hold up the meeting), names on every slide the units
 * still awaited, fills in as their feeds arrive, and once every feed has settled freezes the model
 * of the period under review: later changes to the data do not move the figures under the
 * presenter.
 */
export function PresentationPage() {
  useScreenMessages(presentMessages);
  const locale = useLocale();
  const tc = useT();
  const { registryQuery, state, dataset, model, period } = useDashboardData();
  const [frozen, setFrozen] = useState<FrozenData | null>(null);
  const settled = state !== null && state.settled === state.total;
  const arrived = useFeedsArrived(state?.progress ?? null);

  if (frozen === null && settled && model !== null && dataset !== null && period !== null) {
    setFrozen({ model, dataset });
  }
  // Opens once some feed has answered: before that there is nothing to show but "loading".
  const live = useMemo(
    () =>
      model !== null && state !== null && state.settled > 0
        ? { model, dataset: state.dataset }
        : null,
    [model, state],
  );
  const pending = useMemo(
    () =>
      state === null
        ? []
        : state.feeds
            .filter((f) => f.status.kind === 'loading' || f.status.kind === 'slow')
            .map((f) => isolate(f.unit.name[locale])),
    [state, locale],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  if (frozen) return <DeckView frozen={frozen} />;
  if (live !== null && period !== null) return <DeckView frozen={live} pending={pending} />;

  let waiting: WaitingKind;
  if (registryQuery.isError)
    waiting = { kind: 'error', detail: feedStatusText(failureStatus(registryQuery.error), tc) };
  else if (settled) waiting = { kind: 'empty' };
  else waiting = { kind: 'loading', settled: arrived, total: state?.total ?? 0 };
  return <Waiting waiting={waiting} onRetry={() => void registryQuery.refetch()} />;
}

type WaitingKind =
  | { kind: 'loading'; settled: number; total: number }
  | { kind: 'error'; detail: string }
  | { kind: 'empty' };

/** Before the deck: a slide-sized "đang tải" with the feeds counted, an error, or no data. */
function Waiting({ waiting, onRetry }: { waiting: WaitingKind; onRetry: () => void }) {
  const t = useT('present');
  const exit = useExitDeck();
  const [exitArmed, setExitArmed] = useState(false);
  useDeckKeys(
    { slide: 1, count: 0, digits: '', black: false, overview: false, exitArmed },
    (next, effect) => {
      setExitArmed(next.exitArmed === true);
      if (effect === 'exit') exit();
    },
  );
  useEffect(() => {
    document.title = t('deck.documentTitle', { title: t('loading.title') });
  }, [t]);

  return (
    <Stage>
      <main className="slide slide--waiting" id="main" tabIndex={-1}>
        <div className="waiting">
          {waiting.kind === 'loading' && (
            <div role="status" className="waiting__status">
              <h1 className="waiting__title">{t('loading.title')}</h1>
              {waiting.total > 0 && (
                <p className="waiting__progress">
                  {t('loading.progress', { settled: waiting.settled, total: waiting.total })}
                </p>
              )}
              <p>{t('loading.frozen')}</p>
            </div>
          )}
          {waiting.kind === 'error' && (
            <div role="alert">
              <h1 className="waiting__title">{t('common:state.error')}</h1>
              <p>{t('common:startup.registry', { detail: waiting.detail })}</p>
              <button type="button" className="deck-button" onClick={onRetry}>
                {t('common:state.retry')}
              </button>
            </div>
          )}
          {waiting.kind === 'empty' && (
            <div>
              <h1 className="waiting__title">{t('empty.title')}</h1>
              <p>{t('empty.body')}</p>
            </div>
          )}
          {exitArmed && <p aria-live="polite">{t('deck.confirmExit')}</p>}
          <p className="waiting__exit">
            <button type="button" className="deck-button" onClick={exit}>
              {t('controls.exit')}
            </button>
          </p>
        </div>
      </main>
    </Stage>
  );
}
