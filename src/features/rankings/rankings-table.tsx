import { useId, useMemo } from 'react';
import { useTable } from '@tanstack/react-table';
import type { RankingRow } from '../../domain/ranking-rows';
import type { RankingSort, RankingSortKey } from '../../domain/ranking-sort';
import { isNumericKind } from '../../lib/table-spec';
import { useLocale, useT } from '../../i18n/use-locale';
import type { TableColumn } from '../../lib/table-spec';
import { rankingColumnDefs, rankingFeatures, sortingState } from './rankings-columns';
import { RankingTableRow } from './rankings-row';
import { RankingsVirtualBody, VIRTUAL_ROWS_ABOVE } from './rankings-virtual-body';
import { BidiText } from '../../components/bidi-text';
import { LineIcon } from '../../components/line-icon';

const rowId = (row: RankingRow) => row.id;

const COLUMN_CLASS: Partial<Record<RankingSortKey, string>> = {
  rank: 'col-rank',
  name: 'col-name',
  flags: 'col-flags',
};

/** Arrows ↑ ↓ ↕, drawn: the page's font has none of them. */
const SORT_ICON_PATHS = {
  asc: 'M6 11V1.5M2.5 5 6 1.5 9.5 5',
  desc: 'M6 1v9.5M2.5 7 6 10.5 9.5 7',
  none: 'M6 1.5v9M3 4.5l3-3 3 3M3 7.5l3 3 3-3',
};

function SortIcon({ sorted }: { sorted: false | 'asc' | 'desc' }) {
  return (
    <LineIcon
      className={`sort-icon${sorted ? ' sort-icon--active' : ''}`}
      d={SORT_ICON_PATHS[sorted || 'none']}
      viewBox="0 0 12 12"
      strokeWidth={1.6}
    />
  );
}

export interface RankingsTableProps {
  caption: string;
  /** Column ids, labels and kinds, from the table spec (so screen and export agree). */
  columns: readonly TableColumn[];
  rows: readonly RankingRow[];
  /** The indicator ranked on. */
  chosen: RankingSortKey;
  sort: RankingSort;
  onSort: (key: RankingSortKey) => void;
  /** The query string for unit links (language and period). */
  search: string;
  /** "My unit": its row is highlighted. */
  mine?: string | null;
}

/**
 * The ranking as a real table: TanStack Table orders the rows (its sorting state is the URL's),
 * each header is a button that sorts, and rows render in their own component.
 */
export function RankingsTable({
  caption,
  columns,
  rows,
  chosen,
  sort,
  onSort,
  search,
  mine = null,
}: RankingsTableProps) {
  const t = useT('rankings');
  const hintId = useId();
  const locale = useLocale();
  const ids = useMemo(() => columns.map((c) => c.key as RankingSortKey), [columns]);
  const columnDefs = useMemo(() => rankingColumnDefs(ids, locale), [ids, locale]);
  const sorting = useMemo(() => sortingState(sort), [sort]);
  const table = useTable({
    features: rankingFeatures,
    columns: columnDefs,
    data: rows,
    getRowId: rowId,
    state: { sorting },
  });
  const labels = new Map(columns.map((c) => [c.key, c]));
  const cardLabels = useMemo(
    () => Object.fromEntries(columns.map((c) => [c.key, c.label])),
    [columns],
  );
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  // The rows arrive in the engine's order (no sorted row model), so they are rendered as given.
  const virtual = rows.length > VIRTUAL_ROWS_ABOVE;

  return (
    <>
      <p id={hintId} className="rankings-hint">
        {t('sortHint')}
      </p>
      <div className="table-wrap rankings-table-wrap">
        {/* Explicit roles: phones show each row as a card (CSS display), which drops native table
            semantics in some browsers. */}
        <table
          role="table"
          className="table rankings-table"
          aria-describedby={hintId}
          aria-rowcount={virtual ? rows.length + 1 : undefined}
          // Where focus goes when the unit whose link had it is no longer listed.
          tabIndex={virtual ? -1 : undefined}
        >
          <caption>
            <span className="rankings-table__caption">
              <BidiText text={caption} />
            </span>
          </caption>
          <thead role="rowgroup">
            <tr role="row" aria-rowindex={virtual ? 1 : undefined}>
              {headers.map((header) => {
                const column = header.column;
                const spec = labels.get(column.id);
                const sorted = column.getSortIndex() === 0 ? column.getIsSorted() : false;
                const classes = [
                  COLUMN_CLASS[column.id as RankingSortKey],
                  spec && isNumericKind(spec.kind) ? 'num' : undefined,
                ].filter(Boolean);
                return (
                  <th
                    key={header.id}
                    scope="col"
                    role="columnheader"
                    className={classes.join(' ') || undefined}
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                    }
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSort(column.id as RankingSortKey)}
                    >
                      <span>{spec?.label ?? column.id}</span>
                      <SortIcon sorted={sorted} />
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          {virtual ? (
            <RankingsVirtualBody
              rows={rows}
              columns={ids}
              chosen={chosen}
              search={search}
              mine={mine}
              labels={cardLabels}
            />
          ) : (
            <tbody role="rowgroup">
              {table.getRowModel().rows.map((row) => (
                <RankingTableRow
                  key={row.id}
                  row={row.original}
                  columns={ids}
                  chosen={chosen}
                  search={search}
                  mine={row.id === mine}
                  labels={cardLabels}
                />
              ))}
            </tbody>
          )}
        </table>
      </div>
    </>
  );
}
