import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseViewState, withView, type ViewState } from '../lib/view-state';

/** The view state in the URL, and a way to change part of it (a new history entry). */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void] {
  const [search, setSearch] = useSearchParams();
  const state = useMemo(() => parseViewState(search), [search]);
  const update = useCallback(
    (patch: Partial<ViewState>) => setSearch((current) => withView(current, patch)),
    [setSearch],
  );
  return [state, update];
}
