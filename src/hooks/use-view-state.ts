import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { parseViewState, withView, type ViewState } from '../lib/view-state';

/** A change to the view: the keys to set, or a function of the latest view that returns them. */
export type ViewPatch = Partial<ViewState> | ((latest: ViewState) => Partial<ViewState>);

/** `replace`: change the current history entry instead of adding one (typing a search). */
export interface ViewChangeOptions {
  replace?: boolean;
}

/** The view state in the URL, and a way to change part of it (a new history entry). */
export function useViewState(): [
  ViewState,
  (patch: ViewPatch, options?: ViewChangeOptions) => void,
] {
  const [search, setSearch] = useSearchParams();
  const state = useMemo(() => parseViewState(search), [search]);
  // Two quick changes (sort, then region before the page re-renders) must both land: each builds
  // on the URL the previous one wrote, not on the one last rendered. A change that depends on the
  // view (a toggle, an added unit) is a function, given that latest view rather than a stale render's.
  const latest = useRef(search);
  useLayoutEffect(() => {
    latest.current = search;
  }, [search]);
  const update = useCallback(
    (patch: ViewPatch, options?: ViewChangeOptions) => {
      const keys = typeof patch === 'function' ? patch(parseViewState(latest.current)) : patch;
      const next = withView(latest.current, keys);
      latest.current = next;
      setSearch(next, options);
    },
    [setSearch],
  );
  return [state, update];
}
