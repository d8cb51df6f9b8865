import type { FlagRule } from '../domain/laggards';
import type { TableColumn, TableSpec, ValueStateCell } from '../lib/table-spec';

/** The words an export needs in the view's language (status and flag names, unit suffixes). */
export interface ExportWords {
  status(status: string): string;
  flag(rule: FlagRule): string;
  /** A unit's value state in words: "Lỗi nguồn số liệu: Lỗi HTTP 500", "Chưa báo cáo", … */
  valueState(cell: ValueStateCell): string;
  /** Header suffixes that say what a plain number means: " (%)", " (điểm %)", … */
  unit: Record<'percent' | 'points' | 'pointsPerMonth', string>;
  /** The header of the registry-id column: "Mã đơn vị (unit_id)". */
  unitId: string;
}

/** One output column: either a spec column or the unit_id column that goes before a unit column. */
export type OutputColumn =
  { type: 'unitId'; header: string } | { type: 'cell'; header: string; column: TableColumn };

/**
 * The spec's columns as exported, with a column of registry ids (under a translated header) before
 * each unit column.
 */
export function outputColumns(
  spec: TableSpec,
  header: (column: TableColumn) => string,
  unitIdHeader: string,
): OutputColumn[] {
  const out: OutputColumn[] = [];
  for (const column of spec.columns) {
    if (column.kind === 'unit') out.push({ type: 'unitId', header: unitIdHeader });
    out.push({ type: 'cell', header: header(column), column });
  }
  return out;
}

export function wordsForStatus(value: unknown, words: ExportWords): string {
  return words.status(String(value));
}

export function wordsForFlags(value: unknown, words: ExportWords): string {
  return Array.isArray(value) ? (value as FlagRule[]).map((r) => words.flag(r)).join('; ') : '';
}

export function wordsForValueState(value: unknown, words: ExportWords): string {
  return words.valueState(value as ValueStateCell);
}

/**
 * The status column every export of unit rows carries (contract §6 ★): which of feed failed,
 * not reported or no services lies behind an empty cell.
 */
export const VALUE_STATE_KEY = 'valueState';
