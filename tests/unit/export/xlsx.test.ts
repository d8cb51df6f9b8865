import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/domain/period';
import type { ExportText } from '../../../src/export/export-source';
import type { ExportWords } from '../../../src/export/table-rows';
import { sheetsToXlsx } from '../../../src/export/xlsx-file';
import { tableToSheets, XLSX_FORMAT } from '../../../src/export/xlsx-sheets';
import type { TableSpec } from '../../../src/lib/table-spec';
import { LABELS } from './xlsx-labels';
import { zipEntry } from './zip-entry';

const WORDS: ExportWords = {
  unitId: 'unit_id',
  status: (s) => ({ 'off-track': 'Chậm tiến độ' })[s] ?? s,
  flag: (r) => ({ stalled: 'Án binh bất động' })[r as string] ?? r,
  valueState: (c) =>
    c.state === 'feed-failed' ? `Lỗi nguồn số liệu: HTTP ${String(c.fault?.status)}` : c.state,
  unit: { percent: ' (%)', points: ' (điểm %)', pointsPerMonth: ' (điểm %/tháng)' },
};

const TEXT: ExportText = {
  title: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
  subtitle: 'Tỉnh, thành phố',
  asOf: 'Số liệu đến 08/2020',
  periodIso: '2020-08',
  target: 'Mục tiêu 30% đến 12/2020 (Nghị quyết 17/NQ-CP)',
  source: 'Nguồn: báo cáo của các bộ, ngành, địa phương',
  notes: ['Tính trên 62/63 đơn vị có báo cáo', 'Thiếu số liệu: Hà Nam'],
  provisional: null,
  mark: 'Bảng theo dõi',
  link: 'https://example.org/?period=2020-08',
};

const SPEC: TableSpec = {
  caption: 'test',
  columns: [
    { key: 'rank', label: '#', kind: 'rank' },
    { key: 'name', label: 'Tỉnh, thành phố', kind: 'unit' },
    { key: 'rate', label: 'DVC mức độ 4', kind: 'percent' },
    { key: 'change', label: 'Thay đổi', kind: 'points' },
    { key: 'services', label: 'Số dịch vụ', kind: 'count' },
    { key: 'period', label: 'Kỳ', kind: 'month' },
    { key: 'status', label: 'Tình trạng', kind: 'status' },
    { key: 'flags', label: 'Cảnh báo', kind: 'flags' },
  ],
  rows: [
    {
      unitId: '01',
      cells: {
        rank: 1,
        name: 'Hà Nội',
        rate: 0.107,
        change: -0.004,
        services: 1850,
        period: parsePeriod('2020-08'),
        status: 'off-track',
        flags: ['stalled'],
      },
    },
    {
      unitId: '98',
      cells: {
        rank: null,
        name: '=HYPERLINK("http://x","y")',
        rate: null,
        change: null,
        services: null,
        period: null,
        status: null,
        flags: [],
      },
    },
  ],
};

describe('tableToSheets', () => {
  it('keeps numbers as numbers with formats, months as ISO text, null as empty', () => {
    const [data] = tableToSheets(SPEC, TEXT, WORDS, LABELS);
    expect(data!.sheet).toBe('Số liệu');
    const [header, first, second] = data!.data;
    expect(header!.map((c) => (c as { value: string }).value)).toEqual([
      '#',
      'unit_id',
      'Tỉnh, thành phố',
      'DVC mức độ 4',
      'Thay đổi (điểm %)',
      'Số dịch vụ',
      'Kỳ',
      'Tình trạng',
      'Cảnh báo',
    ]);
    expect(first).toEqual([
      { value: 1, type: Number },
      { value: '01', type: String, format: '@' },
      { value: 'Hà Nội', type: String },
      { value: 0.107, type: Number, format: XLSX_FORMAT.percent },
      { value: -0.4, type: Number, format: XLSX_FORMAT.points },
      { value: 1850, type: Number, format: XLSX_FORMAT.count },
      { value: '2020-08', type: String, format: '@' },
      { value: 'Chậm tiến độ', type: String },
      { value: 'Án binh bất động', type: String },
    ]);
    expect(second!.slice(3, 8)).toEqual([null, null, null, null, null]);
  });

  it('writes rates and changes at the precision shown, so units tied on screen sort tied', () => {
    const spec: TableSpec = {
      caption: 'ties',
      columns: [
        { key: 'rate', label: 'DVC mức độ 4', kind: 'percent' },
        { key: 'target', label: 'Mục tiêu', kind: 'target' },
        { key: 'change', label: 'Thay đổi', kind: 'points' },
      ],
      // 2341 / 10000 and 234 / 1000 both show as 23.4 % and share a rank; 0.2345 shows as 23.5 %.
      rows: [
        { unitId: 'a', cells: { rate: 2341 / 10000, target: 0.3, change: 0.00449 } },
        { unitId: 'b', cells: { rate: 234 / 1000, target: 0.3, change: -0.0045 } },
        { unitId: 'c', cells: { rate: 2345 / 10000, target: 0.3, change: 0 } },
      ],
    };
    const [data] = tableToSheets(spec, TEXT, WORDS, LABELS);
    const values = data!.data.slice(1).map((row) => row.map((c) => (c as { value: number }).value));
    expect(values).toEqual([
      [0.234, 0.3, 0.4],
      [0.234, 0.3, -0.5],
      [0.235, 0.3, 0],
    ]);
  });

  it('writes a sheet of notes: title, period, target and basis, source, coverage, link', () => {
    const [, notes] = tableToSheets(SPEC, TEXT, WORDS, LABELS);
    expect(notes!.sheet).toBe('Ghi chú');
    expect(notes!.data.map((row) => row.map((c) => (c as { value: string }).value))).toEqual([
      ['Tiêu đề', 'Tỷ lệ dịch vụ công trực tuyến mức độ 4'],
      ['Mô tả', 'Tỉnh, thành phố'],
      ['Kỳ số liệu', '2020-08 (Số liệu đến 08/2020)'],
      ['Mục tiêu', 'Mục tiêu 30% đến 12/2020 (Nghị quyết 17/NQ-CP)'],
      ['Nguồn', 'Nguồn: báo cáo của các bộ, ngành, địa phương'],
      ['Ghi chú', 'Tính trên 62/63 đơn vị có báo cáo'],
      ['Ghi chú', 'Thiếu số liệu: Hà Nam'],
      ['Liên kết', 'https://example.org/?period=2020-08'],
    ]);
  });
});

describe('sheetsToXlsx', () => {
  it('writes a real workbook that a reader opens with numeric cells and a percent format', async () => {
    const blob = await sheetsToXlsx(tableToSheets(SPEC, TEXT, WORDS, LABELS));
    const buffer = Buffer.from(await blob.arrayBuffer());
    const sheets = await readXlsxFile(buffer);
    expect(sheets.map((s) => s.sheet)).toEqual(['Số liệu', 'Ghi chú']);
    const rows = sheets[0]!.data;
    expect(rows[1]).toEqual([
      1,
      '01',
      'Hà Nội',
      0.107,
      -0.4,
      1850,
      '2020-08',
      'Chậm tiến độ',
      'Án binh bất động',
    ]);
    expect(typeof rows[1]![3]).toBe('number');
    // A String cell: the formula-like name is stored as text and never evaluated.
    expect(rows[2]![2]).toBe('=HYPERLINK("http://x","y")');
    expect(zipEntry(buffer, 'xl/worksheets/sheet1.xml')).not.toContain('<f>');
    expect(zipEntry(buffer, 'xl/styles.xml')).toContain('formatCode="0.0%"');
  });
});
