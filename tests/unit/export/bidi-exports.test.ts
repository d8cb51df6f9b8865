import { describe, expect, it } from 'vitest';
import { tableToCsv, CSV_DIALECTS } from '../../../src/export/csv';
import { exportFileName } from '../../../src/export/file-name';
import type { ExportText } from '../../../src/export/export-source';
import type { ExportWords } from '../../../src/export/table-rows';
import { tableToSheets } from '../../../src/export/xlsx-sheets';
import { LABELS } from './xlsx-labels';
import { coverageNotes, embedCode } from '../../../src/components/export-menu/export-text';
import { isolate } from '../../../src/lib/isolate';
import type { TableSpec } from '../../../src/lib/table-spec';
import type { TFunction } from 'i18next';

// Names in right-to-left letters are isolated (U+2068 … U+2069) in the sentences on screen and in
// the exported images; spreadsheet cells, headers, notes and file names never carry the marks.
const MARKS = /[\u2066-\u2069]/;
const HEBREW = 'שלום';
const ARABIC = 'مرحبا';

const WORDS: ExportWords = {
  unitId: 'unit_id',
  status: (s) => s,
  flag: (r) => r,
  valueState: (c) => c.state,
  unit: { percent: ' (%)', points: ' (điểm %)', pointsPerMonth: ' (điểm %/tháng)' },
};

/** A table whose caption, a column label and a text cell carry isolated names, as views make them. */
const SPEC: TableSpec = {
  caption: `Liền trên và liền dưới ${isolate(HEBREW)}`,
  columns: [
    { key: 'name', label: 'Tỉnh', kind: 'unit' },
    { key: 'gap', label: `Cách ${isolate(HEBREW)}`, kind: 'text' },
    { key: 'rate', label: 'DVC mức độ 4', kind: 'percent' },
  ],
  rows: [
    { unitId: 'H1', cells: { name: HEBREW, gap: `${isolate(ARABIC)}: 3`, rate: 0.2 } },
    { unitId: 'A1', cells: { name: isolate(ARABIC), gap: null, rate: null } },
  ],
};

/** `t` as i18next would fill the coverage messages. */
const t = ((key: string, options: Record<string, unknown>) =>
  key === 'common:coverage.basedOn'
    ? `Tính trên ${String(options.reported)}/${String(options.total)}`
    : key === 'common:coverage.missingMore'
      ? `Thiếu số liệu: ${String(options.names)} và ${String(options.count)} đơn vị khác`
      : `Thiếu số liệu: ${String(options.names)}`) as unknown as TFunction;

describe('exports carry no direction isolates', () => {
  it('CSV cells and headers are plain, in every dialect, with the names intact', () => {
    for (const dialect of Object.values(CSV_DIALECTS)) {
      const csv = tableToCsv(SPEC, WORDS, dialect);
      expect(csv).not.toMatch(MARKS);
      expect(csv).toContain(`"${HEBREW}"`);
      expect(csv).toContain(`"${ARABIC}: 3"`);
      expect(csv).toContain(`"Cách ${HEBREW}"`);
    }
  });

  it('Excel cells, headers and notes are plain', () => {
    const names = new Map([
      ['H1', HEBREW],
      ['A1', ARABIC],
    ]);
    const notes = coverageNotes({ reported: 1, total: 3, missing: ['H1', 'A1'] }, names, t);
    // The coverage note names them isolated, for the image…
    expect(notes[1]).toBe(`Thiếu số liệu: ${isolate(HEBREW)}, ${isolate(ARABIC)}`);
    const text: ExportText = {
      title: `Thứ hạng của ${isolate(HEBREW)}`,
      subtitle: null,
      asOf: 'Số liệu đến 08/2020',
      periodIso: '2020-08',
      target: null,
      source: 'Nguồn',
      notes,
      provisional: null,
      mark: 'Bảng theo dõi',
      link: 'https://example.org/',
    };
    const sheets = tableToSheets(SPEC, text, WORDS, LABELS);
    const values = sheets.flatMap((s) =>
      s.data.flatMap((row) =>
        row.map((c) => {
          const value = (c as { value?: unknown } | null)?.value;
          return typeof value === 'string' ? value : '';
        }),
      ),
    );
    // …the workbook has them plain.
    expect(values.filter((v) => MARKS.test(v))).toEqual([]);
    expect(values).toContain(`Thiếu số liệu: ${HEBREW}, ${ARABIC}`);
    expect(values).toContain(`Thứ hạng của ${HEBREW}`);
    expect(values).toContain(ARABIC);
  });

  it('file names and the embed code are plain', () => {
    const title = `Thứ hạng của ${isolate(HEBREW)} Hà Tĩnh`;
    const name = exportFileName({ subject: { vi: title, en: title } }, null, 'vi', 'csv');
    expect(name).not.toMatch(MARKS);
    expect(name).toBe('thu-hang-cua-ha-tinh.csv');
    const code = embedCode('https://example.org/units/H1', 'embed/units/H1/trend', 'vi', title);
    expect(code).not.toMatch(MARKS);
    expect(code).toContain(`title="Thứ hạng của ${HEBREW} Hà Tĩnh"`);
  });
});
