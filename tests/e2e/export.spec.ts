import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { expect, expectNoAxeViolations, test, waitForFeeds } from './fixtures';

/**
 * Press exports, clicked as a user would, with the downloaded files checked: PNG pixel size and
 * content, SVG texts, CSV bytes and numbers against the table on screen, Excel cell types.
 */

const TITLE = 'Tỷ lệ dịch vụ công trực tuyến mức độ 4';
const CSV_VI = 'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)';
const SOURCE_LINE =
  'Nguồn: báo cáo của các bộ, ngành, địa phương; tổng hợp: Bảng theo dõi tiến độ Chính phủ điện tử';

/**
 * Opens a page and waits until every feed has settled. The page must have drawn first: before
 * the app starts there is no loading banner to wait for.
 */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForFeeds(page);
}

/** Chooses a menu item of an export menu and returns the file the browser downloads. */
async function download(page: Page, scope: Locator, item: string): Promise<Download> {
  await scope.getByRole('button', { name: /^(Tải xuống \/ chia sẻ|Download \/ share)/ }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item, exact: true }).click(),
  ]);
  await expect(
    scope.getByRole('status').filter({ hasText: file.suggestedFilename() }),
  ).toBeVisible();
  return file;
}

async function bytes(file: Download): Promise<Buffer> {
  return readFile(await file.path());
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Decodes the PNG in the browser: how many colours it has and how much of it is not white. */
async function pngContent(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    let inked = 0;
    let sampled = 0;
    for (let i = 0; i < pixels.length; i += 4 * 5) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      colours.add((r << 16) | (g << 8) | b);
      if (r < 240 || g < 240 || b < 240) inked++;
      sampled++;
    }
    return { colours: colours.size, inked: inked / sampled };
  }, png.toString('base64'));
}

async function expectPublishablePng(page: Page, file: Download, width: number, height: number) {
  const png = await bytes(file);
  expect(pngSize(png)).toEqual({ width, height });
  const content = await pngContent(page, png);
  expect(content.colours).toBeGreaterThan(100);
  expect(content.inked).toBeGreaterThan(0.02);
}

/** A CSV file's records, after checking its BOM and CRLF line ends. */
async function csvRecords(file: Download): Promise<string[][]> {
  const raw = await bytes(file);
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = raw.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
  const parsed = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** "16,5%" → 16.5; words ("Chưa báo cáo") and dashes → null. */
function percentOnScreen(text: string): number | null {
  const match = /^(-?\d+(?:,\d+)?)\s?%$/.exec(text.trim());
  return match ? Number(match[1]!.replace(',', '.')) : null;
}

/** "2020-M08" (the CSV's period code) ↔ "08/2020" */
function isoToScreenMonth(code: string): string {
  const [year, month] = code.split('-M');
  return `${month}/${year}`;
}

async function cellTexts(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())),
    );
}

function expectSameNumber(csv: string, screen: string) {
  const shown = percentOnScreen(screen);
  if (shown === null) {
    expect(csv, `"${screen}" on screen`).toBe('');
  } else {
    // The CSV has the precision the screen shows, a target as its ratios (30.0): the same number.
    expect(csv).toMatch(/^-?\d+(?:\.\d)?$/);
    expect(Number(csv)).toBe(shown);
  }
}

test.describe('exports of the overview trend chart', () => {
  test('PNG 16:9 and square at 2× pixel density, with content', async ({ page, consoleErrors }) => {
    await open(page, '/?period=2020-08');
    const frame = page.getByRole('figure', { name: TITLE, exact: true });

    const wide = await download(page, frame, 'PNG 16:9 (2400×1350 px)');
    expect(wide.suggestedFilename()).toBe('ty-le-dvc-muc-do-4_toan-quoc_2020-08.png');
    await expectPublishablePng(page, wide, 2400, 1350);

    const square = await download(page, frame, 'PNG vuông (2160×2160 px)');
    expect(square.suggestedFilename()).toBe('ty-le-dvc-muc-do-4_toan-quoc_2020-08_vuong.png');
    await expectPublishablePng(page, square, 2160, 2160);
    expect(consoleErrors).toEqual([]);
  });

  test('SVG carries title, source line, period and target as text, and its font', async ({
    page,
    consoleErrors,
  }) => {
    await open(page, '/?period=2020-08');
    const file = await download(
      page,
      page.getByRole('figure', { name: TITLE, exact: true }),
      'SVG (vector)',
    );
    expect(file.suggestedFilename()).toBe('ty-le-dvc-muc-do-4_toan-quoc_2020-08.svg');
    const svg = (await bytes(file)).toString('utf8');
    expect(svg).toMatch(/^<\?xml[^>]*\?>\s*<svg[^>]*width="1200"[^>]*height="675"/);
    expect(svg).toContain(TITLE);
    expect(svg).toContain(SOURCE_LINE);
    expect(svg).toContain('Số liệu đến 08/2020');
    expect(svg).toContain('Mục tiêu 30% đến 12/2020 (Nghị quyết 17/NQ-CP)');
    expect(svg).toMatch(/@font-face\s*\{[^}]*Be Vietnam Pro[^}]*src:\s*url\("?data:/);
    expect(svg).not.toMatch(/url\("?\/assets\//);
    expect(consoleErrors).toEqual([]);
  });

  test('CSV parses back to the numbers of its table, Excel has numeric cells', async ({
    page,
    consoleErrors,
  }) => {
    await open(page, '/?period=2020-08');
    const frame = page.getByRole('figure', { name: TITLE, exact: true });
    await frame.getByRole('button', { name: 'Bảng số liệu' }).click();
    const onScreen = await cellTexts(frame.getByRole('table'));

    const csv = await csvRecords(await download(page, frame, CSV_VI));
    expect(csv[0]).toEqual([
      'Kỳ báo cáo',
      'Thực tế (%)',
      'Dự báo theo xu hướng (%)',
      'Lộ trình cần đạt (%)',
      'Mục tiêu (%)',
    ]);
    const rows = csv.slice(1);
    expect(rows).toHaveLength(onScreen.length);
    rows.forEach((record, i) => {
      const shown = onScreen[i]!;
      expect(isoToScreenMonth(record[0]!)).toBe(shown[0]);
      for (let c = 1; c < 5; c++) expectSameNumber(record[c]!, shown[c]!);
    });
    // The target written as the ratios beside it are, as in every other CSV: "30.0", not "30".
    expect(new Set(rows.map((r) => r[4]).filter((v) => v !== ''))).toEqual(new Set(['30.0']));

    const xlsx = await download(page, frame, 'Excel (.xlsx)');
    expect(xlsx.suggestedFilename()).toBe('ty-le-dvc-muc-do-4_toan-quoc_2020-08.xlsx');
    const [data, notes] = await readXlsxFile(await bytes(xlsx));
    expect(data!.sheet).toBe('Số liệu');
    const aug = data!.data.find((row) => row[0] === '2020-08')!;
    const augOnScreen = onScreen.find((row) => row[0] === '08/2020')!;
    expect(typeof aug[1]).toBe('number');
    // The value shown, not the exact ratio behind it: ties on screen sort tied in Excel.
    expect((aug[1] as number) * 100).toBeCloseTo(percentOnScreen(augOnScreen[1]!)!, 9);
    expect(notes!.sheet).toBe('Ghi chú');
    const noteTexts = notes!.data.map((row) => row.join(' '));
    expect(noteTexts).toContain(`Nguồn ${SOURCE_LINE}`);
    expect(noteTexts).toContain('Kỳ số liệu 2020-08 (Số liệu đến 08/2020)');
    expect(consoleErrors).toEqual([]);
  });

  test('in English: English names and texts', async ({ page, consoleErrors }) => {
    await open(page, '/?period=2020-08&lang=en');
    const frame = page.getByRole('figure', { name: 'Level-4 online public services', exact: true });
    const png = await download(page, frame, 'PNG 16:9 (2400×1350 px)');
    expect(png.suggestedFilename()).toBe('level4-rate_national_2020-08.png');
    await expectPublishablePng(page, png, 2400, 1350);
    const svg = (await bytes(await download(page, frame, 'SVG (vector)'))).toString('utf8');
    expect(svg).toContain('Source: reports of the ministries and provinces');
    expect(svg).toContain('Data as of Aug 2020');
    const csv = await csvRecords(await download(page, frame, 'CSV'));
    expect(csv[0]![0]).toBe('Reporting period');
    expect(csv.find((r) => r[0] === '2020-M08')![1]).toMatch(/^\d+\.\d$/);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('exports of the provinces tile map', () => {
  const map = (page: Page) =>
    page.getByRole('figure', {
      name: 'Bản đồ tỉnh, thành phố: Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    });

  test('PNG at 2×, SVG with its texts, CSV with the numbers of the map’s table', async ({
    page,
    consoleErrors,
  }) => {
    await open(page, '/?period=2020-08');
    const figure = map(page);

    const png = await download(page, figure, 'PNG khổ dọc (rộng 2400 px)');
    // Its own name: the provinces' ranking of the same indicator is ty-le-dvc-muc-do-4_tinh_….
    expect(png.suggestedFilename()).toBe('ban-do_tinh_ty-le-dvc-muc-do-4_2020-08.png');
    const pngBytes = await bytes(png);
    expect(pngSize(pngBytes).width).toBe(2400);
    expect((await pngContent(page, pngBytes)).colours).toBeGreaterThan(100);

    const svg = (await bytes(await download(page, figure, 'SVG (vector)'))).toString('utf8');
    expect(svg).toContain('Bản đồ tỉnh, thành phố');
    expect(svg).toContain(SOURCE_LINE);
    expect(svg).toContain('Số liệu đến 08/2020');

    await figure.getByRole('button', { name: 'Bảng số liệu' }).click();
    const onScreen = await cellTexts(figure.getByRole('table'));
    const csv = await csvRecords(await download(page, figure, CSV_VI));
    const header = csv[0]!;
    expect(header.slice(0, 2)).toEqual(['Mã đơn vị', 'Tỉnh, thành phố']);
    const value = header.findIndex((h) => h.endsWith('(%)'));
    const screenValue = (await figure.locator('thead th').allInnerTexts()).findIndex(
      (h) => h.trim() === header[value]!.replace(' (%)', ''),
    );
    expect(value).toBeGreaterThan(0);
    expect(screenValue).toBeGreaterThan(0);
    const rows = csv.slice(1);
    expect(rows).toHaveLength(63);
    rows.forEach((record, i) => {
      expect(record[0]).toMatch(/^\d{2}$/);
      expect(record[1]).toBe(onScreen[i]![0]);
      expectSameNumber(record[value]!, onScreen[i]![screenValue]!);
    });
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('exports of the provinces ranking table', () => {
  /** The ranking's rows as shown: unit name and the level-4 value (4th column). */
  async function rankingOnScreen(page: Page) {
    return page.locator('main table tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        name: (row.querySelector('th')?.textContent ?? '').trim(),
        level4: (row.children[3]?.textContent ?? '').trim(),
      })),
    );
  }

  test('CSV rows in the on-screen order with unit_id and the same numbers; Excel numeric; PNG of the table', async ({
    page,
    consoleErrors,
  }) => {
    // Sorted by name, not by rank: the export must list the units exactly as the table does.
    await open(page, '/rankings/provinces?period=2020-08&sort=name&dir=asc');
    const main = page.getByRole('main');
    const onScreen = await rankingOnScreen(page);
    expect(onScreen).toHaveLength(63);

    const file = await download(page, main, CSV_VI);
    expect(file.suggestedFilename()).toBe('ty-le-dvc-muc-do-4_tinh_2020-08.csv');
    const csv = await csvRecords(file);
    const header = csv[0]!;
    const id = header.indexOf('Mã đơn vị');
    const name = header.indexOf('Tỉnh, thành phố');
    const level4 = header.indexOf('DVC mức độ 4 (%)');
    expect([id, name, level4].every((i) => i >= 0)).toBe(true);
    const rows = csv.slice(1);
    expect(rows.map((r) => r[name])).toEqual(onScreen.map((r) => r.name));
    rows.forEach((record, i) => {
      expect(record[id]).toMatch(/^\d{2}$/);
      expectSameNumber(record[level4]!, onScreen[i]!.level4);
    });

    const xlsx = await download(page, main, 'Excel (.xlsx)');
    const [data] = await readXlsxFile(await bytes(xlsx));
    const [xlsxHeader, first] = data!.data;
    const xlsxLevel4 = xlsxHeader!.indexOf('DVC mức độ 4');
    expect(xlsxLevel4).toBeGreaterThanOrEqual(0);
    expect(typeof first![xlsxLevel4]).toBe('number');
    expect(first![xlsxHeader!.indexOf('Tỉnh, thành phố')]).toBe(onScreen[0]!.name);

    const png = await download(page, main, 'PNG bảng (rộng 2400 px, tối đa 35 dòng mỗi tệp)');
    expect(png.suggestedFilename()).toBe('ty-le-dvc-muc-do-4_tinh_2020-08_bang_1-2.png');
    const pngBytes = await bytes(png);
    expect(pngSize(pngBytes).width).toBe(2400);
    expect((await pngContent(page, pngBytes)).colours).toBeGreaterThan(100);
    expect(consoleErrors).toEqual([]);
  });

  test('a unit named like a formula comes out neutralised (faults registry)', async ({ page }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({ json: { registry: 'mock', mockScenario: 'faults' } }),
    );
    await page.goto('/rankings/provinces?period=2020-08');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('rowheader', { name: '=HYPERLINK("http://x","y")' })).toBeVisible();
    const file = await download(page, main, CSV_VI);
    const raw = (await bytes(file)).toString('utf8');
    expect(raw).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const csv = await csvRecords(file);
    const id = csv[0]!.indexOf('Mã đơn vị');
    const record = csv.find((r) => r[id] === '98')!;
    expect(record).toContain(`'=HYPERLINK("http://x","y")`);
  });
});

test.describe('the export menu', () => {
  test('keyboard: opens with Enter, arrows move, Escape closes and returns focus; no axe violations', async ({
    page,
    consoleErrors,
  }) => {
    await open(page, '/?period=2020-08');
    const frame = page.getByRole('figure', { name: TITLE, exact: true });
    const button = frame.getByRole('button', { name: /^Tải xuống \/ chia sẻ/ });
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem')).toHaveText([
      'Excel (.xlsx)',
      CSV_VI,
      'CSV cho Excel tiếng Việt (dấu chấm phẩy, số thập phân dấu phẩy)',
      'PNG 16:9 (2400×1350 px)',
      'PNG vuông (2160×2160 px)',
      'SVG (vector)',
      'Sao chép liên kết',
      'Sao chép mã nhúng (iframe)',
    ]);
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: CSV_VI })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();
    expect(consoleErrors).toEqual([]);
  });

  test('copies the link to the exact view', async ({ page, context, consoleErrors }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/?lang=en&period=2020-07');
    const frame = page.getByRole('figure', { name: 'Level-4 online public services', exact: true });
    await frame.getByRole('button', { name: /^Download \/ share/ }).click();
    await page.getByRole('menuitem', { name: 'Copy link' }).click();
    await expect(frame.locator('.export-menu__status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    // A view on the default period: the link pins the period it shows.
    await open(page, '/');
    await page
      .getByRole('figure', { name: TITLE, exact: true })
      .getByRole('button', { name: /^Tải xuống/ })
      .click();
    await page.getByRole('menuitem', { name: 'Sao chép liên kết' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Đã sao chép liên kết' }),
    ).toBeVisible();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe('/');
    expect(copied.searchParams.get('lang')).toBe('vi');
    expect(copied.searchParams.get('period')).toBe('2020-08');
    expect(consoleErrors).toEqual([]);
  });

  test('export code is not in the initial bundle: it loads when the menu is used', async ({
    page,
    consoleErrors,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await open(page, '/?period=2020-08');

    // The built entry chunk holds none of the export libraries.
    const html = await readFile('dist/index.html', 'utf8');
    const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)![1]!;
    const main = await readFile(`dist${entry}`, 'utf8');
    for (const marker of ['escapeFormulae', '__SANDBOX__', 'xl/worksheets', 'sharedStrings.xml']) {
      expect(main, marker).not.toContain(marker);
    }
    const exportChunk =
      /\/assets\/(csv|image|xlsx-file|xlsx-sheets|export-layout|export-frame|export-fonts|dom-to-svg|table-image|file-name)-/;
    expect(scripts.filter((s) => exportChunk.test(s))).toEqual([]);

    await download(page, page.getByRole('figure', { name: TITLE, exact: true }), CSV_VI);
    expect(scripts.some((s) => /\/assets\/csv-/.test(s))).toBe(true);
    expect(scripts.some((s) => /\/assets\/(image|xlsx-file)-/.test(s))).toBe(false);
    expect(consoleErrors).toEqual([]);
  });
});
