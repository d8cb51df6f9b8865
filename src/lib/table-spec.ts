import type { FlagRule } from '../domain/laggards';
import type { MonthIndex } from '../domain/period';

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
  /** A difference of fractions, in percentage points. */
  | 'points'
  | 'pointsPerMonth'
  | 'count'
  | 'rank'
  | 'rankChange'
  | 'month'
  | 'status'
  | 'flags';

/** Status columns hold the engine's status word ('met', 'off-track', …). */
export type CellValue = string | number | null | readonly FlagRule[];

export interface TableColumn {
  key: string;
  /** Header text in the view's language. */
  label: string;
  kind: ColumnKind;
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

export type { MonthIndex };
