import { useCallback, useLayoutEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { parseViewState, withView, type ViewState } from '../lib/view-state';

/** A change to the view: the keys to set, or a function of the latest view that returns them. */
export type ViewPatch = Partial<ViewState> | ((latest: ViewState) => Partial<ViewState>);

/** `replace`: change the current history entry instead of adding one (typing a search). */
export interface ViewChangeOptions {
  replace?: boolean;
}

/**
 * The URL last written by a change made on a history entry the screen still shows, by that
 * entry's key. The router renders a new URL in a transition: until it commits, every component
 * still reads the old one, and a second change (the same control clicked again, or another
 * filter) must build on what the first wrote, whichever component makes it.
 */
const written = new Map<string, { from: string; next: URLSearchParams }>();

/** The view state in the URL, and a way to change part of it (a new history entry). */
export function useViewState(): [
  ViewState,
  (patch: ViewPatch, options?: ViewChangeOptions) => void,
] {
  const [search, setSearch] = useSearchParams();
  const { key } = useLocation();
  const state = useMemo(() => parseViewState(search), [search]);
  useLayoutEffect(() => {
    // The screen shows this entry now: what was written on the others is in the past.
    for (const k of written.keys()) if (k !== key) written.delete(k);
  }, [key]);
  const update = useCallback(
    (patch: ViewPatch, options?: ViewChangeOptions) => {
      const from = search.toString();
      const pending = written.get(key);
      // `from`: the entry as rendered, so another app's entry of the same key (tests) is not used.
      const base = pending?.from === from ? pending.next : search;
      const keys = typeof patch === 'function' ? patch(parseViewState(base)) : patch;
      const next = withView(base, keys);
      written.set(key, { from, next });
      setSearch(next, options);
    },
    [key, search, setSearch],
  );
  return [state, update];
}
