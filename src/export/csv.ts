import Papa from 'papaparse';
import {
  isNumericKind,
  plainText,
  type CellValue,
  type TableColumn,
  type TableRow,
  type TableSpec,
} from '../lib/table-spec';
import { integerText, percentText, pointsText, type DecimalMark } from './number-text';
import {
  outputColumns,
  wordsForFlags,
  wordsForStatus,
  wordsForValueState,
  type ExportWords,
  type OutputColumn,
} from './table-rows';
import { periodCode } from './period-code';
import { stripIsolates } from '../lib/isolate';

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
 * Characters that make a spreadsheet run a cell as a formula (OWASP "CSV injection"): = + - @,
 * tab, carriage return and line feed.
 */
const TRIGGER = '=+\\-@\\t\\r\\n';
/** Where a cell begins inside a text read with `,`, `;` or tab as the separator, or a line ends. */
const INNER_CELL_START = new RegExp(`([,;\\t\\r\\n])(?=[ "]*[${TRIGGER}])`, 'g');
const OUTER_CELL_START = new RegExp(`^(?=[ "]*[${TRIGGER}])`);
/** Plain decimal numbers ("-0.40", "6842") are data, not formulas: left as they are. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A text cell made inert for every reading of the file: an apostrophe before a formula trigger at
 * its start and after every `,`, `;`, tab or line break inside it, since a spreadsheet reading with
 * `;` (Excel under a Vietnamese locale) or tabs would start a new cell there: `Ha Noi;=HYPERLINK(…)`
 * becomes `Ha Noi;'=HYPERLINK(…)`.
 */
export function neutraliseFormulae(cell: string): string {
  if (PLAIN_NUMBER.test(cell)) return cell;
  return cell.replace(INNER_CELL_START, "$1'").replace(OUTER_CELL_START, "'");
}

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
    // A target as the ratios beside it are written (30.0 next to 16.5), in every CSV, though
    // the screen writes "30 %": a spreadsheet's column of percentages has one precision.
    case 'percent':
    case 'target':
      return percentText(value as number, dialect.decimal);
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
    case 'valueState':
      return wordsForValueState(value, words);
    case 'text':
    case 'unit':
      return plainText(value);
  }
}

function rowCells(
  row: TableRow,
  columns: OutputColumn[],
  words: ExportWords,
  dialect: CsvDialect,
): string[] {
  return columns.map((c) =>
    neutraliseFormulae(
      stripIsolates(
        c.type === 'unitId'
          ? (row.unitId ?? '')
          : csvCell(c.column, row.cells[c.column.key] ?? null, words, dialect),
      ),
    ),
  );
}

/** Every text cell is quoted (ids and headers too); numbers and empty cells are not. */
function quoteTextCells(columns: OutputColumn[]): (value: unknown, column: number) => boolean {
  const numeric = columns.map((c) => c.type !== 'unitId' && isNumericKind(c.column.kind));
  return (value, column) => {
    const text = typeof value === 'string' ? value : '';
    if (text === '') return false;
    return !(numeric[column] ?? false) || !PLAIN_NUMBER.test(text);
  };
}

/**
 * A table spec as CSV: UTF-8 with BOM, CRLF line ends, a header row in the view's language
 * (the registry-id column too), every text cell quoted and formula triggers neutralised
 * (`neutraliseFormulae`), no direction isolates (`stripIsolates`). papaparse does the quoting.
 */
export function tableToCsv(
  spec: TableSpec,
  words: ExportWords,
  dialect: CsvDialect = CSV_DIALECTS.standard,
): string {
  const columns = outputColumns(spec, (c) => csvHeader(c, words), words.unitId);
  const csv = Papa.unparse(
    {
      fields: columns.map((c) => neutraliseFormulae(stripIsolates(c.header))),
      data: spec.rows.map((row) => rowCells(row, columns, words, dialect)),
    },
    {
      newline: '\r\n',
      delimiter: dialect.delimiter,
      quotes: quoteTextCells(columns),
      escapeFormulae: false,
    },
  );
  return `${BOM}${csv}\r\n`;
}
