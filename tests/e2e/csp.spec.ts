import type { Page } from '@playwright/test';
import { STATIC_BASE_URL } from '../../playwright.config';
import { bundleFindings } from '../../scripts/check-secrets';
import { expect, test, waitForFeeds } from './fixtures';

/**
 * The production build, served by `vite preview` with the CSP of scripts/csp.ts (as a deployment
 * should send it), loads and works with no violation: in mock mode (MSW's worker included) and
 * against static feeds (the offline shell's worker included).
 */
test.describe.configure({ mode: 'parallel' });

const SCREENS = [
  'Tổng quan',
  'Xếp hạng tỉnh, thành',
  'Xếp hạng bộ, ngành',
  'Chậm tiến độ',
  'Tình trạng dữ liệu',
];

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

async function visitEveryScreen(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const name of SCREENS) {
    await nav.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // The charts (SVG with styles set through the CSSOM), under style-src 'self'.
  await nav.getByRole('link', { name: 'Tổng quan' }).click();
  // Charts are drawn as they come into view.
  await page.locator('.chart-box').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expect(page.locator('.tile-map__svg').first()).toBeVisible();
}

/** Exports run under the policy too: a PNG (fonts fetched, image drawn) and a CSV. */
async function exportUnderPolicy(page: Page) {
  const frame = page.getByRole('figure', {
    name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    exact: true,
  });
  for (const item of [
    'PNG 16:9 (2400×1350 px)',
    'SVG (vector)',
    'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)',
  ]) {
    await frame.getByRole('button', { name: /^Tải xuống \/ chia sẻ/ }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: item, exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(
      /^ty-le-dvc-muc-do-4_toan-quoc_2020-02\.(png|svg|csv)$/,
    );
  }
}

test('the app is served with the Content-Security-Policy', async ({ request }) => {
  for (const url of ['/', '/data', `${STATIC_BASE_URL}/`, `${STATIC_BASE_URL}/sw.js`]) {
    const response = await request.get(url);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  }
});

test('mock mode works under the CSP with no violation', async ({ page, consoleErrors }) => {
  await watchViolations(page);
  await page.goto('/?period=2020-02');
  await waitForFeeds(page);
  await expect(
    page.getByRole('region', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' }),
  ).toContainText('10,7%');
  await visitEveryScreen(page);
  await exportUnderPolicy(page);
  expect(await violations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('static feeds work under the CSP with no violation, offline shell included', async ({
  page,
  consoleErrors,
}) => {
  await watchViolations(page);
  await page.goto(`${STATIC_BASE_URL}/?period=2020-02`);
  await waitForFeeds(page);
  await expect(
    page.getByRole('region', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' }),
  ).toContainText('85/85');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await visitEveryScreen(page);
  expect(await violations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the data source can never be set from the page URL', async ({ page, consoleErrors }) => {
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(STATIC_BASE_URL)) elsewhere.push(r.url());
  });
  const other = encodeURIComponent(`${STATIC_BASE_URL}/data/registry.json`);
  await page.goto(`/?registry=${other}&mockScenario=faults&config=${other}#registry=${other}`);
  await waitForFeeds(page);
  // The mock's default scenario, as config.json says: every feed arrived, no faults.
  await expect(page.getByText('nguồn số liệu không tải được')).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' }),
  ).toContainText('85/85');
  expect(elsewhere).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the bundle holds no secret, internal address or source map', () => {
  expect(bundleFindings('dist')).toEqual([]);
});
