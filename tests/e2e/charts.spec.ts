import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, expectNoAxeViolations, test, waitForFeeds } from './fixtures';

/**
 * The charts are Recharts charts everywhere (overview, unit page, the deck's trend slide, the
 * provinces' ranked bars), the ranked bars follow the table's ranks and export like the others,
 * and only the embed route may be framed by another site.
 */

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await waitForFeeds(page);
}

async function download(page: Page, scope: Locator, item: string): Promise<Download> {
  await scope.getByRole('button', { name: /^(Tải xuống \/ chia sẻ|Download \/ share)/ }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item, exact: true }).click(),
  ]);
  return file;
}

const bytes = async (file: Download) => readFile(await file.path());

test('the overview and a unit page draw their trend charts with Recharts', async ({ page }) => {
  await open(page, '/');
  const trend = page.getByRole('figure', {
    name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    exact: true,
  });
  await trend.scrollIntoViewIfNeeded();
  await expect(trend.locator('.recharts-surface')).toBeVisible();
  await expect(trend.locator('.recharts-line')).toHaveCount(3);
  await expect(trend.locator('.recharts-reference-line')).toHaveCount(1);
  await expectNoAxeViolations(page);

  await open(page, '/units/89');
  // The trend and the rank history; a chart below the fold is drawn as it comes into view, in the
  // box kept for it.
  const boxes = page.locator('.chart-box');
  await expect(boxes).toHaveCount(2);
  await boxes.nth(0).scrollIntoViewIfNeeded();
  await expect(boxes.nth(0).locator('.recharts-surface')).toBeVisible();
  await boxes.nth(1).scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-surface')).toHaveCount(2);
});

test('printing the page draws every chart, scrolled to or not', async ({ page }) => {
  await open(page, '/units/89');
  await expect(page.locator('.chart-box')).toHaveCount(2);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.recharts-surface')).toHaveCount(2);
});

test("a unit page's chart is embeddable: its own route draws the Recharts SVG with title, source and period", async ({
  page,
}) => {
  await page.goto('/embed/units/89/rank-history?period=2020-08&lang=vi');
  const chart = page.getByRole('figure', { name: 'Thứ hạng qua các kỳ' });
  await expect(chart.locator('.recharts-surface')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  const foot = page.locator('.embed__foot');
  await expect(foot).toContainText('Nguồn:');
  await expect(foot).toContainText(/Số liệu đến .*2020/);
  await expect(page.getByRole('link', { name: 'Xem trên bảng theo dõi' })).toHaveAttribute(
    'href',
    '/units/89?period=2020-08&lang=vi',
  );
  // Read-only: no downloads inside another site's frame.
  await expect(page.getByRole('button', { name: /^Tải xuống \/ chia sẻ/ })).toHaveCount(0);

  await page.goto('/embed/units/89/trend?period=2020-08&lang=vi');
  await expect(page.locator('.recharts-surface')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.recharts-line').first()).toBeVisible();
});

test("the deck's trend slide draws a Recharts chart at hall size", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present?period=2020-08&slide=2');
  const slide = page.locator('.deck__main .slide');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText(
    'DVC mức độ 4: xu hướng và dự báo',
    { timeout: 30_000 },
  );
  const chart = slide.locator('.recharts-surface');
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('width', '1776');
  await expect(slide.locator('.chart-end-label').first()).toBeVisible();
});

/** The table's ranked rows as "rank name", in rank order, with "=" on shared ranks. */
async function rankedFromTable(page: Page) {
  const rows = page.getByRole('table').locator('tbody tr');
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      rank: tr.querySelector('td, th')?.textContent?.trim() ?? '',
      name: tr.querySelector('th[scope="row"]')?.textContent?.trim() ?? '',
    })),
  );
  const ranked = cells.filter((c) => /^\d+$/.test(c.rank));
  const count = new Map<string, number>();
  for (const c of ranked) count.set(c.rank, (count.get(c.rank) ?? 0) + 1);
  return ranked
    .sort((a, b) => Number(a.rank) - Number(b.rank) || a.name.localeCompare(b.name, 'vi'))
    .map((c) => `${c.rank}${count.get(c.rank)! > 1 ? '=' : ''} ${c.name}`);
}

test('the provinces as ranked bars: one per ranked province, in the table’s rank order, exported', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await open(page, '/rankings/provinces?period=2020-08');
  const expected = await rankedFromTable(page);
  expect(expected.length).toBeGreaterThan(10);

  await page.getByRole('button', { name: 'Biểu đồ', exact: true }).click();
  await expect(page).toHaveURL(/[?&]show=chart/);
  await expect(page.locator('.recharts-surface')).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle')).toHaveCount(expected.length);
  const names = await page
    .locator('.bar-name text')
    .evaluateAll((ts) =>
      ts.map((t) => (t.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/^• /, '')),
    );
  expect(names).toEqual(expected);
  await expect(page.locator('.recharts-reference-line')).toHaveCount(1);
  await expectNoAxeViolations(page);

  // A reload keeps the chart (the choice is in the URL).
  await page.reload();
  await expect(page.locator('.recharts-bar-rectangle')).toHaveCount(expected.length);

  const head = page.locator('.export-head');
  // The export's picture is the whole bar chart, tall (export-print.spec.ts checks it closely).
  const png = await bytes(await download(page, head, 'PNG khổ dọc (rộng 2400 px)'));
  expect(png.readUInt32BE(16)).toBe(2400);
  const svg = (await bytes(await download(page, head, 'SVG (vector)'))).toString('utf8');
  expect(svg).toContain('Xếp hạng tỉnh, thành phố');
  // Names carry their direction isolates (U+2068…U+2069) in the SVG's texts too.
  expect(svg.replace(/[\u2066-\u2069]/g, '')).toContain(`>${expected[0]}</text>`);
  expect(svg).not.toContain('foreignObject');
  const csv = Papa.parse<string[]>(
    (await bytes(await download(page, head, 'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)')))
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  ).data;
  expect(csv.length).toBeGreaterThan(expected.length);
});

test('the ranked bars in English, and the table behind them', async ({ page }) => {
  await open(page, '/rankings/provinces?period=2020-08&lang=en&show=chart');
  await expect(page.locator('.recharts-surface')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page).not.toHaveURL(/show=/);
  await expect(page.getByRole('table')).toBeVisible();
});

/** A page of another origin (another port) that frames `src`. */
async function framingSite(src: string): Promise<{ url: string; server: Server }> {
  const port = Number(process.env.E2E_FRAME_PORT ?? 4175);
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>host</title><iframe src="${src}" width="1000" height="900"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, server };
}

test('an embed loads inside another site’s iframe; a normal route refuses to be framed', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  const embed = `${baseURL}/embed/rankings/provinces?period=2020-08&lang=vi`;
  const host = await framingSite(embed);
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Xếp hạng tỉnh, thành phố', {
      timeout: 30_000,
    });
    await expect(frame.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(frame.getByText(/^Nguồn:/)).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Xem trên bảng theo dõi' })).toHaveAttribute(
      'href',
      '/rankings/provinces?period=2020-08&lang=vi',
    );
  } finally {
    host.server.close();
  }

  const refused = await page.request.get(`${baseURL}/rankings/provinces`);
  expect(refused.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(refused.headers()['x-frame-options']).toBe('DENY');
  const other = await framingSite(`${baseURL}/`);
  try {
    await page.goto(other.url);
    await page.waitForTimeout(1500);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    // Chromium swaps a refused frame for its error page: the app never runs inside it.
    expect(await framed?.locator('main h1').count()).toBe(0);
  } finally {
    other.server.close();
  }
  // The refusal is logged as a console error by Chromium: expected here.
  consoleErrors.splice(0, consoleErrors.length);
});
