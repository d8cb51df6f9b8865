import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { expect, test, waitForFeeds } from './fixtures';

/**
 * The press office's check of every export, in both languages: each SVG is real SVG (texts as
 * <text>, no <foreignObject>) that librsvg, outside any browser, renders to a non-blank image;
 * the map shows both archipelagos and no screen hint; ranking images are pages no taller than
 * twice their width; titles name their indicator and unit; spreadsheets speak the language.
 */

const WORDS = {
  vi: {
    menu: /^Tải xuống \/ chia sẻ/,
    asOf: 'Số liệu đến 08/2020',
    source: 'Nguồn: báo cáo của các bộ, ngành, địa phương',
    level4: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    svg: 'SVG (vector)',
    pngWide: 'PNG 16:9 (2400×1350 px)',
    pngSquare: 'PNG vuông (2160×2160 px)',
    pngMap: 'PNG khổ dọc (rộng 2400 px)',
    pngTable: 'PNG bảng (rộng 2400 px, tối đa 35 dòng mỗi tệp)',
    svgTable: 'SVG bảng (vector, tối đa 35 dòng mỗi tệp)',
    csv: 'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)',
    map: 'Bản đồ tỉnh, thành phố: Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    ranking: 'Xếp hạng tỉnh, thành phố',
    archipelagos: ['Quần đảo Hoàng Sa', '(Đà Nẵng)', 'Quần đảo Trường Sa', '(Khánh Hòa)'],
    hint: 'Di chuột',
    trendHeader: 'Kỳ báo cáo',
    unitId: 'Mã đơn vị',
    province: 'Tỉnh, thành phố',
    rankHistory: 'Thứ hạng qua các kỳ',
    unitName: 'Hà Tĩnh',
    rankFile: 'thu-hang_ha-tinh_ty-le-dvc-muc-do-4_2020-08',
    rankSubtitle: 'Hạng trong tỉnh, thành phố; hạng 1 ở trên cùng',
    rankCoverage: (ranked: string) =>
      `Hạng kỳ 08/2020 tính trên ${ranked}/63 tỉnh, thành phố có số liệu`,
    table: 'Bảng số liệu',
    rankNow: (rank: string, of: string) =>
      `Hà Tĩnh: hạng ${rank}/${of} tỉnh, thành phố vào 08/2020`,
    unitTrend: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4 của Hà Tĩnh',
    unitTrendFile: 'ty-le-dvc-muc-do-4_ha-tinh_2020-08',
  },
  en: {
    menu: /^Download \/ share/,
    asOf: 'Data as of Aug 2020',
    source: 'Source: reports of the ministries and provinces',
    level4: 'Level-4 online public services',
    svg: 'SVG (vector)',
    pngWide: 'PNG 16:9 (2400×1350 px)',
    pngSquare: 'PNG square (2160×2160 px)',
    pngMap: 'PNG portrait (2400 px wide)',
    pngTable: 'PNG table (2400 px wide, at most 35 rows per file)',
    svgTable: 'SVG table (vector, at most 35 rows per file)',
    csv: 'CSV',
    map: 'Map of the provinces: Level-4 online public services',
    ranking: 'Province rankings',
    archipelagos: ['Hoang Sa archipelago', '(Da Nang)', 'Truong Sa archipelago', '(Khanh Hoa)'],
    hint: 'Hover',
    trendHeader: 'Reporting period',
    unitId: 'Unit ID',
    province: 'Province',
    rankHistory: 'Rank over time',
    unitName: 'Ha Tinh',
    rankFile: 'rank_ha-tinh_level4-rate_2020-08',
    rankSubtitle: 'Rank among provinces; rank 1 at the top',
    rankCoverage: (ranked: string) =>
      `Ranks for Aug 2020 based on the ${ranked} of 63 provinces with data`,
    table: 'Table',
    rankNow: (rank: string, of: string) => `Ha Tinh: ranked ${rank} of ${of} provinces in Aug 2020`,
    unitTrend: 'Level-4 online public services, Ha Tinh',
    unitTrendFile: 'level4-rate_ha-tinh_2020-08',
  },
} as const;

type Lang = keyof typeof WORDS;

const scratch = mkdtempSync(join(tmpdir(), 'export-print-'));
/** Set EXPORT_KEEP_DIR to keep every downloaded file, to open them outside the browser. */
const keep = process.env.EXPORT_KEEP_DIR;

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForFeeds(page);
}

/** Chooses a menu item; resolves with every file the browser downloads for it. */
async function download(page: Page, scope: Locator, item: string, count = 1): Promise<Download[]> {
  await scope.getByRole('button', { name: /^(Tải xuống \/ chia sẻ|Download \/ share)/ }).click();
  const files: Download[] = [];
  const all = new Promise<void>((resolve) => {
    const onDownload = (d: Download) => {
      files.push(d);
      if (files.length === count) {
        page.off('download', onDownload);
        resolve();
      }
    };
    page.on('download', onDownload);
  });
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  await all;
  if (keep) {
    for (const file of files) await file.saveAs(join(keep, file.suggestedFilename()));
  }
  await expect(
    scope.getByRole('status').filter({ hasText: files[files.length - 1]!.suggestedFilename() }),
  ).toBeVisible();
  return files;
}

async function text(file: Download): Promise<string> {
  return readFileSync(await file.path()).toString('utf8');
}

function pngSize(png: Buffer) {
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The share of pixels that are not white, decoded by the browser. */
async function inked(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i]! < 235 || pixels[i + 1]! < 235 || pixels[i + 2]! < 235) ink++;
    }
    return ink / (pixels.length / 4);
  }, png.toString('base64'));
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every <text> of the file, as one string of its lines. */
function svgTexts(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((m) =>
      unescapeXml(m[1]!.replace(/<[^>]+>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join(' ');
}

/**
 * The SVG as a designer's tools see it: rendered by librsvg (rsvg-convert, no browser) to a PNG
 * that is not blank; texts as <text>; no HTML inside.
 */
async function expectRealSvg(page: Page, svg: string, name: string, texts: readonly string[]) {
  expect(svg).not.toContain('foreignObject');
  expect(svg).toMatch(/^<\?xml[^>]*\?>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const all = svgTexts(svg);
  for (const t of texts) expect(all, `"${t}" as <text>`).toContain(t);
  const svgPath = join(scratch, name);
  const pngPath = `${svgPath}.png`;
  writeFileSync(svgPath, svg);
  execFileSync('rsvg-convert', ['-o', pngPath, svgPath]);
  const png = readFileSync(pngPath);
  const size = pngSize(png);
  const width = Number(/<svg[^>]*\bwidth="(\d+)"/.exec(svg)![1]);
  expect(size.width).toBe(width);
  expect(await inked(page, png)).toBeGreaterThan(0.03);
  return size;
}

for (const lang of ['vi', 'en'] as const satisfies readonly Lang[]) {
  const w = WORDS[lang];

  test.describe(`print exports (${lang})`, () => {
    // One load per page: the tests of a page are steps of one test.
    test('the overview: the trend and the map, each in every format', async ({
      page,
      consoleErrors,
    }) => {
      await open(page, `/?period=2020-08&lang=${lang}`);
      await test.step('trend: SVG for librsvg, PNG drawn from it, CSV in the language', async () => {
        const frame = page.getByRole('figure', { name: w.level4, exact: true });
        const [svgFile] = await download(page, frame, w.svg);
        const svg = await text(svgFile!);
        const size = await expectRealSvg(page, svg, `trend-${lang}.svg`, [
          w.level4,
          w.asOf,
          w.source,
        ]);
        expect(size).toEqual({ width: 1200, height: 675 });

        const [png] = await download(page, frame, w.pngWide);
        const bytes = readFileSync(await png!.path());
        expect(pngSize(bytes)).toEqual({ width: 2400, height: 1350 });
        expect(await inked(page, bytes)).toBeGreaterThan(0.03);

        const [square] = await download(page, frame, w.pngSquare);
        expect(pngSize(readFileSync(await square!.path()))).toEqual({ width: 2160, height: 2160 });

        const [csv] = await download(page, frame, w.csv);
        const records = Papa.parse<string[]>((await text(csv!)).slice(1), {
          skipEmptyLines: true,
        }).data;
        expect(records[0]![0]).toBe(w.trendHeader);
        expect(records.find((r) => r[0] === '2020-M08')![1]).toMatch(/^\d+\.\d$/);
        expect(consoleErrors).toEqual([]);
      });
      await test.step('map: its own tall layout, both archipelagos, a key, no screen hint', async () => {
        const figure = page.getByRole('figure', { name: w.map });
        const [svgFile] = await download(page, figure, w.svg);
        const svg = await text(svgFile!);
        const size = await expectRealSvg(page, svg, `map-${lang}.svg`, [
          w.map,
          w.asOf,
          w.source,
          ...w.archipelagos,
          w.unitName,
        ]);
        expect(svgTexts(svg)).not.toContain(w.hint);
        expect(size.height).toBeGreaterThan(size.width * 0.8);

        const [png] = await download(page, figure, w.pngMap);
        const bytes = readFileSync(await png!.path());
        expect(pngSize(bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
        expect(consoleErrors).toEqual([]);
      });
    });

    test('provinces ranking: the table in pages, and the bar chart', async ({
      page,
      consoleErrors,
    }) => {
      await open(page, `/rankings/provinces?period=2020-08&lang=${lang}`);
      await test.step('table pages of at most 35 rows, no taller than 2× their width', async () => {
        const main = page.getByRole('main');
        const pngs = await download(page, main, w.pngTable, 2);
        expect(pngs.map((p) => p.suggestedFilename())).toEqual(
          lang === 'vi'
            ? [
                'ty-le-dvc-muc-do-4_tinh_2020-08_bang_1-2.png',
                'ty-le-dvc-muc-do-4_tinh_2020-08_bang_2-2.png',
              ]
            : [
                'level4-rate_provinces_2020-08_table_1-2.png',
                'level4-rate_provinces_2020-08_table_2-2.png',
              ],
        );
        for (const png of pngs) {
          const size = pngSize(readFileSync(await png.path()));
          expect(size.width).toBe(2400);
          expect(size.height).toBeLessThanOrEqual(2 * size.width);
        }
        const svgs = await download(page, main, w.svgTable, 2);
        for (const [i, file] of svgs.entries()) {
          const svg = await text(file);
          const size = await expectRealSvg(page, svg, `ranking-${lang}-${i}.svg`, [
            w.level4,
            w.asOf,
            w.source,
            `${i + 1}/2`,
          ]);
          expect(size.height).toBeLessThanOrEqual(2 * size.width);
          const rows = svgTexts(svg).match(/\b\d+(?:,\d|\.\d)? ?%/g) ?? [];
          expect(rows.length).toBeGreaterThan(0);
        }
        const [csv] = await download(page, main, w.csv);
        const header = Papa.parse<string[]>((await text(csv!)).slice(1)).data[0]!;
        expect(header.slice(0, 4)).toContain(w.unitId);
        expect(header).toContain(w.province);

        const [xlsx] = await download(page, main, 'Excel (.xlsx)');
        const [data] = await readXlsxFile(readFileSync(await xlsx!.path()));
        expect(data!.data[0]).toContain(w.unitId);
        expect(consoleErrors).toEqual([]);
      });
      await test.step(
        // The table view (no show=chart): the bar chart is still the ranking's picture.
        'the bar chart is the first picture, tall, one legible bar per ranked province',
        async () => {
          const main = page.getByRole('main');
          const ranked = await main
            .getByRole('table')
            .locator('tbody tr')
            .evaluateAll(
              (trs) =>
                trs.filter((tr) =>
                  /^\d+$/.test(tr.querySelector('td, th')?.textContent?.trim() ?? ''),
                ).length,
            );
          expect(ranked).toBeGreaterThan(10);

          await main.getByRole('button', { name: w.menu }).click();
          const items = await page.getByRole('menuitem').allTextContents();
          await page.keyboard.press('Escape');
          const images = items.filter((i) => /^(PNG|SVG)/.test(i));
          expect(images).toEqual([w.pngMap, w.svg, w.pngTable, w.svgTable]);

          const [svgFile] = await download(page, main, w.svg);
          expect(svgFile!.suggestedFilename()).toBe(
            lang === 'vi'
              ? 'ty-le-dvc-muc-do-4_tinh_2020-08.svg'
              : 'level4-rate_provinces_2020-08.svg',
          );
          const svg = await text(svgFile!);
          const size = await expectRealSvg(page, svg, `bars-${lang}.svg`, [
            `${w.ranking}: ${w.level4}`,
            w.asOf,
            w.source,
          ]);
          expect(size.width).toBe(1200);
          expect(size.height).toBeLessThanOrEqual(2 * size.width);
          // One value label ("48,2% · …") per bar, and no text smaller than 12 px at 1×.
          const labels = svgTexts(svg).match(/\d+(?:[.,]\d+)? ?% · /g) ?? [];
          expect(labels).toHaveLength(ranked);
          const sizes = [...svg.matchAll(/<text\b[^>]*font-size="([\d.]+)(?:px)?"/g)].map((m) =>
            Number(m[1]),
          );
          expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);

          const [png] = await download(page, main, w.pngMap);
          const bytes = readFileSync(await png!.path());
          expect(pngSize(bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
          expect(await inked(page, bytes)).toBeGreaterThan(0.03);
          expect(consoleErrors).toEqual([]);
        },
      );
    });

    // The same picture from the other view: the words in it are checked in each language above.
    if (lang === 'vi')
      test('provinces ranking, chart view: the same bar chart picture', async ({ page }) => {
        await open(page, `/rankings/provinces?period=2020-08&lang=${lang}&show=chart`);
        const main = page.getByRole('main');
        const [svgFile] = await download(page, main, w.svg);
        const svg = await text(svgFile!);
        const size = await expectRealSvg(page, svg, `bars-chart-view-${lang}.svg`, [
          `${w.ranking}: ${w.level4}`,
          w.asOf,
          w.source,
        ]);
        expect(size.height).toBeLessThanOrEqual(2 * size.width);
        expect((svgTexts(svg).match(/\d+(?:[.,]\d+)? ?% · /g) ?? []).length).toBeGreaterThan(10);
      });

    test('a unit’s page: its rank history and its trend', async ({ page, consoleErrors }) => {
      await open(page, `/units/42?period=2020-08&lang=${lang}`);
      await test.step('the rank history names the unit and the indicator, its scope and what it ranks', async () => {
        const figure = page.getByRole('figure', { name: w.rankHistory });
        // How many provinces were ranked in 08/2020, as the chart's own table says.
        await figure.getByRole('button', { name: w.table, exact: true }).click();
        const last = figure.getByRole('row').last();
        await expect(last).toContainText(lang === 'vi' ? '08/2020' : 'Aug 2020');
        const rank = (await last.getByRole('cell').nth(0).innerText()).trim();
        const rankedOf = (await last.getByRole('cell').nth(1).innerText()).trim();
        expect(rank).toMatch(/^\d+$/);
        expect(rankedOf).toMatch(/^\d+$/);

        const [svgFile] = await download(page, figure, w.svg);
        expect(svgFile!.suggestedFilename()).toBe(`${w.rankFile}.svg`);
        const svg = await text(svgFile!);
        const size = await expectRealSvg(page, svg, `rank-${lang}.svg`, [
          w.unitName,
          w.level4,
          w.rankSubtitle,
          w.asOf,
          w.source,
          w.rankCoverage(rankedOf),
          w.rankNow(rank, rankedOf),
          `/units/42?period=2020-08&lang=${lang}`,
        ]);
        expect(size).toEqual({ width: 1200, height: 675 });
        // The chart is drawn, not only the frame around it: a line and its points.
        expect(svg).toMatch(/<path\b[^>]*\bd="M/);

        const [png] = await download(page, figure, w.pngWide);
        expect(png!.suggestedFilename()).toBe(`${w.rankFile}.png`);
        const bytes = readFileSync(await png!.path());
        expect(pngSize(bytes)).toEqual({ width: 2400, height: 1350 });
        expect(await inked(page, bytes)).toBeGreaterThan(0.03);
        const [square] = await download(page, figure, w.pngSquare);
        expect(square!.suggestedFilename()).toBe(
          `${w.rankFile}_${lang === 'vi' ? 'vuong' : 'square'}.png`,
        );
        expect(pngSize(readFileSync(await square!.path()))).toEqual({ width: 2160, height: 2160 });
        expect(consoleErrors).toEqual([]);
      });
      await test.step('the trend names the unit and the indicator, and links back to its view', async () => {
        const figure = page.getByRole('figure', { name: w.unitTrend });
        const [svgFile] = await download(page, figure, w.svg);
        expect(svgFile!.suggestedFilename()).toBe(`${w.unitTrendFile}.svg`);
        const size = await expectRealSvg(page, await text(svgFile!), `unit-trend-${lang}.svg`, [
          w.unitTrend,
          w.asOf,
          w.source,
          `/units/42?period=2020-08&lang=${lang}`,
        ]);
        expect(size).toEqual({ width: 1200, height: 675 });
        const [png] = await download(page, figure, w.pngWide);
        expect(png!.suggestedFilename()).toBe(`${w.unitTrendFile}.png`);
        expect(pngSize(readFileSync(await png!.path()))).toEqual({ width: 2400, height: 1350 });
        expect(consoleErrors).toEqual([]);
      });
    });
  });
}

test('map for print: a failed feed is told apart from a unit that did not report (faults)', async ({
  page,
}) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { registry: 'mock', mockScenario: 'faults' } }),
  );
  await open(page, '/?period=2020-08');
  const figure = page.getByRole('figure', { name: WORDS.vi.map });
  const [svgFile] = await download(page, figure, WORDS.vi.svg);
  const all = svgTexts(await text(svgFile!));
  // Hà Nam's feed answers HTTP 503: its tile says "!" and the legend says what that means.
  expect(all).toMatch(/\bHNa !/);
  expect(all).toContain('Lỗi nguồn số liệu');
  expect(all).toContain('Chưa báo cáo');
});

test('a table image is laid out for print, the same on a phone as on a desktop (laggards)', async ({
  page,
  consoleErrors,
}) => {
  /** The laggards' table as PNG pages: each page's name and pixel size. */
  async function tablePages() {
    const main = page.getByRole('main');
    const files: Download[] = [];
    const onDownload = (file: Download) => files.push(file);
    page.on('download', onDownload);
    await main.getByRole('button', { name: WORDS.vi.menu }).click();
    await page.getByRole('menuitem', { name: WORDS.vi.pngTable, exact: true }).click();
    const done = main.getByRole('status').filter({ hasText: /^Đã tạo tệp / });
    await expect(done).toBeVisible({ timeout: 60_000 });
    const names = (await done.textContent())!.replace('Đã tạo tệp ', '').split(', ');
    await expect.poll(() => files.length).toBe(names.length);
    page.off('download', onDownload);
    return Promise.all(
      files.map(async (file) => ({
        name: file.suggestedFilename(),
        size: pngSize(readFileSync(await file.path())),
      })),
    );
  }

  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/laggards?period=2020-08');
  const phone = await tablePages();
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, '/laggards?period=2020-08');
  const desktop = await tablePages();

  expect(phone).toEqual(desktop);
  // The mock's 71 laggards, up to five reasons each: a few pages of many rows, not 7 of 6.
  expect(phone.length).toBeLessThanOrEqual(3);
  expect(phone[0]!.name).toBe(`cham-tien-do_2020-08_bang_1-${phone.length}.png`);
  for (const { size } of phone) {
    expect(size.width).toBe(2400);
    expect(size.height).toBeLessThanOrEqual(2 * size.width);
  }
  expect(consoleErrors).toEqual([]);
});
