import type { IndicatorId } from '../domain/indicators';
import type { FlagRule } from '../domain/laggards';
import type { MonthIndex } from '../domain/period';
import type { FeedFault, LocalizedText } from '../domain/types';
import type { ValueState } from '../domain/value-state';
import type { Formatters } from '../i18n/format';

/**
 * What a chart's "show as table" shows and what its CSV / Excel exports contain: one spec, so the
 * three can never disagree. Values are the engine's (fractions, counts, month indexes); the table
 * formats them through the locale, the exports serialise them for spreadsheets.
 */
export type ColumnKind =
  | 'text'
  /** A unit's name; the row's `unitId` goes into its own `unit_id` column in exports. */
  | 'unit'
  /** A fraction shown as a percentage. */
  | 'percent'
  /** A target (a fraction): "30 %" on screen, not "30,0 %"; in a CSV as its ratios are, "30.0". */
  | 'target'
  /** A difference of fractions, in percentage points. */
  | 'points'
  | 'pointsPerMonth'
  | 'count'
  | 'rank'
  | 'rankChange'
  | 'month'
  | 'status'
  /** Contract §6 ★: why a unit's value is there or not (feed failed, not reported, no services). */
  | 'valueState'
  | 'flags';

const NUMERIC_KINDS: readonly ColumnKind[] = [
  'percent',
  'target',
  'points',
  'pointsPerMonth',
  'count',
  'rank',
  'rankChange',
];

/** A column of numbers: right-aligned on screen and in images, a number in CSV and Excel. */
export function isNumericKind(kind: ColumnKind): boolean {
  return NUMERIC_KINDS.includes(kind);
}

/** A unit's value state, with the failed feed's fault. */
export interface ValueStateCell {
  state: ValueState;
  fault: FeedFault | null;
}

/** Status columns hold the engine's status word ('met', 'off-track', …). */
export type CellValue = string | number | null | readonly FlagRule[] | ValueStateCell;

export interface TableColumn {
  key: string;
  /** Header text in the view's language. */
  label: string;
  kind: ColumnKind;
  /**
   * The key of another column that already says in words what this one holds (a laggard's
   * reasons name each of its flags): a table image leaves this column out, so nothing is written
   * twice. Spreadsheets keep it, to filter by.
   */
  repeatedIn?: string;
  /**
   * What an empty cell of this column means: by default that the unit did not report it (or why
   * not, from its row's status); 'none': there is nothing to show there (a projection for a month
   * before the last one reported), written "–".
   */
  empty?: 'none';
}

export interface TableRow {
  /** Registry id when the row is a unit (for links and the exports' unit_id column). */
  unitId?: string;
  cells: Record<string, CellValue>;
}

export interface TableSpec {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
}

/**
 * A table, or a function that makes it when it is long to build (thousands of rows). The function
 * may be given the formatters a file writes numbers with (`FileNumbers`): texts that carry
 * numbers (a laggard's reasons) then write them as that file's number columns do.
 */
export type TableSource = TableSpec | ((file?: Formatters) => TableSpec);

/** The table itself, made now if it was deferred (with a file's formatters, when given). */
export function tableOf(source: TableSource, file?: Formatters): TableSpec {
  return typeof source === 'function' ? source(file) : source;
}

export type { MonthIndex };

/**
 * What an export's file name says: the subject (an indicator, whose slug is known in both
 * languages, or a text in both languages to slug), and the scope (a kind, a region, one unit).
 */
export type ExportScope = 'all' | 'province' | 'ministry' | `region:${string}` | `unit:${string}`;

export interface ExportFileName {
  subject: IndicatorId | LocalizedText;
  /** A kind, a region, a unit by id, or a unit's name in both languages (`ha-tinh`). */
  scope?: ExportScope | LocalizedText;
  /** The indicator, when the subject is something else (a rank history). */
  indicator?: IndicatorId;
  /** What the rows were filtered by, in the view's language ("vùng Đông Nam Bộ"). */
  filter?: string;
}

/** A target as the exports print it: "Mục tiêu 30% đến 12/2020 (Nghị quyết 17/NQ-CP)". */
export interface ExportTarget {
  /** A fraction. */
  value: number;
  deadline: MonthIndex;
  basis: LocalizedText;
}

/** A text or number cell as text (other kinds of cell have their own words). */
export function plainText(value: CellValue): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
