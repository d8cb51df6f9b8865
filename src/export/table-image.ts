import type { FlagRule } from '../domain/laggards';
import { RANK_ARROW } from '../i18n/format';
import { isNumericKind, type CellValue, type TableColumn, type TableSpec } from '../lib/table-spec';
import { INK } from './export-frame';
import { VALUE_STATE_KEY } from './table-rows';
import {
  BODY,
  CELL_PAD,
  HEAD,
  cellBreak,
  columnWidths,
  scaled,
  type ImageColumn,
} from './table-widths';
import {
  measureText,
  round,
  svgText,
  wrapItems,
  wrapText,
  type Measure,
  type TextStyle,
} from './svg-text';

/** At most this many rows in one image: a page a newspaper can print at a readable size. */
export const ROWS_PER_PAGE = 35;
/** And no page taller than this many times its width, whatever its rows. */
export const MAX_PAGE_RATIO = 2;

const ROW_HEIGHT = 27;
const HEAD_LINE = 18;

export interface TableImageText {
  /** A cell as the screen shows it ("30 %", "▲ 2", "Đúng tiến độ"); a flags cell in words. */
  /** `rowState`: the row's status cell (VALUE_STATE_KEY), which says why a figure is empty. */
  cell(column: Pick<TableColumn, 'kind' | 'empty'>, value: CellValue, rowState?: CellValue): string;
}

export interface TablePage {
  body: string;
  height: number;
}

/**
 * The room a page's table has: the page is at most MAX_PAGE_RATIO times as tall as it is wide,
 * less its frame (title above, source and notes below).
 */
export function tableBodyRoom(
  pageWidth: number,
  frame: { headHeight: number; footHeight: number },
): number {
  return Math.floor(MAX_PAGE_RATIO * pageWidth - frame.headHeight - frame.footHeight);
}

/**
 * A rank change as the screen shows it ("▲ 2", "▼ 1"), right-aligned at `right`, its triangle
 * drawn as a path as tall as a capital letter: the fonts an export embeds have no "▲" or "▼", and
 * a viewer's may have none either. Null for a cell without one ("0", "–").
 */
function rankChangeCell(
  right: number,
  baseline: number,
  text: string,
  style: TextStyle,
  measure: Measure,
): string | null {
  const arrow = text.startsWith(RANK_ARROW.up)
    ? 'up'
    : text.startsWith(RANK_ARROW.down)
      ? 'down'
      : null;
  if (arrow === null) return null;
  const rest = text.slice(1);
  const size = style.size * 0.7;
  const left = right - measure(rest, style) - size;
  const top = baseline - size;
  const d =
    arrow === 'up'
      ? `M${round(left + size / 2)} ${round(top)}L${round(left + size)} ${round(baseline)}H${round(left)}Z`
      : `M${round(left)} ${round(top)}H${round(left + size)}L${round(left + size / 2)} ${round(baseline)}Z`;
  return [
    `<path d="${d}" fill="${INK.ink}"/>`,
    svgText(right, baseline, rest, { ...style, fill: INK.ink, anchor: 'end' }),
  ].join('');
}

/**
 * Rows in pages of at most `perPage` rows and `max` px (a row taller than that gets a page of its
 * own), as few pages as that allows and as even as can be: the tallest page is as short as it can
 * be with no more pages (63 rows of one height → 32 + 31, not 35 + 28).
 */
export function pagesByHeight(
  heights: readonly number[],
  max: number,
  perPage = ROWS_PER_PAGE,
): [number, number][] {
  const pagesWithin = (limit: number): [number, number][] => {
    const pages: [number, number][] = [];
    let from = 0;
    let used = 0;
    heights.forEach((h, i) => {
      if (i > from && (i - from >= perPage || used + h > limit)) {
        pages.push([from, i]);
        from = i;
        used = 0;
      }
      used += h;
    });
    pages.push([from, heights.length]);
    return pages;
  };
  const fewest = pagesWithin(max).length;
  let low = Math.min(max, Math.max(0, ...heights));
  let high = max;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (pagesWithin(mid).length <= fewest) high = mid;
    else low = mid + 1;
  }
  return pagesWithin(low);
}

/**
 * The columns an image shows: a column whose content another one already says in words (a
 * laggard's flags, named in its reasons) is left out, so nothing is written twice.
 */
function shownColumns(spec: TableSpec): TableColumn[] {
  const keys = new Set(spec.columns.map((c) => c.key));
  return spec.columns.filter((c) => c.repeatedIn === undefined || !keys.has(c.repeatedIn));
}

/** Measures each text once: a table repeats its words (flags, units, statuses) many times. */
function remembered(measure: Measure): Measure {
  const known = new Map<string, number>();
  return (text, style) => {
    const key = `${style.size}/${style.weight ?? 400}/${text}`;
    let width = known.get(key);
    if (width === undefined) {
      width = measure(text, style);
      known.set(key, width);
    }
    return width;
  };
}

/**
 * A table as pages of SVG, laid out for the width it is given (the export's, never the
 * screen's): every page with the same columns (table-widths.ts); headers in two or three lines,
 * never one word a line; names, free text and flags wrapped between words (a flag never split),
 * numbers right-aligned and never wrapped; zebra rows. Pages hold at most ROWS_PER_PAGE rows and
 * `maxBodyHeight` px, as even as can be.
 */
export function tablePages(
  spec: TableSpec,
  width: number,
  text: TableImageText,
  maxBodyHeight = 1.6 * width,
): TablePage[] {
  const measure = remembered(measureText);
  const columns = shownColumns(spec);
  const cells = spec.rows.map((row) =>
    columns.map((c): string[] => {
      const value = row.cells[c.key] ?? null;
      const state = row.cells[VALUE_STATE_KEY];
      // One item per flag, each in words: lines break between flags, never inside one.
      return c.kind === 'flags' && Array.isArray(value)
        ? (value as readonly FlagRule[]).map((rule) => text.cell({ kind: 'flags' }, [rule], state))
        : [text.cell(c, value, state)];
    }),
  );
  const imageColumns: ImageColumn[] = columns.map((c, i) => ({
    kind: c.kind,
    label: c.label,
    cells: cells.map((row) => row[i]!),
  }));
  const { widths, scale } = columnWidths(imageColumns, width, measure);
  const body = scaled(BODY, scale);
  const head = scaled(HEAD, scale);
  const rowHeight = Math.round(ROW_HEIGHT * scale);
  const headLine = HEAD_LINE * scale;
  const headerLines = columns.map((c, i) =>
    wrapText(c.label, head, widths[i]! - 2 * CELL_PAD, measure),
  );
  const headHeight = Math.max(...headerLines.map((l) => l.length)) * headLine + 14;
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const tableWidth = widths.reduce((a, b) => a + b, 0);

  const header = [
    `<rect x="0" y="0" width="${round(tableWidth)}" height="${round(headHeight)}" fill="${INK.canvas}"/>`,
    ...columns.flatMap((c, i) => {
      const numeric = isNumericKind(c.kind);
      const x = numeric ? xs[i]! + widths[i]! - CELL_PAD : xs[i]! + CELL_PAD;
      const lines = headerLines[i]!;
      const top = headHeight - 8 - lines.length * headLine;
      return lines.map((line, l) =>
        svgText(x, top + (l + 0.8) * headLine, line, {
          ...head,
          fill: INK.ink,
          anchor: numeric ? 'end' : 'start',
        }),
      );
    }),
  ].join('\n');

  const lineHeight = Math.round(body.size * 1.3);
  const linesOf = (items: string[], i: number): string[] => {
    const room = widths[i]! - 2 * CELL_PAD;
    switch (cellBreak(columns[i]!.kind)) {
      case 'items':
        return wrapItems(items, body, room, measure);
      case 'words':
        return wrapText(items.join(' '), body, room, measure);
      case 'never':
        return items;
    }
  };
  const allLines = cells.map((row) => row.map(linesOf));
  const heights = allLines.map(
    (lines) => rowHeight + (Math.max(1, ...lines.map((l) => l.length)) - 1) * lineHeight,
  );
  const ranges = pagesByHeight(heights, maxBodyHeight - headHeight);

  return ranges.map(([from, to]) => {
    let top = headHeight;
    const rows = cells.slice(from, to).map((_, r) => {
      const lines = allLines[from + r]!;
      const height = heights[from + r]!;
      const baseline = top + rowHeight / 2 + body.size * 0.35;
      const svg = [
        r % 2 === 1
          ? `<rect x="0" y="${round(top)}" width="${round(tableWidth)}" height="${height}" fill="#f8f9fb"/>`
          : '',
        `<line x1="0" x2="${round(tableWidth)}" y1="${round(top)}" y2="${round(top)}" stroke="${INK.line}"/>`,
        ...lines.flatMap((cellLines, i) => {
          const kind = columns[i]!.kind;
          const numeric = isNumericKind(kind);
          const drawn =
            kind === 'rankChange'
              ? rankChangeCell(
                  xs[i]! + widths[i]! - CELL_PAD,
                  baseline,
                  cellLines[0]!,
                  body,
                  measure,
                )
              : null;
          if (drawn !== null) return [drawn];
          return cellLines.map((line, l) =>
            svgText(
              numeric ? xs[i]! + widths[i]! - CELL_PAD : xs[i]! + CELL_PAD,
              baseline + l * lineHeight,
              line,
              { ...body, fill: INK.ink, anchor: numeric ? 'end' : 'start' },
            ),
          );
        }),
      ].join('\n');
      top += height;
      return svg;
    });
    const height = top;
    return {
      body: [
        header,
        ...rows,
        `<line x1="0" x2="${round(tableWidth)}" y1="${round(height)}" y2="${round(height)}" stroke="${INK.line}"/>`,
      ].join('\n'),
      height: Math.ceil(height),
    };
  });
}
