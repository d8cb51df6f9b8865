import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { STATIC_BASE_URL } from '../../playwright.config';
import { expect, test, waitForFeeds } from './fixtures';

/**
 * Issue 15's last "done when": `npm run harvest` run against the static deployment's registry
 * writes a snapshot that, opened in the dashboard, shows the same numbers as the live feeds it was
 * taken from, and says when it was taken.
 */
const run = promisify(execFile);
let dir = '';
let snapshotText = '';
let takenAt = '';

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'harvest-snapshot-'));
  const file = join(dir, 'snapshot.json');
  await run(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'scripts/harvest.ts',
      `${STATIC_BASE_URL}/data/registry.json`,
      file,
    ],
    { timeout: 60_000 },
  );
  snapshotText = readFileSync(file, 'utf8');
  takenAt = (JSON.parse(snapshotText) as { takenAt: string }).takenAt;
});

test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Points the static deployment at the harvested snapshot, as a config.json naming it would. */
async function useSnapshot(page: Page) {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { registry: 'archive/harvest.json', defaultLocale: 'vi' } }),
  );
  await page
    .context()
    .route('**/archive/harvest.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: snapshotText }),
    );
}

/** "26/08/2020 09:00" in the suite's time zone, as the snapshot note writes the moment. */
function shownMoment(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

const squeeze = (texts: string[]) => texts.map((s) => s.replace(/\s+/g, ' ').trim());

/** The overview's headline figures with their coverage, and every table behind its charts. */
async function overviewFigures(page: Page) {
  await page.goto(`${STATIC_BASE_URL}/`);
  await waitForFeeds(page);
  const cards = page.locator('.overview-cards .kpi-card');
  await expect(cards.first()).toBeVisible();
  // The trend and the map (and their coverage lines) come in a render of their own, after the
  // cards: read the page once they are there, or the two visits may be read at different stages.
  await expect(page.getByRole('figure', { name: /Bản đồ tỉnh, thành phố/ })).toBeVisible();
  return {
    cards: squeeze(await cards.allTextContents()),
    coverage: squeeze(await page.getByText(/Tính trên \d+\/\d+/).allTextContents()),
    tables: squeeze(await page.locator('main table').allTextContents()),
  };
}

/** The provinces' ranking table: each row's rank, name and every value as shown. */
async function provinceRanking(page: Page) {
  await page.goto(`${STATIC_BASE_URL}/rankings/provinces`);
  await waitForFeeds(page);
  const rows = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
  await expect(rows.first()).toBeVisible();
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) =>
        (c.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    ),
  );
  const caption = squeeze(await page.getByRole('table').locator('caption').allTextContents());
  return { caption, cells };
}

test('a harvested snapshot opens with the same numbers as the live feeds it came from, and says when it was taken', async ({
  page,
  browser,
  consoleErrors,
}) => {
  test.slow(); // two full loads of the 85 feeds and a harvest on a shared machine
  const liveOverview = await overviewFigures(page);
  const liveRanking = await provinceRanking(page);
  // The live figures are real figures: cards with values, 63 ranked provinces.
  expect(liveOverview.cards.length).toBeGreaterThan(0);
  expect(liveOverview.cards.join(' ')).toMatch(/\d+,\d+ ?%/);
  expect(liveRanking.cells).toHaveLength(63);
  expect(liveRanking.cells.every((row) => /^\d+/.test(row[0] ?? ''))).toBe(true);

  // A fresh context, so that nothing of the live visit (service worker, caches) is reused.
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'block',
  });
  const snapshotPage = await context.newPage();
  snapshotPage.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  snapshotPage.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console: ${message.text()}`);
  });
  await useSnapshot(snapshotPage);
  const note = snapshotPage
    .getByRole('note')
    .filter({ hasText: `Ảnh chụp số liệu lúc ${shownMoment(takenAt)}` });
  const snapshotOverview = await overviewFigures(snapshotPage);
  await expect(note).toBeVisible();
  const snapshotRanking = await provinceRanking(snapshotPage);
  await expect(note).toBeVisible();
  await context.close();

  expect(snapshotOverview).toEqual(liveOverview);
  expect(snapshotRanking).toEqual(liveRanking);
  expect(consoleErrors).toEqual([]);
});
