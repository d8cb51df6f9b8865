import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/domain/period';
import { planFrame } from '../../../src/export/export-frame';
import type { ExportText } from '../../../src/export/export-source';
import { periodCode } from '../../../src/export/period-code';
import { escapeXml, wrapText } from '../../../src/export/svg-text';
import { pagesByHeight, tablePages } from '../../../src/export/table-image';
import { plainText, type CellValue, type TableSpec } from '../../../src/lib/table-spec';

/** A fixed-width measure: every character 10 px, so tests never depend on a font. */
const tenPx = (text: string) => text.length * 10;

const TEXT: ExportText = {
  title: 'Thứ hạng của Hà Tĩnh qua các kỳ: Tỷ lệ dịch vụ công trực tuyến mức độ 4',
  subtitle: 'Hạng trong 63 tỉnh, thành phố',
  asOf: 'Số liệu đến 08/2020',
  periodIso: '2020-08',
  target: 'Mục tiêu 30% đến 12/2020 (Nghị quyết 17/NQ-CP)',
  source: 'Nguồn: báo cáo của các bộ, ngành, địa phương',
  notes: ['Tính trên 61/63 tỉnh, thành phố có báo cáo'],
  provisional: null,
  mark: 'Theo dõi tiến độ Chính phủ điện tử',
  link: 'https://dashboard.example/units/42?period=2020-08&lang=vi',
};

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1]!.replace(/<[^>]+>/g, ''),
  );
}

describe('text for print', () => {
  it('wraps between words only, never inside a syllable', () => {
    expect(wrapText('Thừa Thiên Huế Đúng tiến độ', { size: 10 }, 100, tenPx)).toEqual([
      'Thừa Thiên',
      'Huế Đúng',
      'tiến độ',
    ]);
    expect(wrapText('Supercalifragilistic', { size: 10 }, 50, tenPx)).toEqual([
      'Supercalifragilistic',
    ]);
  });

  it('escapes what XML would read as markup', () => {
    expect(escapeXml('=HYPERLINK("x")<b>&')).toBe('=HYPERLINK(&quot;x&quot;)&lt;b&gt;&amp;');
  });

  it('writes periods as SDMX month codes, which spreadsheets keep as text', () => {
    expect(periodCode(parsePeriod('2020-08')!)).toBe('2020-M08');
    expect(periodCode(parsePeriod('2019-12')!)).toBe('2019-M12');
  });
});

describe('the frame of an exported image', () => {
  it('carries title, period, target, source, notes and link as <text>, foot below the figure', () => {
    const plan = planFrame(TEXT, 1200, '1/2');
    const head = texts(plan.head).join(' ');
    expect(head).toContain('Hà Tĩnh');
    expect(head).toContain('Số liệu đến 08/2020');
    expect(head).toContain('Nghị quyết 17/NQ-CP');
    expect(head).toContain('1/2');
    const bodyBottom = plan.headHeight + 400;
    const foot = plan.foot(bodyBottom);
    expect(texts(foot).join(' ')).toContain('Nguồn: báo cáo');
    expect(texts(foot).join(' ')).toContain(TEXT.link.replace(/&/g, '&amp;'));
    // The rule above the source line is below the figure, never through it.
    const ruleY = Number(/<line[^>]*y1="([\d.]+)"/.exec(foot)![1]);
    expect(ruleY).toBeGreaterThan(bodyBottom);
  });
});

describe('tables for print', () => {
  it('pages of at most 35 rows, as even as can be', () => {
    const rows = (n: number) => Array<number>(n).fill(27);
    expect(pagesByHeight(rows(63), 10_000)).toEqual([
      [0, 32],
      [32, 63],
    ]);
    expect(pagesByHeight(rows(35), 10_000)).toEqual([[0, 35]]);
    expect(pagesByHeight(rows(71), 10_000).map(([a, b]) => b - a)).toEqual([24, 24, 23]);
  });

  it('pages rows of different heights by height as well as by count', () => {
    expect(pagesByHeight([100, 100, 100, 100], 250)).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(pagesByHeight([100, 100, 100, 100, 100], 300)).toEqual([
      [0, 3],
      [3, 5],
    ]);
    // A row taller than a page still gets a page of its own.
    expect(pagesByHeight([500], 250)).toEqual([[0, 1]]);
  });

  it('draws every page with the same columns and one line per row', () => {
    const spec: TableSpec = {
      caption: 'x',
      columns: [
        { key: 'rank', label: 'Hạng', kind: 'rank' },
        { key: 'name', label: 'Tỉnh, thành phố', kind: 'unit' },
        { key: 'target', label: 'Mục tiêu', kind: 'target' },
      ],
      rows: Array.from({ length: 40 }, (_, i) => ({
        unitId: String(i),
        cells: { rank: i + 1, name: i === 3 ? 'Thừa Thiên Huế' : `Tỉnh ${i}`, target: 0.3 },
      })),
    };
    const pages = tablePages(spec, 1112, {
      cell: (column, value) => (column.kind === 'target' ? '30 %' : plainText(value)),
    });
    expect(pages).toHaveLength(2);
    const first = texts(pages[0]!.body);
    expect(first).toContain('Thừa Thiên Huế');
    expect(first.filter((t) => t === '30 %')).toHaveLength(20);
    expect(pages[0]!.height).toBe(pages[1]!.height);
  });

  it('draws a rank change’s triangle as a path, which no embedded font has, and writes its number', () => {
    const spec: TableSpec = {
      caption: 'x',
      columns: [
        { key: 'name', label: 'Tỉnh, thành phố', kind: 'unit' },
        { key: 'change', label: 'Thay đổi', kind: 'rankChange' },
      ],
      rows: [2, -1, 0, null].map((change, i) => ({
        unitId: String(i),
        cells: { name: `Tỉnh ${i}`, change },
      })),
    };
    const written = (v: CellValue) =>
      v === null
        ? '–'
        : v === 0
          ? '0'
          : `${(v as number) > 0 ? '▲' : '▼'}\u00a0${Math.abs(v as number)}`;
    const [page] = tablePages(spec, 600, {
      cell: (column, value) => (column.kind === 'rankChange' ? written(value) : plainText(value)),
    });
    const body = page!.body;
    expect(body).not.toMatch(/[▲▼]/);
    expect(texts(body)).toEqual(
      expect.arrayContaining(['\u00a02', '\u00a01', '0', '–', 'Tỉnh 0', 'Tỉnh 3']),
    );
    const triangles = [...body.matchAll(/<path d="M([\d.]+) ([\d.]+)(L|H)/g)];
    // Up: drawn from its apex; down: from its top-left corner, each just left of its number.
    expect(triangles.map((m) => m[3])).toEqual(['L', 'H']);
  });

  it('wraps long free text between words when the columns would not fit the width', () => {
    const reason = 'Chậm tiến độ: 12,0 % hiện nay, dự báo 18,0 % vào 12/2020 so với mục tiêu 30 %';
    const spec: TableSpec = {
      caption: 'x',
      columns: [
        { key: 'name', label: 'Tỉnh, thành phố', kind: 'unit' },
        { key: 'reasons', label: 'Lý do', kind: 'text' },
      ],
      rows: [{ unitId: '1', cells: { name: 'Thừa Thiên Huế', reasons: `${reason}; ${reason}` } }],
    };
    const [page] = tablePages(spec, 600, { cell: (_, value) => plainText(value) });
    const lines = texts(page!.body);
    expect(lines).toContain('Thừa Thiên Huế');
    expect(lines.filter((l) => l.startsWith('Chậm') || l.includes('%')).length).toBeGreaterThan(1);
    const xs = [...page!.body.matchAll(/<text x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeLessThan(600);
  });
});
