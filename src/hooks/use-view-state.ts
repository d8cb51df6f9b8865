import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { parseViewState, withView, type ViewState } from '../lib/view-state';

/** The view state in the URL, and a way to change part of it (a new history entry). */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void] {
  const [search, setSearch] = useSearchParams();
  const state = useMemo(() => parseViewState(search), [search]);
  // Two quick changes (sort, then region before the page re-renders) must both land: each builds
  // on the URL the previous one wrote, not on the one last rendered.
  const latest = useRef(search);
  useLayoutEffect(() => {
    latest.current = search;
  }, [search]);
  const update = useCallback(
    (patch: Partial<ViewState>) => {
      const next = withView(latest.current, patch);
      latest.current = next;
      setSearch(next);
    },
    [setSearch],
  );
  return [state, update];
}
