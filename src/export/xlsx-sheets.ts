import type { Cell, Row, Sheet } from 'write-excel-file/browser';
import { formatPeriod } from '../domain/period';
import { fromTenths, signedTenths, tenthsOfFraction } from '../domain/precision';
import { plainText, type CellValue, type TableColumn, type TableSpec } from '../lib/table-spec';
import type { ExportText } from './export-source';
import {
  outputColumns,
  wordsForFlags,
  wordsForStatus,
  wordsForValueState,
  type ExportWords,
} from './table-rows';
import { stripIsolates } from '../lib/isolate';

/**
 * Number formats: Excel shows them with the reader's own separators, so Vietnamese Excel shows
 * 0.107 as "10,7%" and can still compute with it.
 */
/** What write-excel-file's browser build takes as file content (images; none here). */
export type XlsxSheet = Sheet<File | Blob | ArrayBuffer>;

export const XLSX_FORMAT = {
  percent: '0.0%',
  points: '+0.0;-0.0;0.0',
  count: '#,##0',
  rankChange: '+0;-0;0',
  text: '@',
} as const;

export interface XlsxLabels {
  dataSheet: string;
  notesSheet: string;
  title: string;
  subtitle: string;
  period: string;
  target: string;
  source: string;
  note: string;
  provisional: string;
  link: string;
}

/** Percent cells stay fractions (with a percent format); points become numbers in points. */
export function xlsxHeader(column: TableColumn, words: ExportWords): string {
  return column.kind === 'points' || column.kind === 'pointsPerMonth'
    ? `${column.label}${words.unit[column.kind]}`
    : column.label;
}

/** One cell with its real type: numbers stay numbers, months are ISO text, null stays empty. */
export function xlsxCell(column: TableColumn, value: CellValue, words: ExportWords): Cell {
  if (value === null) return null;
  switch (column.kind) {
    // At the precision shown, as the CSV writes them: two units shown at 23.4 % and ranked equal
    // must also sort equal in the reader's spreadsheet.
    case 'percent':
    case 'target':
      return {
        value: fromTenths(tenthsOfFraction(value as number)),
        type: Number,
        format: XLSX_FORMAT.percent,
      };
    case 'points':
    case 'pointsPerMonth':
      return {
        value: signedTenths(value as number) / 10,
        type: Number,
        format: XLSX_FORMAT.points,
      };
    case 'count':
      return { value: value as number, type: Number, format: XLSX_FORMAT.count };
    case 'rank':
      return { value: value as number, type: Number };
    case 'rankChange':
      return { value: value as number, type: Number, format: XLSX_FORMAT.rankChange };
    case 'month':
      return { value: formatPeriod(value as number), type: String, format: XLSX_FORMAT.text };
    case 'status':
      return { value: wordsForStatus(value, words), type: String };
    case 'flags':
      return { value: wordsForFlags(value, words), type: String };
    case 'valueState':
      return { value: wordsForValueState(value, words), type: String };
    case 'text':
    case 'unit':
      // A String cell is never evaluated, so a unit named "=HYPERLINK(…)" stays its name.
      return { value: stripIsolates(plainText(value)), type: String };
  }
}

function widthOf(kind: TableColumn['kind'] | 'unitId'): number {
  switch (kind) {
    case 'unit':
    case 'text':
      return 32;
    case 'flags':
      return 40;
    case 'status':
      return 20;
    case 'valueState':
      return 32;
    default:
      return 14;
  }
}

/**
 * The workbook: the table as sheet 1 ("Số liệu" / "Data") with a bold, frozen header row, and a
 * sheet of notes ("Ghi chú" / "Notes"): title, period, target and basis, source, coverage notes,
 * the link to the view.
 */
export function tableToSheets(
  spec: TableSpec,
  text: ExportText,
  words: ExportWords,
  labels: XlsxLabels,
): XlsxSheet[] {
  const columns = outputColumns(spec, (c) => xlsxHeader(c, words), words.unitId);
  const header: Row = columns.map((c) => ({
    value: stripIsolates(c.header),
    type: String,
    fontWeight: 'bold',
  }));
  const rows: Row[] = spec.rows.map((row) =>
    columns.map((c) =>
      c.type === 'unitId'
        ? row.unitId === undefined
          ? null
          : { value: row.unitId, type: String, format: XLSX_FORMAT.text }
        : xlsxCell(c.column, row.cells[c.column.key] ?? null, words),
    ),
  );

  const note = (label: string, value: string): Row => [
    { value: label, type: String, fontWeight: 'bold' },
    // Titles and coverage notes name units isolated for the image; a cell keeps plain text.
    { value: stripIsolates(value), type: String, wrap: true },
  ];
  const notes: Row[] = [
    note(labels.title, text.title),
    ...(text.subtitle ? [note(labels.subtitle, text.subtitle)] : []),
    note(labels.period, `${text.periodIso} (${text.asOf})`),
    ...(text.target ? [note(labels.target, text.target)] : []),
    note(labels.source, text.source),
    ...text.notes.map((n) => note(labels.note, n)),
    ...(text.provisional ? [note(labels.provisional, text.provisional)] : []),
    note(labels.link, text.link),
  ];

  return [
    {
      data: [header, ...rows],
      sheet: labels.dataSheet,
      columns: columns.map((c) => ({
        width: widthOf(c.type === 'unitId' ? 'unitId' : c.column.kind),
      })),
      stickyRowsCount: 1,
    },
    { data: notes, sheet: labels.notesSheet, columns: [{ width: 22 }, { width: 100 }] },
  ];
}
