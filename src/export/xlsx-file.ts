import writeXlsxFile from 'write-excel-file/browser';
import type { XlsxSheet } from './xlsx-sheets';

/** A real .xlsx workbook (Office Open XML) from the sheets of tableToSheets. */
export function sheetsToXlsx(sheets: XlsxSheet[]): Promise<Blob> {
  return writeXlsxFile(sheets, { fontFamily: 'Calibri', fontSize: 11 }).toBlob();
}
