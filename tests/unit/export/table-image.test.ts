import { describe, expect, it } from 'vitest';
import type { FlagRule } from '../../../src/domain/laggards';
import {
  pagesByHeight,
  tableBodyRoom,
  tablePages,
  type TableImageText,
} from '../../../src/export/table-image';
import { plainText, type TableSpec } from '../../../src/lib/table-spec';

/** The body width of a table image (1200 px less the frame's margins), whatever the screen. */
const EXPORT_BODY_WIDTH = 1112;

const FLAG_WORDS: Record<FlagRule, string> = {
  'off-track': 'Chậm tiến độ',
  stalled: 'Án binh bất động',
  'no-platform': 'Chưa kết nối nền tảng',
  'no-soc': 'Chưa có SOC',
  'bottom-decile': 'Nhóm 10% thấp nhất',
  'stale-feed': 'Số liệu không cập nhật',
};
const FLAGS: FlagRule[] = ['off-track', 'stalled', 'no-platform', 'no-soc', 'bottom-decile'];

/** Flags in words, as the export menu writes them; anything else as plain text. */
const WORDS: TableImageText = {
  cell: ({ kind }, value) =>
    kind === 'flags'
      ? (value as FlagRule[]).map((r) => FLAG_WORDS[r]).join(', ')
      : kind === 'percent'
        ? `${String(Math.round((value as number) * 1000) / 10).replace('.', ',')}%`
        : plainText(value),
};

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!);
}

function boldTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*font-weight="700"[^>]*>([\s\S]*?)<\/text>/g)].map(
    (m) => m[1]!,
  );
}

/** Each flag's reason as the screen words it, named and with its numbers. */
const REASON_PARTS = [
  'Chậm tiến độ: 2,9% hiện nay, 0,0 điểm %/tháng, dự báo 2,9% vào 12/2020 so với mục tiêu 30%; cần +6,8 điểm %/tháng',
  'Án binh bất động: 2,9% hiện nay, 2,9% vào 05/2020: 0,0 điểm % trong 3 tháng (dưới 0,5 điểm %), mục tiêu 30%',
  'Chưa kết nối nền tảng: Nền tảng đang ở giai đoạn “chưa có”, chưa kết nối nền tảng quốc gia; hạn 12/2020',
  'Chưa có SOC: Chưa vận hành SOC; hạn 12/2020',
  'Nhóm 10% thấp nhất: Hạng 22/22 (2,9%), trong 3 đơn vị thấp nhất (ngưỡng 3,4%)',
];
/** A laggard with every flag: about 470 characters of reasons. */
const REASONS = REASON_PARTS.join('; ');

/**
 * Laggards as the laggards' page hands them to its export: the first with every flag, then
 * rows of one, three or five flags, about as many of each as the mock's 71 laggards have.
 */
function laggardsSpec(rows = 40): TableSpec {
  const flagsOf = (i: number) => (i === 0 ? 5 : [1, 1, 3, 3, 5][i % 5]!);
  return {
    caption: 'Đơn vị chậm tiến độ',
    columns: [
      { key: 'unit', label: 'Đơn vị', kind: 'unit' },
      { key: 'kind', label: 'Loại', kind: 'text' },
      { key: 'level4', label: 'DVC mức độ 4', kind: 'percent' },
      { key: 'rank', label: 'Hạng DVC mức độ 4', kind: 'rank' },
      { key: 'rankedOf', label: 'Số đơn vị cùng loại được xếp hạng', kind: 'count' },
      { key: 'flags', label: 'Cảnh báo', kind: 'flags', repeatedIn: 'reasons' },
      { key: 'reasons', label: 'Cảnh báo và lý do', kind: 'text' },
    ],
    rows: Array.from({ length: rows }, (_, i) => ({
      unitId: String(i),
      cells: {
        unit: i === 0 ? 'Bộ Nông nghiệp và Phát triển nông thôn' : `Tỉnh số ${i}`,
        kind: i === 0 ? 'Bộ, ngành' : 'Tỉnh, thành phố',
        level4: 0.029,
        rank: 63 - i,
        rankedOf: 63,
        flags: FLAGS.slice(0, flagsOf(i)),
        reasons: REASON_PARTS.slice(0, flagsOf(i)).join('; '),
      },
    })),
  };
}

/** How many of the table's rows a page draws: one unit name per row. */
function rowsOn(page: { body: string }): number {
  return texts(page.body).filter((t) => /^Tỉnh số \d+$|^Bộ Nông/.test(t)).length;
}

describe('a table image at the export width', () => {
  it('puts many rows of wrapped reasons on each page, no page taller than twice its width', () => {
    // The room the export menu gives a page 1,200 px wide, less its title and its foot.
    const room = tableBodyRoom(1200, { headHeight: 130, footHeight: 110 });
    const pages = tablePages(laggardsSpec(71), EXPORT_BODY_WIDTH, WORDS, room);
    const counts = pages.map(rowsOn);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(71);
    // Not pages of about 6 rows: at least 12 a page, even with the estimate of a text's width
    // without a font (0.6 em a character, wider than Be Vietnam Pro, with which these are 3 pages).
    expect(pages.length).toBeLessThanOrEqual(5);
    expect(Math.min(...counts.slice(0, -1))).toBeGreaterThanOrEqual(12);
    for (const page of pages) expect(page.height).toBeLessThanOrEqual(room);
  });

  it('gives the reasons the room, not the short columns', () => {
    const [page] = tablePages(laggardsSpec(1), EXPORT_BODY_WIDTH, WORDS);
    const reasonLines = texts(page!.body).filter((t) => REASONS.includes(t) && t.includes(' '));
    // Without a font a character is estimated at 9 px: a column of at least 40 % of the width
    // holds the reasons in about this many lines (a line breaks between words, so one more).
    const lines = Math.ceil((REASONS.length * 9) / (0.4 * EXPORT_BODY_WIDTH)) + 1;
    expect(reasonLines.length).toBeLessThanOrEqual(lines);
  });

  it('never stacks a header word by word', () => {
    const spec = laggardsSpec(3);
    const [page] = tablePages(spec, EXPORT_BODY_WIDTH, WORDS);
    const head = boldTexts(page!.body);
    // Headers are drawn line by line, left to right: each label's lines follow one another.
    let at = 0;
    for (const { label } of spec.columns.filter((c) => c.repeatedIn === undefined)) {
      const words = label.split(' ').length;
      const lines: string[] = [];
      while (lines.join(' ') !== label) lines.push(head[at++]!);
      // About two words a line, three lines at most: "DVC mức / độ 4", never "DVC / mức / độ 4".
      expect(lines.length, label).toBeLessThanOrEqual(Math.min(3, Math.ceil(words / 2)));
    }
  });

  it('writes each flag once: the laggards’ reasons name them, so no column of flags beside', () => {
    const [page] = tablePages(laggardsSpec(2), EXPORT_BODY_WIDTH, WORDS);
    const all = texts(page!.body);
    // The flags column's header and its list are left out; the reasons name every flag.
    expect(boldTexts(page!.body)).not.toContain('Cảnh báo');
    expect(all.filter((t) => t.startsWith('Chậm tiến độ,'))).toEqual([]);
    expect(all.filter((t) => t.startsWith('Chậm tiến độ:'))).toHaveLength(2);
  });

  it('writes flags as words, wrapped between flags, never inside a flag’s name', () => {
    const spec: TableSpec = {
      caption: 'x',
      columns: [
        { key: 'unit', label: 'Tỉnh, thành phố', kind: 'unit' },
        { key: 'flags', label: 'Cảnh báo', kind: 'flags' },
      ],
      rows: [{ unitId: '1', cells: { unit: 'Hà Giang', flags: FLAGS } }],
    };
    const width = 400;
    const [page] = tablePages(spec, width, WORDS);
    const head = boldTexts(page!.body);
    const lines = texts(page!.body).filter((t) => t !== 'Hà Giang' && !head.includes(t));
    expect(lines.length).toBeGreaterThan(1);
    const names = lines.flatMap((l) => l.replace(/,$/, '').split(', '));
    expect(names).toEqual(FLAGS.map((r) => FLAG_WORDS[r]));
    const xs = [...page!.body.matchAll(/<text x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeLessThan(width);
  });
});

describe('pages of rows of different heights', () => {
  it('are as even as the pages a height allows', () => {
    // 40 rows of 100 px, at most 1,779 px a page: three pages of 14 at most, not 17 + 17 + 6.
    expect(pagesByHeight(Array<number>(40).fill(100), 1779).map(([a, b]) => b - a)).toEqual([
      14, 14, 12,
    ]);
  });
});
