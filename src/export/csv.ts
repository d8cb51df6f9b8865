import Papa from 'papaparse';
import { formatPeriod } from '../domain/period';
import {
  plainText,
  type CellValue,
  type TableColumn,
  type TableRow,
  type TableSpec,
} from '../lib/table-spec';
import { integerText, percentText, pointsText } from './number-text';
import {
  outputColumns,
  wordsForFlags,
  wordsForStatus,
  wordsForValueState,
  type ExportWords,
  type OutputColumn,
} from './table-rows';

/** Excel reads UTF-8 (and so Vietnamese) only when the file starts with a byte order mark. */
export const BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula: starting with = + - @, tab or carriage return
 * (OWASP "CSV injection"). Plain decimal numbers ("-0.40") are left alone: they are data, not
 * formulas, and a quote in front of them would turn them into text.
 */
export const FORMULA_TRIGGER = /^(?!-?\d+(?:\.\d+)?$)[=+\-@\t\r]/;

export function csvHeader(column: TableColumn, words: ExportWords): string {
  switch (column.kind) {
    case 'percent':
    case 'points':
    case 'pointsPerMonth':
      return `${column.label}${words.unit[column.kind]}`;
    default:
      return column.label;
  }
}

/** One cell as CSV text: plain numbers with '.' decimals, ISO months, words; null is empty. */
export function csvCell(column: TableColumn, value: CellValue, words: ExportWords): string {
  if (value === null) return '';
  switch (column.kind) {
    case 'percent':
      return percentText(value as number);
    case 'points':
    case 'pointsPerMonth':
      return pointsText(value as number);
    case 'count':
    case 'rank':
    case 'rankChange':
      return integerText(value as number);
    case 'month':
      return formatPeriod(value as number);
    case 'status':
      return wordsForStatus(value, words);
    case 'flags':
      return wordsForFlags(value, words);
    case 'valueState':
      return wordsForValueState(value, words);
    case 'text':
    case 'unit':
      return plainText(value);
  }
}

function rowCells(row: TableRow, columns: OutputColumn[], words: ExportWords): string[] {
  return columns.map((c) =>
    c.type === 'unitId'
      ? (row.unitId ?? '')
      : csvCell(c.column, row.cells[c.column.key] ?? null, words),
  );
}

/**
 * A table spec as RFC 4180 CSV: UTF-8 with BOM, CRLF line ends, a header row in the view's
 * language, a unit_id column before each unit column, and formula-like cells neutralised with a
 * leading apostrophe. papaparse does the quoting and the neutralising.
 */
export function tableToCsv(spec: TableSpec, words: ExportWords): string {
  const columns = outputColumns(spec, (c) => csvHeader(c, words));
  const csv = Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: spec.rows.map((row) => rowCells(row, columns, words)),
    },
    { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_TRIGGER },
  );
  return `${BOM}${csv}\r\n`;
}
