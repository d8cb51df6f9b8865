import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, neutraliseFormulae, tableToCsv } from '../../../src/export/csv';
import type { ExportWords } from '../../../src/export/table-rows';
import type { TableSpec } from '../../../src/lib/table-spec';
import { configureProperties } from '../property/settings';

configureProperties();

const WORDS: ExportWords = {
  unitId: 'unit_id',
  status: (s) => s,
  flag: (r) => r,
  valueState: (cell) => cell.state,
  unit: { percent: ' (%)', points: ' (pp)', pointsPerMonth: ' (pp/month)' },
};

function csvOf(names: string[]): string {
  const spec: TableSpec = {
    caption: 'test',
    columns: [
      { key: 'name', label: 'Tỉnh, thành phố', kind: 'unit' },
      { key: 'note', label: 'Ghi chú', kind: 'text' },
      { key: 'rate', label: 'DVC mức độ 4', kind: 'percent' },
      { key: 'change', label: 'Thay đổi', kind: 'points' },
    ],
    rows: names.map((name, i) => ({
      unitId: `U${i}`,
      cells: { name, note: name, rate: 0.1, change: -0.004 },
    })),
  };
  return tableToCsv(spec, WORDS).slice(BOM.length);
}

const SEPARATORS = [',', ';', '\t'] as const;
/** A cell a spreadsheet would run: a trigger after optional spaces or quotes, not a plain number. */
const LIVE = /^[ "]*[=+\-@\t\r\n]/;
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** Every cell of the file as a spreadsheet reading it with `delimiter` would see it. */
function cellsReadWith(csv: string, delimiter: string): string[] {
  const parsed = Papa.parse<string[]>(csv, { delimiter, newline: '\r\n', quoteChar: '"' });
  // A reader that splits lines at any line break too (a naive import) sees these cells.
  const lines = parsed.data.flat().flatMap((cell) => cell.split(/\r\n|\r|\n/));
  return lines;
}

function liveCells(csv: string): string[] {
  return SEPARATORS.flatMap((d) => cellsReadWith(csv, d)).filter(
    (cell) => LIVE.test(cell) && !NUMBER.test(cell.trim()),
  );
}

describe('CSV formula injection (issue 18)', () => {
  it.each([
    ['a formula after a semicolon', 'Ha Noi;=HYPERLINK("http://x","y")'],
    ['a formula after a tab', 'Ha Noi\t=1+1'],
    ['a formula after a comma', 'Ha Noi,@SUM(A1)'],
    ['a formula after a line break', 'Ha Noi\n+cmd'],
    ['a formula after a carriage return', 'Ha Noi\r-2+3'],
    ['a formula behind quotes', 'Ha Noi;"=1'],
    ['a leading formula', '=HYPERLINK("http://x","y")'],
  ])('leaves no live formula in any reading (, ; tab): %s', (_, name) => {
    const csv = csvOf([name]);
    expect(liveCells(csv)).toEqual([]);
    // Read as written (commas), the cell keeps its text, with an apostrophe before each trigger.
    const row = Papa.parse<string[]>(csv, { newline: '\r\n' }).data[1];
    expect(row?.[1]?.replaceAll("'", '')).toBe(name);
  });

  it('quotes every text cell, the ids and headers too, and leaves numbers bare', () => {
    const lines = csvOf(['Hà Tĩnh']).split('\r\n');
    expect(lines[0]).toBe(
      '"unit_id","Tỉnh, thành phố","Ghi chú","DVC mức độ 4 (%)","Thay đổi (pp)"',
    );
    expect(lines[1]).toBe('"U0","Hà Tĩnh","Hà Tĩnh",10.0,-0.4');
  });

  it('neutralises triggers at the start and after every separator or line break', () => {
    expect(neutraliseFormulae('Ha Noi;=X')).toBe("Ha Noi;'=X");
    expect(neutraliseFormulae('\t=1')).toBe("'\t'=1");
    expect(neutraliseFormulae('a;;=x')).toBe("a;;'=x");
    expect(neutraliseFormulae('-0.40')).toBe('-0.40');
    expect(neutraliseFormulae('Hà Nội')).toBe('Hà Nội');
  });

  it('no reading of any name built from triggers and separators yields a live cell', () => {
    const piece = fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      ',',
      ';',
      '"',
      ' ',
      'a',
      '1',
    );
    const name = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 3 }), (names) => {
        expect(liveCells(csvOf(names))).toEqual([]);
      }),
    );
  });
});
