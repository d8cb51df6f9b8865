import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  FAULT_UNITS,
  HOSTILE_NAME_UNITS,
  PARTLY_INVALID_RULES,
  REFUSED_HTTP_FEED,
  faultsDocuments,
} from '../../mocks/scenarios/faults-scenario';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The `faults` mock scenario: one unit failing in each way of contract §6. The same production
 * build is served; only config.json (fetched by the page, never the page URL) names the scenario.
 * For each fault: Data health names it, the other units' figures still appear on the overview and
 * the rankings of provinces and ministries, and nothing uncaught reaches the console.
 */
test.describe.configure({ mode: 'parallel' });

const viCommon = JSON.parse(readFileSync('src/i18n/locales/vi/common.json', 'utf8')) as {
  rule: Record<string, string>;
};
const { registry } = faultsDocuments();
const nameOf = (id: string): string => {
  const unit = registry.units.find((u) => u.id === id);
  if (!unit) throw new Error(`no unit ${id} in the faults registry`);
  return unit.name.vi;
};
const kindOf = (id: string) => registry.units.find((u) => u.id === id)?.kind;
const TOTAL = registry.units.length;

async function openFaults(page: Page, path: string) {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { registry: 'mock', mockScenario: 'faults', defaultLocale: 'vi' } }),
  );
  await page.goto(path);
}

function feedRow(page: Page, unitName: string) {
  return page
    .getByRole('table', { name: /Nguồn số liệu của từng đơn vị/ })
    .getByRole('row')
    .filter({
      has: page.getByRole('rowheader').getByRole('link', { name: unitName, exact: true }),
    });
}

/** The browser logs failed requests itself; anything else in the console is a failure. */
function unexpected(consoleErrors: string[]): string[] {
  return consoleErrors.filter((e) => !/^console: Failed to load resource/.test(e));
}

/** The level-4 cell of a unit's row in a ranking table (rank, name, change, level-4, …). */
function level4Cell(page: Page, unitName: string) {
  return page
    .getByRole('main')
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: unitName, exact: true }) })
    .locator('th, td')
    .nth(3);
}

/**
 * Other units' figures still appear: the national rate and its coverage on the overview, and the
 * provinces' and ministries' rankings; the faulty unit itself shows its figures or says it has none.
 */
async function expectOthersStillShown(page: Page, faultId: string, hasFigures: boolean) {
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Tổng quan' }).click();
  const headline = page.getByRole('region', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' });
  await expect(headline).toContainText(/\d+,\d%/);
  await expect(headline).toContainText(new RegExp(`Tính trên \\d+/${TOTAL} đơn vị có báo cáo`));

  const percent = /^\d+,\d%$/;
  await nav.getByRole('link', { name: 'Xếp hạng tỉnh, thành' }).click();
  await expect(level4Cell(page, 'An Giang')).toHaveText(percent);
  await expect(level4Cell(page, 'Hà Nội')).toHaveText(percent);
  if (kindOf(faultId) === 'province') {
    const own = level4Cell(page, nameOf(faultId));
    if (hasFigures) await expect(own).toHaveText(percent);
    else await expect(own).not.toHaveText(/%/);
  }

  await nav.getByRole('link', { name: 'Xếp hạng bộ, ngành' }).click();
  await expect(level4Cell(page, 'Bộ Tài chính')).toHaveText(percent);
  if (kindOf(faultId) === 'ministry') {
    const own = level4Cell(page, nameOf(faultId));
    if (hasFigures) await expect(own).toHaveText(percent);
    else await expect(own).not.toHaveText(/%/);
  }
}

interface Fault {
  label: string;
  id: string;
  status: string;
  /** Its own figures still shown (partly invalid) or none for the period (failed, stale). */
  hasFigures: boolean;
  detail?: string[];
}

const FAULTS: Fault[] = [
  {
    label: 'HTTP error 503',
    id: FAULT_UNITS.httpError,
    status: 'Lỗi HTTP 503',
    hasFigures: false,
    detail: ['Địa chỉ trong danh mục: feeds/35.json'],
  },
  {
    label: 'HTTP error 404',
    id: FAULT_UNITS.httpNotFound,
    status: 'Lỗi HTTP 404',
    hasFigures: false,
  },
  { label: 'network error', id: FAULT_UNITS.networkError, status: 'Lỗi mạng', hasFigures: false },
  { label: 'not JSON', id: FAULT_UNITS.notJson, status: 'Không phải JSON', hasFigures: false },
  {
    label: 'wrong format',
    id: FAULT_UNITS.wrongFormat,
    status:
      'Sai định dạng: trường “format” phải là “egov-kpi-feed/1” (nhận được "egov-kpi-feed/2")',
    hasFigures: false,
  },
  {
    label: 'wrong unit',
    id: FAULT_UNITS.wrongUnit,
    status: 'Sai đơn vị (tệp ghi "66")',
    hasFigures: false,
  },
  {
    label: 'stale',
    id: FAULT_UNITS.stale,
    status: 'Số liệu cũ',
    hasFigures: false,
    detail: ['Số liệu mới nhất là 04/2020, chậm 4 tháng'],
  },
  {
    label: 'refused URL (javascript:)',
    id: FAULT_UNITS.refusedJavascript,
    status: 'Địa chỉ bị từ chối: javascript:alert(1)',
    hasFigures: false,
  },
  {
    label: 'refused URL (plain http elsewhere)',
    id: FAULT_UNITS.refusedHttp,
    status: `Địa chỉ bị từ chối: ${REFUSED_HTTP_FEED}`,
    hasFigures: false,
  },
];
/** 12 faults in all: the nine above, partly invalid, slow, and timed out. */
const COUNT = FAULTS.length + 3;

/**
 * One page per worker, loaded once: the faults are all on it, and each test reads its own. (A
 * fresh load per test would spend most of the suite starting the mock.) Console errors are
 * collected for the page's whole life and checked after every test.
 */
let shared: Page;
const sharedErrors: string[] = [];

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId });
  shared = await context.newPage();
  // A CSP violation is also reported on the console, where `unexpected` catches it.
  shared.on('pageerror', (error) => sharedErrors.push(`pageerror: ${error.message}`));
  shared.on('console', (message) => {
    if (message.type() === 'error') sharedErrors.push(`console: ${message.text()}`);
  });
  await openFaults(shared, '/data');
});

test.afterAll(async () => {
  await shared.context().close();
});

async function onDataHealth(page: Page) {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tình trạng dữ liệu' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tình trạng dữ liệu' })).toBeVisible();
}

FAULTS.forEach((fault, index) => {
  test(`fault ${index + 1}/${COUNT}: ${fault.label}`, async () => {
    const page = shared;
    await onDataHealth(page);
    const row = feedRow(page, nameOf(fault.id));
    // After the grace period the screens' next picture waits for every feed to settle, and the
    // timed-out fault settles only at its 10 s timeout: on a loaded machine that is past 15 s
    // from the page's start.
    await expect(row).toContainText(fault.status, { timeout: 30_000 });
    for (const text of fault.detail ?? []) await expect(row).toContainText(text);
    await expectOthersStillShown(page, fault.id, fault.hasFigures);
    expect(unexpected(sharedErrors)).toEqual([]);
  });
});

test(`fault ${FAULTS.length + 1}/${COUNT}: partly invalid, each rejected observation with its reason`, async () => {
  const page = shared;
  await onDataHealth(page);
  const row = feedRow(page, nameOf(FAULT_UNITS.partlyInvalid));
  await expect(row).toContainText('Có 6 kỳ báo cáo bị loại');
  await row.getByText('Xem 6 kỳ báo cáo bị loại và lý do').click();
  for (const [period, rule] of Object.entries(PARTLY_INVALID_RULES)) {
    const reason = viCommon.rule[rule]!.replace('{{asOf}}', '08/2020');
    await expect(row.getByRole('listitem').filter({ hasText: `Kỳ ${period} ` })).toContainText(
      reason,
    );
  }
  await expectOthersStillShown(page, FAULT_UNITS.partlyInvalid, true);
  expect(unexpected(sharedErrors)).toEqual([]);
});

test(`fault ${FAULTS.length + 2}/${COUNT}: slow, shown as such while the screen works, then ok`, async ({
  page,
  consoleErrors,
}) => {
  // Its own fresh page: "slow" only lasts from 2 s to 4 s after its own request began.
  await openFaults(page, '/data');
  const row = feedRow(page, nameOf(FAULT_UNITS.slow));
  await expect(row).toContainText('Chậm, vẫn đang tải');
  // The screen is usable meanwhile: the feeds that arrived are already listed as ok.
  await expect(feedRow(page, 'An Giang')).toContainText('Bình thường');
  await expect(row).toContainText('Bình thường', { timeout: 20_000 });
  await expectOthersStillShown(page, FAULT_UNITS.slow, true);
  expect(unexpected(consoleErrors)).toEqual([]);
});

test(`fault ${COUNT}/${COUNT}: timed out — and the banner on every screen counts every failed feed`, async () => {
  const page = shared;
  await onDataHealth(page);
  const row = feedRow(page, nameOf(FAULT_UNITS.timeout));
  // The client gives up after 10 s.
  await expect(row).toContainText('Quá thời gian chờ', { timeout: 25_000 });
  const failed = FAULTS.filter((f) => f.label !== 'stale').length + 1;
  const banner = `${failed} nguồn số liệu không tải được — số liệu tính trên ${TOTAL - failed}/${TOTAL} đơn vị`;
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const screen of [
    'Tình trạng dữ liệu',
    'Tổng quan',
    'Xếp hạng tỉnh, thành',
    'Xếp hạng bộ, ngành',
    'Chậm tiến độ',
  ]) {
    await nav.getByRole('link', { name: screen }).click();
    await expect(page.getByRole('link', { name: banner })).toBeVisible();
  }
  await page.getByRole('link', { name: banner }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tình trạng dữ liệu' })).toBeVisible();
  await expectOthersStillShown(page, FAULT_UNITS.timeout, false);
  expect(unexpected(sharedErrors)).toEqual([]);
});

test('hostile unit names are shown as text, never run as HTML', async () => {
  const page = shared;
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await onDataHealth(page);
  for (const hostile of Object.values(HOSTILE_NAME_UNITS)) {
    await expect(feedRow(page, hostile.name)).toContainText('Bình thường');
  }
  await expect(page.locator('main img')).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tổng quan' })
    .click();
  // Units without a tile-map position are listed under the map by name, as links.
  await expect(
    page.getByRole('main').getByRole('link', { name: HOSTILE_NAME_UNITS.markup.name, exact: true }),
  ).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(unexpected(sharedErrors)).toEqual([]);
});

test('Data health, with every fault on it, has no accessibility violation', async () => {
  const page = shared;
  await onDataHealth(page);
  await feedRow(page, nameOf(FAULT_UNITS.partlyInvalid))
    .getByText('Xem 6 kỳ báo cáo bị loại và lý do')
    .click();
  await expectNoAxeViolations(page);
  expect(unexpected(sharedErrors)).toEqual([]);
});

test('on a phone, the provisional notice floats above the feed counter, not over it', async ({
  page,
  consoleErrors,
}) => {
  // The slow feed holds the load past the grace period: both show, and the counter wraps.
  await page.setViewportSize({ width: 390, height: 844 });
  await openFaults(page, '/');
  const notice = page.getByText(/^Mới tính trên \d+\/\d+ nguồn — số liệu tạm thời$/);
  await expect(notice).toBeVisible();
  const counter = page.locator('.banner--progress');
  await expect(counter).toBeVisible();
  const [noticeBox, counterBox] = await Promise.all([notice.boundingBox(), counter.boundingBox()]);
  expect(counterBox!.height).toBeGreaterThan(50);
  expect(noticeBox!.y + noticeBox!.height).toBeLessThanOrEqual(counterBox!.y);
  expect(unexpected(consoleErrors)).toEqual([]);
});
