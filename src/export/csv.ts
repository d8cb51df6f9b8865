import Papa from 'papaparse';
import type { CellValue, TableColumn, TableRow, TableSpec } from '../lib/table-spec';
import { integerText, percentText, pointsText, targetText, type DecimalMark } from './number-text';
import {
  outputColumns,
  wordsForFlags,
  wordsForStatus,
  type ExportWords,
  type OutputColumn,
} from './table-rows';
import { periodCode } from './period-code';

/** Excel reads UTF-8 (and so Vietnamese) only when the file starts with a byte order mark. */
export const BOM = '\uFEFF';

/**
 * The two CSV dialects. `standard` is RFC 4180 with '.' decimals (any program, any locale);
 * `semicolon` is what Excel opens straight into columns under a Vietnamese (or most European)
 * locale, whose list separator is ';' and decimal mark ','.
 */
export interface CsvDialect {
  delimiter: ',' | ';';
  decimal: DecimalMark;
}

export const CSV_DIALECTS = {
  standard: { delimiter: ',', decimal: '.' },
  semicolon: { delimiter: ';', decimal: ',' },
} as const satisfies Record<string, CsvDialect>;

/**
 * Cells a spreadsheet would run as a formula: starting with = + - @, tab or carriage return
 * (OWASP "CSV injection"). Plain decimal numbers ("-0.4", "-0,4") are left alone: they are data,
 * not formulas, and a quote in front of them would turn them into text.
 */
export const FORMULA_TRIGGER = /^(?!-?\d+(?:[.,]\d+)?$)[=+\-@\t\r]/;

export function csvHeader(column: TableColumn, words: ExportWords): string {
  switch (column.kind) {
    case 'percent':
    case 'target':
    case 'points':
    case 'pointsPerMonth':
      return `${column.label}${words.unit[column.kind === 'target' ? 'percent' : column.kind]}`;
    default:
      return column.label;
  }
}

/**
 * One cell as CSV text: numbers at the precision the screen shows with the dialect's decimal
 * mark, periods as codes a spreadsheet keeps as text (period-code.ts), words; null is empty.
 */
export function csvCell(
  column: TableColumn,
  value: CellValue,
  words: ExportWords,
  dialect: CsvDialect = CSV_DIALECTS.standard,
): string {
  if (value === null) return '';
  switch (column.kind) {
    case 'percent':
      return percentText(value as number, dialect.decimal);
    case 'target':
      return targetText(value as number, dialect.decimal);
    case 'points':
    case 'pointsPerMonth':
      return pointsText(value as number, dialect.decimal);
    case 'count':
    case 'rank':
    case 'rankChange':
      return integerText(value as number);
    case 'month':
      return periodCode(value as number);
    case 'status':
      return wordsForStatus(value, words);
    case 'flags':
      return wordsForFlags(value, words);
    case 'text':
    case 'unit':
      return String(value);
  }
}

function rowCells(
  row: TableRow,
  columns: OutputColumn[],
  words: ExportWords,
  dialect: CsvDialect,
): string[] {
  return columns.map((c) =>
    c.type === 'unitId'
      ? (row.unitId ?? '')
      : csvCell(c.column, row.cells[c.column.key] ?? null, words, dialect),
  );
}

/**
 * A table spec as CSV: UTF-8 with BOM, CRLF line ends, a header row in the view's language
 * (the registry-id column too), and formula-like cells neutralised with a leading apostrophe.
 * papaparse does the quoting and the neutralising.
 */
export function tableToCsv(
  spec: TableSpec,
  words: ExportWords,
  dialect: CsvDialect = CSV_DIALECTS.standard,
): string {
  const columns = outputColumns(spec, (c) => csvHeader(c, words), words.unitId);
  const csv = Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: spec.rows.map((row) => rowCells(row, columns, words, dialect)),
    },
    {
      newline: '\r\n',
      delimiter: dialect.delimiter,
      quotes: false,
      escapeFormulae: FORMULA_TRIGGER,
    },
  );
  return `${BOM}${csv}\r\n`;
}
