import type { Page } from '@playwright/test';
import { snapshotOf } from '../../mocks/generate/snapshot';
import {
  FAULT_UNITS,
  REFUSED_HTTP_FEED,
  faultsDocuments,
  faultsScenario,
} from '../../mocks/scenarios/faults-scenario';
import { expect, partsOutside, test, waitForFeeds } from './fixtures';

/**
 * Contract §8: config.json names a snapshot of the `faults` scenario instead of a registry. The
 * dashboard reads it in one request and reports every fault it recorded exactly as live feeds'.
 */
const TAKEN_AT = '2020-08-26T09:00:00+07:00';
const TAKEN_AT_VI = 'Ảnh chụp số liệu lúc 26/08/2020 09:00';
const snapshot = snapshotOf(faultsScenario(), TAKEN_AT);
const { registry } = faultsDocuments();
const nameOf = (id: string) => registry.units.find((u) => u.id === id)!.name.vi;

/** Opens the app on the snapshot; returns the addresses of every request made for a document. */
async function openSnapshot(page: Page, path: string): Promise<string[]> {
  const documents: string[] = [];
  page.context().on('request', (request) => {
    if (/\.json$/.test(new URL(request.url()).pathname)) documents.push(request.url());
  });
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { registry: 'archive/meeting.json', defaultLocale: 'vi' } }),
  );
  await page
    .context()
    .route('**/archive/meeting.json', (route) => route.fulfill({ json: snapshot }));
  await page.goto(path);
  return documents;
}

const STATUSES: [string, string][] = [
  [FAULT_UNITS.httpError, 'Lỗi HTTP 503'],
  [FAULT_UNITS.httpNotFound, 'Lỗi HTTP 404'],
  [FAULT_UNITS.networkError, 'Lỗi mạng'],
  [FAULT_UNITS.timeout, 'Quá thời gian chờ'],
  [FAULT_UNITS.notJson, 'Không phải JSON'],
  [
    FAULT_UNITS.wrongFormat,
    'Sai định dạng: trường “format” phải là “egov-kpi-feed/1” (nhận được "egov-kpi-feed/2")',
  ],
  [FAULT_UNITS.wrongUnit, 'Sai đơn vị (tệp ghi "66")'],
  [FAULT_UNITS.stale, 'Số liệu cũ'],
  [FAULT_UNITS.refusedJavascript, 'Địa chỉ bị từ chối: javascript:alert(1)'],
  [FAULT_UNITS.refusedHttp, `Địa chỉ bị từ chối: ${REFUSED_HTTP_FEED}`],
  [FAULT_UNITS.partlyInvalid, 'Có 6 kỳ báo cáo bị loại'],
  // Slow when the snapshot was taken, but it arrived: nothing is slow in a snapshot.
  [FAULT_UNITS.slow, 'Bình thường'],
];

test('a snapshot of the faults scenario: every fault reported as live, "taken at" on every screen, no request per feed', async ({
  page,
  consoleErrors,
}) => {
  const documents = await openSnapshot(page, '/data');
  await waitForFeeds(page);
  const table = page.getByRole('table', { name: /Nguồn số liệu của từng đơn vị/ });
  for (const [id, status] of STATUSES) {
    const row = table.getByRole('row').filter({
      has: page.getByRole('rowheader').getByRole('link', { name: nameOf(id), exact: true }),
    });
    await expect(row, `${id}: ${status}`).toContainText(status);
  }
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const screen of [
    'Tổng quan',
    'Xếp hạng tỉnh, thành',
    'Chậm tiến độ',
    'Tình trạng dữ liệu',
  ]) {
    await nav.getByRole('link', { name: screen }).click();
    await expect(page.getByRole('note').filter({ hasText: TAKEN_AT_VI })).toBeVisible();
  }
  await page.getByRole('link', { name: 'English' }).click();
  await expect(
    page.getByRole('note').filter({ hasText: 'Snapshot taken at 26/08/2020 09:00' }),
  ).toBeVisible();
  // Only config.json and the snapshot itself were requested.
  const others = documents.filter((u) => !u.endsWith('/config.json'));
  expect(others).toHaveLength(1);
  expect(others[0]).toMatch(/\/archive\/meeting\.json$/);
  expect(consoleErrors).toEqual([]);
});

test('the deck opens on a snapshot and says when it was taken', async ({ page, consoleErrors }) => {
  await openSnapshot(page, '/present');
  const slide = page
    .getByRole('region')
    .filter({ has: page.locator('h1') })
    .first();
  await expect(slide).toContainText('Ảnh chụp lúc 26/08/2020 09:00', { timeout: 30_000 });
  // The longer heading line of a snapshot leaves the figures their room: none is cut off.
  expect(await partsOutside(slide.locator('.figure'))).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('on a phone, the snapshot’s note spans the screen and no more, under the header', async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSnapshot(page, '/');
  const note = page.getByRole('note').filter({ hasText: TAKEN_AT_VI });
  await expect(note).toBeVisible();
  const header = await page.locator('header').first().boundingBox();
  const box = await note.boundingBox();
  expect(box!.x).toBe(0);
  expect(box!.width).toBe(390);
  expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
  // Nothing to scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  expect(consoleErrors).toEqual([]);
});
