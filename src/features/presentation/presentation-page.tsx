import { useEffect, useState, useSyncExternalStore } from 'react';
import type { FeedProgress } from '../../data/use-dataset';
import { describeFailure } from '../../data/describe-failure';
import type { PeriodModel } from '../../domain/model';
import type { Dataset } from '../../domain/types';
import { useDashboardData } from '../../hooks/dashboard-data';
import { useLocale, useT } from '../../i18n/use-locale';
import { DeckView } from './deck-view';
import { useDeckKeys } from './use-deck-keys';
import { useExitDeck } from './use-exit-deck';
import { Stage } from './stage';
import './presentation.css';

/** The data the deck shows, captured once every feed has settled and never updated after. */
export interface FrozenData {
  model: PeriodModel;
  dataset: Dataset;
}

/**
 * `/present`: the review meeting's deck, full screen, without the site's navigation. It waits for
 * every feed (a hall screen never shows provisional figures), then freezes the model of the period
 * under review: later changes to the data do not move the figures under the presenter.
 */
export function PresentationPage() {
  const locale = useLocale();
  const { registryQuery, state, model, period } = useDashboardData();
  const [frozen, setFrozen] = useState<FrozenData | null>(null);
  const settled = state !== null && state.settled === state.total;
  const arrived = useArrived(state?.progress ?? null);

  if (frozen === null && settled && model !== null && period !== null) {
    setFrozen({ model, dataset: state.dataset });
  }

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  if (frozen) return <DeckView frozen={frozen} />;

  let waiting: WaitingKind;
  if (registryQuery.isError)
    waiting = { kind: 'error', detail: describeFailure(registryQuery.error) };
  else if (settled) waiting = { kind: 'empty' };
  else waiting = { kind: 'loading', settled: arrived, total: state?.total ?? 0 };
  return <Waiting waiting={waiting} onRetry={() => void registryQuery.refetch()} />;
}

const NO_PROGRESS = () => () => undefined;
const NONE = () => 0;

/** Feeds settled so far, following every arrival (the figures wait for all of them). */
function useArrived(progress: FeedProgress | null): number {
  return useSyncExternalStore(
    progress?.subscribeSettled ?? NO_PROGRESS,
    progress?.getSettled ?? NONE,
    progress?.getSettled ?? NONE,
  );
}

type WaitingKind =
  | { kind: 'loading'; settled: number; total: number }
  | { kind: 'error'; detail: string }
  | { kind: 'empty' };

/** Before the deck: a slide-sized "đang tải" with the feeds counted, an error, or no data. */
function Waiting({ waiting, onRetry }: { waiting: WaitingKind; onRetry: () => void }) {
  const t = useT('present');
  const exit = useExitDeck();
  useDeckKeys({ slide: 1, count: 0, digits: '', black: false, overview: false }, (_, effect) => {
    if (effect === 'exit') exit();
  });
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
