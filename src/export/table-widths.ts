import { isNumericKind, type ColumnKind } from '../lib/table-spec';
import { narrowestWidth, round, wordsOf, type Measure, type TextStyle } from './svg-text';

export const BODY: TextStyle = { size: 15 };
export const HEAD: TextStyle = { size: 14, weight: 700 };
export const CELL_PAD = 10;
/** Type shrinks no further than this, even when the columns still do not fit. */
const MIN_SCALE = 0.7;
/** A text or name this wide or less keeps one line: "Tỉnh, thành phố", "Thừa Thiên Huế". */
const SHORT_TEXT = 200;
/** Words that wrap (why a figure is missing) never get narrower than this. */
const TEXT_MIN = 120;
/**
 * A paragraph (a laggard's reasons) gets at least this much: rather than read it in a narrow
 * strip of ten lines a row, the table's type shrinks a little, and more rows fit a page.
 */
const PARAGRAPH_MIN = 440;
/** The least width of a column of numbers. */
const NUMBER_MIN = 36;
/** Spare width a column of words takes at most, so numbers stay near their names. */
const SPARE_MAX = 80;

/** A style at the table's scale (type shrinks when the columns would not fit). */
export function scaled(style: TextStyle, scale: number): TextStyle {
  return { ...style, size: round(style.size * scale) };
}

/**
 * How a column's cells break into lines: never (numbers, statuses), between words (names, free
 * text, why a figure is missing), or between items (a unit's flags, each written whole).
 */
export type CellBreak = 'never' | 'words' | 'items';

export function cellBreak(kind: ColumnKind): CellBreak {
  switch (kind) {
    case 'flags':
      return 'items';
    case 'unit':
    case 'text':
    case 'valueState':
      return 'words';
    default:
      return 'never';
  }
}

/** A column as an image draws it: header and kind, each cell as its items (one, but for flags). */
export interface ImageColumn {
  kind: ColumnKind;
  label: string;
  cells: readonly (readonly string[])[];
}

/** A header takes no more lines than this, and about two words a line: never one word a line. */
const HEADER_LINES = 3;
/** A header takes one line more only when that makes it at least this much narrower. */
const LINE_SAVING = 0.85;

/**
 * The width a header needs: "DVC mức / độ 4", "Hạng DVC / mức độ 4", "Số đơn vị cùng / loại
 * được xếp / hạng". It takes the fewest lines that are not much wider than its narrowest.
 */
export function headerWidth(label: string, style: TextStyle, measure: Measure): number {
  const words = wordsOf(label).length;
  const most = Math.min(HEADER_LINES, Math.max(1, Math.ceil(words / 2)));
  const narrowest = Array.from({ length: most }, (_, i) =>
    narrowestWidth(label, style, i + 1, measure),
  );
  const least = narrowest[most - 1]!;
  return narrowest.find((w) => w * LINE_SAVING <= least) ?? least;
}

interface Bounds {
  min: number;
  max: number;
}

/** The least and the most a column can use: `max` draws every cell on one line. */
function bounds(column: ImageColumn, scale: number, measure: Measure): Bounds {
  const body = scaled(BODY, scale);
  const head = scaled(HEAD, scale);
  const pad = 2 * CELL_PAD;
  const header = headerWidth(column.label, head, measure);
  const floor = Math.max(header, isNumericKind(column.kind) ? NUMBER_MIN * scale : 0);
  const lineWidths = column.cells.map((items) => measure(items.join(', '), body));
  const widest = Math.max(0, ...lineWidths);
  const max = Math.max(widest, floor) + pad;
  const breaks = cellBreak(column.kind);
  if (breaks === 'never' || (breaks === 'words' && widest <= SHORT_TEXT * scale)) {
    return { min: max, max };
  }
  if (breaks === 'items') {
    const item = Math.max(
      0,
      ...column.cells.flatMap((items) => items.map((i) => measure(i, body))),
    );
    return { min: Math.max(item, floor) + pad, max };
  }
  if (column.kind === 'unit') {
    return { min: Math.max(twoLines(column, body, measure), floor) + pad, max };
  }
  const word = Math.max(
    0,
    ...column.cells.flatMap((items) =>
      items.flatMap((text) => wordsOf(text).map((w) => measure(w, body))),
    ),
  );
  const least = (column.kind === 'text' ? PARAGRAPH_MIN : TEXT_MIN) * scale;
  return { min: Math.min(max, Math.max(word, least, floor) + pad), max };
}

/** The width in which every name takes two lines at most (the widest names decide it). */
function twoLines(column: ImageColumn, body: TextStyle, measure: Measure): number {
  const names = column.cells
    .map((items) => items.join(' '))
    .map((name) => ({ name, width: measure(name, body) }))
    .sort((a, b) => b.width - a.width);
  let needed = 0;
  for (const { name, width } of names) {
    // A name never needs more in two lines than in one.
    if (width <= needed) break;
    needed = Math.max(needed, narrowestWidth(name, body, 2, measure));
  }
  return needed;
}

/**
 * Column widths for a table image `width` wide, and the scale of its type. Every column gets at
 * least what keeps its header to a few lines (`headerWidth`) and its cells whole (a number, a
 * status, a flag, a short name); what is left goes to the columns that wrap in proportion to how
 * much more they could use, as a browser lays out a table: a paragraph of reasons gets most of
 * it, a long ministry name a little. Type shrinks only when even the least does not fit; when
 * everything fits on one line, the spare width goes to the columns of words.
 */
export function columnWidths(
  columns: readonly ImageColumn[],
  width: number,
  measure: Measure,
): { widths: number[]; scale: number } {
  let scale = 1;
  let all = columns.map((c) => bounds(c, scale, measure));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  while (sum(all.map((b) => b.min)) > width && scale > MIN_SCALE + 1e-9) {
    scale -= 0.05;
    all = columns.map((c) => bounds(c, scale, measure));
  }
  const least = sum(all.map((b) => b.min));
  const most = sum(all.map((b) => b.max));
  if (most <= width) {
    const words = columns.filter((c) => !isNumericKind(c.kind)).length || 1;
    const spare = Math.min((width - most) / words, SPARE_MAX);
    return {
      widths: all.map((b, i) => (isNumericKind(columns[i]!.kind) ? b.max : b.max + spare)),
      scale,
    };
  }
  const extra = Math.max(0, width - least);
  const stretch = most - least;
  return {
    widths: all.map((b) => (stretch > 0 ? b.min + (extra * (b.max - b.min)) / stretch : b.min)),
    scale,
  };
}
