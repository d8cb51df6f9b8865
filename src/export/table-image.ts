import { RANK_ARROW } from '../i18n/format';
import type { CellValue, ColumnKind, TableSpec } from '../lib/table-spec';
import { INK } from './export-frame';
import { VALUE_STATE_KEY } from './table-rows';
import { measureText, round, svgText, wrapText, type TextStyle } from './svg-text';

/** At most this many rows in one image: a page a newspaper can print at a readable size. */
export const ROWS_PER_PAGE = 35;

const BODY: TextStyle = { size: 15 };
const HEAD: TextStyle = { size: 14, weight: 700 };
const ROW_HEIGHT = 27;
const CELL_PAD = 10;
const HEAD_LINE = 18;

export interface TableImageText {
  /** A cell as the screen shows it ("30 %", "▲ 2", "Đúng tiến độ"); flags as short codes. */
  /** `rowState`: the row's status cell (VALUE_STATE_KEY), which says why a figure is empty. */
  cell(kind: ColumnKind, value: CellValue, rowState?: CellValue): string;
}

export interface TablePage {
  body: string;
  height: number;
}

const NUMERIC: readonly ColumnKind[] = [
  'percent',
  'target',
  'points',
  'pointsPerMonth',
  'count',
  'rank',
  'rankChange',
];

/**
 * A rank change as the screen shows it ("▲ 2", "▼ 1"), right-aligned at `right`, its triangle
 * drawn as a path as tall as a capital letter: the fonts an export embeds have no "▲" or "▼", and
 * a viewer's may have none either. Null for a cell without one ("=", "–").
 */
function rankChangeCell(
  right: number,
  baseline: number,
  text: string,
  style: TextStyle,
): string | null {
  const arrow = text.startsWith(RANK_ARROW.up)
    ? 'up'
    : text.startsWith(RANK_ARROW.down)
      ? 'down'
      : null;
  if (arrow === null) return null;
  const rest = text.slice(1);
  const size = style.size * 0.7;
  const left = right - measureText(rest, style) - size;
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

/** Rows split into pages of at most ROWS_PER_PAGE, as even as can be (63 → 32 + 31). */
export function pageRanges(rows: number, perPage = ROWS_PER_PAGE): [number, number][] {
  const pages = Math.max(1, Math.ceil(rows / perPage));
  const size = Math.ceil(rows / pages);
  return Array.from({ length: pages }, (_, i) => [i * size, Math.min(rows, (i + 1) * size)]);
}

/** Rows of different heights (wrapped text) in pages of at most ROWS_PER_PAGE and `max` px. */
export function pagesByHeight(heights: readonly number[], max: number): [number, number][] {
  const pages: [number, number][] = [];
  let from = 0;
  let used = 0;
  heights.forEach((h, i) => {
    if (i > from && (i - from >= ROWS_PER_PAGE || used + h > max)) {
      pages.push([from, i]);
      from = i;
      used = 0;
    }
    used += h;
  });
  pages.push([from, heights.length]);
  return pages;
}

/**
 * A table as pages of SVG: column widths measured from the longest text of the whole table
 * (so every page has the same columns, and no name or status ever wraps), headers wrapped
 * between words, numbers right-aligned, zebra rows. Type shrinks only when the columns would
 * not fit the width.
 */
export function tablePages(
  spec: TableSpec,
  width: number,
  text: TableImageText,
  maxBodyHeight = 1.6 * width,
): TablePage[] {
  const cells = spec.rows.map((row) =>
    spec.columns.map((c) =>
      text.cell(c.kind, row.cells[c.key] ?? null, row.cells[VALUE_STATE_KEY]),
    ),
  );
  const natural = (scale: number) =>
    spec.columns.map((c, i) => {
      const body = { ...BODY, size: BODY.size * scale };
      const widest = Math.max(0, ...cells.map((r) => measureText(r[i]!, body)));
      const longestWord = Math.max(
        ...c.label.split(/\s+/).map((w) => measureText(w, { ...HEAD, size: HEAD.size * scale })),
      );
      return Math.max(widest, longestWord, c.kind === 'unit' ? 0 : 36 * scale) + 2 * CELL_PAD;
    });
  let scale = 1;
  let widths = natural(scale);
  // Free text wraps (below), so only the other columns, and a minimum for it, make type smaller.
  const needed = (ws: number[]) =>
    ws.reduce((a, w, i) => a + (spec.columns[i]!.kind === 'text' ? Math.min(w, 220) : w), 0);
  while (needed(widths) > width && scale > 0.7) {
    scale -= 0.05;
    widths = natural(scale);
  }
  // Still too wide: free text (reasons, notes) wraps between words in the room that is left;
  // names, numbers, statuses and flag codes never do.
  const wraps = spec.columns.map((c) => c.kind === 'text');
  const fixedWidth = widths.reduce((a, w, i) => (wraps[i] ? a : a + w), 0);
  const wrapCount = wraps.filter(Boolean).length;
  if (widths.reduce((a, b) => a + b, 0) > width && wrapCount > 0) {
    // Short texts keep their width; the long ones share what is left.
    let available = width - fixedWidth;
    let left = wrapCount;
    const order = widths.map((w, i) => [w, i] as const).filter(([, i]) => wraps[i]);
    order.sort((a, b) => a[0] - b[0]);
    const given = new Map<number, number>();
    for (const [w, i] of order) {
      const share = Math.max(140, available / left);
      given.set(i, Math.min(w, share));
      available -= given.get(i)!;
      left--;
    }
    widths = widths.map((w, i) => given.get(i) ?? w);
  }
  // Headers that would stack word by word get room for two lines first.
  const headStyle = { ...HEAD, size: HEAD.size * scale };
  let room = width - widths.reduce((a, b) => a + b, 0);
  widths = widths.map((w, i) => {
    const want = measureText(spec.columns[i]!.label, headStyle) / 2 + 2 * CELL_PAD + 12;
    const grow = Math.max(0, Math.min(want - w, room));
    room -= grow;
    return w + grow;
  });
  // Spare width goes to the text columns, so the numbers do not drift far from their names.
  const spare = width - widths.reduce((a, b) => a + b, 0);
  if (spare > 0) {
    const textCols = spec.columns.filter((c) => !NUMERIC.includes(c.kind)).length || 1;
    widths = widths.map((w, i) =>
      NUMERIC.includes(spec.columns[i]!.kind) ? w : w + Math.min(spare / textCols, 80),
    );
  }
  const body = { ...BODY, size: round(BODY.size * scale) };
  const head = { ...HEAD, size: round(HEAD.size * scale) };
  const rowHeight = Math.round(ROW_HEIGHT * scale);
  const headerLines = spec.columns.map((c, i) =>
    wrapText(c.label, head, widths[i]! - 2 * CELL_PAD),
  );
  const headHeight = Math.max(...headerLines.map((l) => l.length)) * HEAD_LINE * scale + 14;
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const tableWidth = widths.reduce((a, b) => a + b, 0);

  const header = [
    `<rect x="0" y="0" width="${round(tableWidth)}" height="${round(headHeight)}" fill="${INK.canvas}"/>`,
    ...spec.columns.flatMap((c, i) => {
      const numeric = NUMERIC.includes(c.kind);
      const x = numeric ? xs[i]! + widths[i]! - CELL_PAD : xs[i]! + CELL_PAD;
      const lines = headerLines[i]!;
      const top = headHeight - 8 - lines.length * HEAD_LINE * scale;
      return lines.map((line, l) =>
        svgText(x, top + (l + 0.8) * HEAD_LINE * scale, line, {
          ...head,
          fill: INK.ink,
          anchor: numeric ? 'end' : 'start',
        }),
      );
    }),
  ].join('\n');

  const lineHeight = Math.round(body.size * 1.3);
  const linesOf = (value: string, i: number): string[] =>
    wraps[i] ? wrapText(value, body, widths[i]! - 2 * CELL_PAD) : [value];

  const allLines = cells.map((row) => row.map(linesOf));
  const heights = allLines.map(
    (lines) => rowHeight + (Math.max(1, ...lines.map((l) => l.length)) - 1) * lineHeight,
  );
  const ranges = heights.every((h) => h === rowHeight)
    ? pageRanges(spec.rows.length)
    : pagesByHeight(heights, maxBodyHeight - headHeight);

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
          const kind = spec.columns[i]!.kind;
          const numeric = NUMERIC.includes(kind);
          const drawn =
            kind === 'rankChange'
              ? rankChangeCell(xs[i]! + widths[i]! - CELL_PAD, baseline, cellLines[0]!, body)
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
