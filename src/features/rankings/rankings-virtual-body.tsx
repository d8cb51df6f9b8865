import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import {
  measureElement,
  useWindowVirtualizer,
  windowScroll,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { afterNextPaint } from '../../lib/after-next-paint';
import type { RankingRow } from '../../domain/ranking-rows';
import type { RankingSortKey } from '../../domain/ranking-sort';
import { RankingTableRow } from './rankings-row';
import { useFocusFollowsUnit } from './use-focus-follows-unit';

/** Rows above which only the rows in view (and a margin) are in the page. */
export const VIRTUAL_ROWS_ABOVE = 200;

/** A first guess of a row's height in pixels; each rendered row is then measured. */
const ESTIMATED_ROW_PX = 45;

/**
 * The ranking's body for thousands of units (10,000 communes): the page scrolls as if every row
 * were there, but only the rows near the screen are rendered, so sorting or changing the
 * indicator repaints in one frame. Spacer rows keep the scroll height; the table says how many
 * rows it has (aria-rowcount, aria-rowindex) so screen readers announce positions in the whole.
 * Tabbing through the unit links scrolls, which brings the next rows in; a unit link keeps focus
 * when the order changes (useFocusFollowsUnit).
 */
export function RankingsVirtualBody({
  rows,
  columns,
  chosen,
  search,
  mine,
  labels,
}: {
  rows: readonly RankingRow[];
  columns: readonly RankingSortKey[];
  chosen: RankingSortKey;
  search: string;
  mine: string | null;
  labels: Readonly<Record<string, string>>;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [top, setTop] = useState(0);
  // Read in the render, before this body is in the page: reading it after would lay the page out.
  const [openedAtTop] = useState(() => window.scrollY === 0);
  useLayoutEffect(() => {
    const measure = () => {
      const element = body.current;
      if (element) setTop(element.getBoundingClientRect().top + window.scrollY);
    };
    // At the top of the page an offset of 0 draws the right first frame (the first rows, and a few
    // more than fit), so the offset is read once that frame is painted, from its layout. Read here,
    // it would make the browser lay out the new table inside React's commit (45–70 ms of one task
    // for 10,000 rows). A page opened scrolled down needs it before its first frame.
    const cancel = openedAtTop ? afterNextPaint(measure) : (measure(), () => {});
    window.addEventListener('resize', measure);
    return () => {
      cancel();
      window.removeEventListener('resize', measure);
    };
  }, [openedAtTop]);

  const scrolledOnce = useRef(false);
  // Rows are keyed by place (the virtualiser's default), not by unit: a new sort or indicator
  // writes new units into the rows on screen rather than replacing them, and the sizes measured
  // for 10,000 places are kept (indicator change 103-119 → 88-108 ms, sort 76-91 → 59-87 ms).
  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    // The window's size from the first render: with the library's default (0 × 0) the first render
    // draws only the overscan rows, and its layout effect, finding the real size, renders the body
    // again inside the same task (the longest task of opening the ranking of 10,022 units).
    initialRect: windowRect(),
    // Rows rendered beyond the screen's edges: 12 rendered 8 more rows per sort or indicator change
    // for no visible gain (10,022 units, indicator change median 90-97 → 82-90 ms).
    overscan: 4,
    scrollMargin: top,
    measureElement: measuredAfterLayout,
    scrollToFn: (offset, options, instance) => {
      // As it mounts, the virtualiser scrolls the window to the offset it has just read from it:
      // a move to where the page already is, which would lay the new table out inside the commit.
      const mounting = !scrolledOnce.current;
      scrolledOnce.current = true;
      if (mounting && offset === instance.scrollOffset) return;
      windowScroll(offset, options, instance);
    },
  });
  const scrollTo = useCallback(
    (index: number) => virtualizer.scrollToIndex(index, { align: 'center' }),
    [virtualizer],
  );
  useFocusFollowsUnit(body, rows, scrollTo);
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const before = first ? first.start - top : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - top) : 0;

  return (
    <tbody ref={body} role="rowgroup">
      {before > 0 && <Spacer height={before} span={columns.length} />}
      {items.map((item) => (
        <RankingTableRow
          key={item.key}
          ref={virtualizer.measureElement}
          index={item.index}
          row={rows[item.index]!}
          columns={columns}
          chosen={chosen}
          search={search}
          mine={rows[item.index]!.id === mine}
          labels={labels}
        />
      ))}
      {after > 0 && <Spacer height={after} span={columns.length} />}
    </tbody>
  );
}

function windowRect() {
  return { width: window.innerWidth, height: window.innerHeight };
}

/**
 * A row's height as the ResizeObserver reports it once the browser has laid the row out. A row
 * just put in the page (no report yet) keeps the height it has so far, measured or estimated,
 * instead of being read there and then, which would lay the page out inside React's commit.
 */
function measuredAfterLayout(
  element: HTMLTableRowElement,
  entry: ResizeObserverEntry | undefined,
  virtualizer: Virtualizer<Window, HTMLTableRowElement>,
): number {
  if (entry !== undefined) return measureElement(element, entry, virtualizer);
  const index = virtualizer.indexFromElement(element);
  return virtualizer.measurementsCache[index]?.size ?? ESTIMATED_ROW_PX;
}

function Spacer({ height, span }: { height: number; span: number }) {
  return (
    <tr className="rankings-spacer" aria-hidden="true">
      <td colSpan={span} style={{ height }} />
    </tr>
  );
}
