import {
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import type { RankingRow } from '../../domain/ranking-rows';
import { rankingSortValue, type RankingSort, type RankingSortKey } from '../../domain/ranking-sort';
import type { Locale } from '../../data/schemas/config-schema';

/**
 * The sorting state only (headers know which column is sorted and how): the rows arrive already in
 * the engine's order (sortRankingRows), the same order the exports use, so no sorted row model.
 */
export const rankingFeatures = tableFeatures({ rowSortingFeature });
export type RankingFeatures = typeof rankingFeatures;
export type RankingColumnDef = ColumnDef<RankingFeatures, RankingRow, unknown>;

/**
 * One TanStack column per ranking column; its value is what it sorts by (the engine's number at
 * the precision shown, or the unit's name). Cells are drawn by the row component, not here.
 */
export function rankingColumnDefs(
  ids: readonly RankingSortKey[],
  locale: Locale,
): RankingColumnDef[] {
  return ids.map((id): RankingColumnDef => {
    if (id === 'name') return { id, accessorFn: (row) => row.unit.name[locale] };
    return { id, accessorFn: (row) => rankingSortValue(row, id) ?? undefined };
  });
}

/**
 * The table's sorting state for the URL's sort: the chosen column, then the unit's name A→Z
 * so that ties (equal at the precision shown, or both unranked) read in the list's order.
 */
export function sortingState(sort: RankingSort): SortingState {
  const primary = { id: sort.key, desc: sort.dir === 'desc' };
  return sort.key === 'name' ? [primary] : [primary, { id: 'name', desc: false }];
}
