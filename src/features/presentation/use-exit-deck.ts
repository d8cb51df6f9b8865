import { useLocation, useNavigate, useSearchParams } from 'react-router';

/** What the "Present" link leaves in the history entry: the page the deck was opened from. */
export interface DeckEntryState {
  from: string;
}

function isEntryState(state: unknown): state is DeckEntryState {
  return (
    typeof state === 'object' &&
    state !== null &&
    typeof (state as { from?: unknown }).from === 'string'
  );
}

/**
 * Leaving the deck: back to the page it was opened from (the history entry before it, as the
 * deck's own steps replace its entry), or, for a deck opened from a link, to the overview, keeping
 * the language and the period.
 */
export function useExitDeck(): () => void {
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  return () => {
    // Fullscreen was the deck's: the page it returns to is not left filling the screen.
    if (typeof document !== 'undefined' && document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
    }
    if (isEntryState(location.state)) {
      void navigate(-1);
      return;
    }
    const kept = new URLSearchParams();
    for (const key of ['lang', 'period'] as const) {
      const value = search.get(key);
      if (value) kept.set(key, value);
    }
    const query = kept.toString();
    void navigate({ pathname: '/', search: query ? `?${query}` : '' });
  };
}
