import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/domain/period';
import { BOM, CSV_DIALECTS, tableToCsv } from '../../../src/export/csv';
import type { ExportWords } from '../../../src/export/table-rows';
import type { TableSpec } from '../../../src/lib/table-spec';

const WORDS: ExportWords = {
  unitId: 'unit_id',
  status: (s) => ({ met: 'Đạt', 'off-track': 'Chậm tiến độ' })[s] ?? s,
  flag: (r) => ({ stalled: 'Án binh bất động', 'off-track': 'Chậm tiến độ' })[r as string] ?? r,
  valueState: (c) =>
    c.state === 'feed-failed' ? `Lỗi nguồn số liệu: HTTP ${String(c.fault?.status)}` : c.state,
  unit: { percent: ' (%)', points: ' (điểm %)', pointsPerMonth: ' (điểm %/tháng)' },
};

const month = (text: string) => parsePeriod(text)!;

function spec(rows: TableSpec['rows'], columns?: TableSpec['columns']): TableSpec {
  return {
    caption: 'test',
    columns: columns ?? [
      { key: 'name', label: 'Tỉnh, thành phố', kind: 'unit' },
      { key: 'rate', label: 'DVC mức độ 4', kind: 'percent' },
    ],
    rows,
  };
}

/** The records of a CSV text, without the BOM, split by RFC 4180 rules. */
function records(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(BOM.length), { newline: '\r\n', skipEmptyLines: true })
    .data;
}

describe('tableToCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const csv = tableToCsv(spec([{ unitId: '42', cells: { name: 'Hà Tĩnh', rate: 0.2 } }]), WORDS);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe(
      '"unit_id","Tỉnh, thành phố","DVC mức độ 4 (%)"\r\n"42","Hà Tĩnh",20.0\r\n',
    );
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('puts the registry id in a unit_id column before every unit column', () => {
    const csv = tableToCsv(
      spec([
        { unitId: '01', cells: { name: 'Hà Nội', rate: 0.1 } },
        { unitId: 'MOF', cells: { name: 'Bộ Tài chính', rate: 0.5 } },
      ]),
      WORDS,
    );
    expect(records(csv)).toEqual([
      ['unit_id', 'Tỉnh, thành phố', 'DVC mức độ 4 (%)'],
      ['01', 'Hà Nội', '10.0'],
      ['MOF', 'Bộ Tài chính', '50.0'],
    ]);
  });

  it('writes a target as it writes the ratios beside it: one decimal, in either dialect', () => {
    const columns: TableSpec['columns'] = [
      { key: 'rate', label: 'DVC mức độ 4', kind: 'percent' },
      { key: 'target', label: 'Mục tiêu', kind: 'target' },
    ];
    const rows = [{ cells: { rate: 0.165, target: 0.3 } }, { cells: { rate: 0.3, target: 0.125 } }];
    expect(records(tableToCsv(spec(rows, columns), WORDS))).toEqual([
      ['DVC mức độ 4 (%)', 'Mục tiêu (%)'],
      ['16.5', '30.0'],
      ['30.0', '12.5'],
    ]);
    const semicolon = tableToCsv(spec(rows, columns), WORDS, CSV_DIALECTS.semicolon);
    expect(semicolon.slice(1).split('\r\n').slice(1, 3)).toEqual(['16,5;30,0', '30,0;12,5']);
  });

  it('quotes commas, double quotes and line breaks (RFC 4180)', () => {
    const csv = tableToCsv(
      spec(
        [{ cells: { note: 'a, b', quote: 'say "hi"', lines: 'one\ntwo' } }],
        [
          { key: 'note', label: 'Note', kind: 'text' },
          { key: 'quote', label: 'Quote', kind: 'text' },
          { key: 'lines', label: 'Lines', kind: 'text' },
        ],
      ),
      WORDS,
    );
    expect(csv.slice(1)).toBe('"Note","Quote","Lines"\r\n"a, b","say ""hi""","one\ntwo"\r\n');
    expect(records(csv)[1]).toEqual(['a, b', 'say "hi"', 'one\ntwo']);
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', `"'+1+2"`],
    ["-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=1', `"'\t'=1"`],
    ['\r=1', `"'\r'=1"`],
  ])('neutralises a cell a spreadsheet would run: %j', (name, expected) => {
    const csv = tableToCsv(spec([{ unitId: '98', cells: { name, rate: 0.1 } }]), WORDS);
    const line = csv.slice(1).split('\r\n')[1]!;
    expect(line).toBe(`"98",${expected},10.0`);
    expect(records(csv)[1]![1]).toBe(expected.slice(1, -1).replaceAll('""', '"'));
  });

  it('neutralises formula-like text in every text column, not only unit names', () => {
    const csv = tableToCsv(
      spec([{ cells: { t: '=1+1' } }], [{ key: 't', label: 'Ghi chú', kind: 'text' }]),
      WORDS,
    );
    expect(records(csv)[1]).toEqual(["'=1+1"]);
  });

  it('leaves numbers as plain numbers, negatives included', () => {
    const csv = tableToCsv(
      spec(
        [{ cells: { change: -0.004, pace: 0.0123, count: 6842, rank: 3, moved: -2 } }],
        [
          { key: 'change', label: 'Thay đổi', kind: 'points' },
          { key: 'pace', label: 'Cần', kind: 'pointsPerMonth' },
          { key: 'count', label: 'Số dịch vụ', kind: 'count' },
          { key: 'rank', label: 'Hạng', kind: 'rank' },
          { key: 'moved', label: 'Thay đổi hạng', kind: 'rankChange' },
        ],
      ),
      WORDS,
    );
    expect(csv.slice(1)).toBe(
      '"Thay đổi (điểm %)","Cần (điểm %/tháng)","Số dịch vụ","Hạng","Thay đổi hạng"\r\n-0.4,1.2,6842,3,-2\r\n',
    );
  });

  it('writes rates in percent at the precision shown (1 decimal) with "." as decimal separator', () => {
    const rows = [0.165, 0.107, 0.2345, 1, 0, 0.00005].map((rate) => ({
      cells: { name: 'x', rate },
    }));
    const values = records(tableToCsv(spec(rows), WORDS))
      .slice(1)
      .map((r) => r[2]);
    expect(values).toEqual(['16.5', '10.7', '23.5', '100.0', '0.0', '0.0']);
  });

  it('writes a value that was not reported as an empty cell, never 0', () => {
    const csv = tableToCsv(
      spec(
        [{ unitId: '35', cells: { name: 'Hà Nam', rate: null, count: null, month: null } }],
        [
          { key: 'name', label: 'Tỉnh', kind: 'unit' },
          { key: 'rate', label: 'Tỷ lệ', kind: 'percent' },
          { key: 'count', label: 'Số', kind: 'count' },
          { key: 'month', label: 'Kỳ', kind: 'month' },
        ],
      ),
      WORDS,
    );
    expect(csv.slice(1).split('\r\n')[1]).toBe('"35","Hà Nam",,,');
  });

  it('says in its status column why a value is empty: feed failed, not reported, no services', () => {
    const columns: TableSpec['columns'] = [
      { key: 'name', label: 'Tỉnh', kind: 'unit' },
      { key: 'rate', label: 'Tỷ lệ', kind: 'percent' },
      { key: 'state', label: 'Tình trạng', kind: 'valueState' },
    ];
    const row = (id: string, state: 'feed-failed' | 'not-reported' | 'no-services') => ({
      unitId: id,
      cells: {
        name: id,
        rate: null,
        state: {
          state,
          fault: state === 'feed-failed' ? { kind: 'http-error', status: 500 } : null,
        },
      },
    });
    const csv = tableToCsv(
      spec(
        [row('15', 'feed-failed'), row('96', 'not-reported'), row('01', 'no-services')],
        columns,
      ),
      WORDS,
    );
    expect(records(csv).slice(1)).toEqual([
      ['15', '15', '', 'Lỗi nguồn số liệu: HTTP 500'],
      ['96', '96', '', 'not-reported'],
      ['01', '01', '', 'no-services'],
    ]);
  });

  it('writes months as "2020-M08", which Excel keeps as text, never as a timestamp', () => {
    const csv = tableToCsv(
      spec(
        [{ cells: { period: month('2020-08') } }, { cells: { period: month('2019-12') } }],
        [{ key: 'period', label: 'Kỳ báo cáo', kind: 'month' }],
      ),
      WORDS,
    );
    expect(records(csv)).toEqual([['Kỳ báo cáo'], ['2020-M08'], ['2019-M12']]);
  });

  it('writes statuses and flags as words in the view language', () => {
    const csv = tableToCsv(
      spec(
        [
          { cells: { status: 'off-track', flags: ['off-track', 'stalled'] } },
          { cells: { status: 'met', flags: [] } },
        ],
        [
          { key: 'status', label: 'Tình trạng', kind: 'status' },
          { key: 'flags', label: 'Cảnh báo', kind: 'flags' },
        ],
      ),
      WORDS,
    );
    expect(records(csv)).toEqual([
      ['Tình trạng', 'Cảnh báo'],
      ['Chậm tiến độ', 'Chậm tiến độ; Án binh bất động'],
      ['Đạt', ''],
    ]);
  });
  it('for a Vietnamese Excel: semicolons, decimal commas, a translated id header', () => {
    const csv = tableToCsv(
      spec([
        { unitId: '42', cells: { name: 'Hà Tĩnh', rate: 0.1893 } },
        { unitId: '01', cells: { name: 'Hà Nội; "thủ đô"', rate: -0.004 } },
      ]),
      { ...WORDS, unitId: 'Mã đơn vị' },
      CSV_DIALECTS.semicolon,
    );
    expect(csv.slice(1)).toBe(
      '"Mã đơn vị";"Tỉnh, thành phố";"DVC mức độ 4 (%)"\r\n"42";"Hà Tĩnh";18,9\r\n"01";"Hà Nội; ""thủ đô""";-0,4\r\n',
    );
  });
});
