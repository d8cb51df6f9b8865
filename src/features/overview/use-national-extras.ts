import { useCallback, useDeferredValue, useMemo } from 'react';
import { useViewState } from '../../hooks/use-view-state';
import { useExtrasDocuments } from '../../data/use-extras-documents';
import type { NationalFigure, PublishedRanking } from '../../data/parse-extras';
import { useDashboardData } from '../../hooks/dashboard-data';

export interface Extra<T> {
  /** The registry names no such document: show nothing. */
  absent: boolean;
  loading: boolean;
  failed: boolean;
  items: T[];
}

/** The same object while the query's state does not change. */
function useExtra<T>(
  path: string | null,
  q: { isPending: boolean; isError: boolean; data?: { items: T[] } },
): Extra<T> {
  const { isPending, isError, data } = q;
  return useMemo(
    () =>
      path === null
        ? { absent: true, loading: false, failed: false, items: [] }
        : { absent: false, loading: isPending, failed: isError, items: data?.items ?? [] },
    [path, isPending, isError, data],
  );
}

/**
 * The registry's optional extras (contract §7): national headline figures and published
 * rankings. Either may be absent or fail; the overview then shows nothing or a short note.
 */
export function useNationalExtras(): {
  national: Extra<NationalFigure>;
  rankings: Extra<PublishedRanking>;
} {
  const { state } = useDashboardData();
  const registry = state?.registry ?? null;
  const nationalPath = registry?.national ?? null;
  const rankingsPath = registry?.rankings ?? null;
  const { national, rankings } = useExtrasDocuments(registry);
  const nationalShown = useExtra(nationalPath, national);
  const rankingsShown = useExtra(rankingsPath, rankings);
  const shown = useMemo(
    () => ({ national: nationalShown, rankings: rankingsShown }),
    [nationalShown, rankingsShown],
  );
  // A document's arrival reaches the page as a store update, which React renders at once and
  // whole: the cards are drawn in a background render instead, in slices.
  return useDeferredValue(shown);
}

/** The unit whose place in a published ranking is shown, in the URL (`unit`) so a link reproduces it. */
export function useChosenUnit(): [string | null, (id: string | null) => void] {
  const [view, update] = useViewState();
  const choose = useCallback((id: string | null) => update({ unit: id || null }), [update]);
  return [view.unit, choose];
}
