import {
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type SortFn,
  type SortingState,
} from '@tanstack/react-table';
import type { RankingRow } from '../../domain/ranking-rows';
import {
  compareNumbers,
  nameComparator,
  rankingSortValue,
  type RankingSort,
  type RankingSortKey,
} from '../../domain/ranking-sort';
import type { Locale } from '../../data/schemas/config-schema';

/** Sorting only: filters are the engine's (they also count), the table orders what it is given. */
export const rankingFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
});
export type RankingFeatures = typeof rankingFeatures;
export type RankingColumnDef = ColumnDef<RankingFeatures, RankingRow, unknown>;

const byNumber: SortFn<RankingFeatures, RankingRow> = (a, b, id) =>
  compareNumbers(a.getValue<number>(id), b.getValue<number>(id));

const COLLATION: Record<Locale, string> = { vi: 'vi', en: 'en' };

/**
 * One TanStack column per ranking column. A column's value is what it sorts by: the engine's
 * number (at the precision shown) or, for the unit, its name; rows without a number always sort
 * last, whichever the direction. Cells are drawn by the row component, not here.
 */
export function rankingColumnDefs(
  ids: readonly RankingSortKey[],
  locale: Locale,
): RankingColumnDef[] {
  const compareNames = nameComparator(COLLATION[locale]);
  const byName: SortFn<RankingFeatures, RankingRow> = (a, b, id) =>
    compareNames(a.getValue<string>(id), b.getValue<string>(id));
  return ids.map((id): RankingColumnDef => {
    if (id === 'name') {
      return { id, accessorFn: (row) => row.unit.name[locale], sortFn: byName };
    }
    return {
      id,
      accessorFn: (row) => rankingSortValue(row, id) ?? undefined,
      sortFn: byNumber,
      sortUndefined: 'last',
    };
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
