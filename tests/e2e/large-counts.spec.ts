import type { Page } from '@playwright/test';
import { expect, partsOutside, test, waitForFeeds } from './fixtures';

/**
 * A registry of 12,000 units, every one of them behind on every rule, read from one snapshot
 * (contract §8) built here: five-digit counts must stay inside their boxes, at any width.
 */
const UNITS = 12_000;
const ids = Array.from({ length: UNITS }, (_, i) => `m${i}`);
const snapshot = {
  format: 'egov-kpi-snapshot/1',
  takenAt: '2020-08-26T09:00:00+07:00',
  registry: {
    format: 'egov-kpi-registry/1',
    asOf: '2020-08',
    regions: [],
    targets: (
      ['level4Rate', 'lgspConnected', 'socOperational', 'vdxpConnected', 'portalConnected'] as const
    ).map((indicator) => ({
      indicator,
      value: indicator === 'level4Rate' ? 0.3 : 1,
      deadline: '2020-12',
      basis: { vi: 'Nghị quyết 17/NQ-CP', en: 'Resolution 17/NQ-CP' },
    })),
    units: ids.map((id) => ({
      id,
      kind: 'ministry',
      name: { vi: `Bộ ${id}`, en: `Ministry ${id}` },
      feed: `feeds/${id}.json`,
    })),
  },
  documents: Object.fromEntries(
    ids.map((id) => [
      `feeds/${id}.json`,
      {
        fetchedAt: '2020-08-26T08:59:00+07:00',
        body: {
          format: 'egov-kpi-feed/1',
          unit: id,
          updatedAt: '2020-08-25T17:00:00+07:00',
          observations: ['2020-06', '2020-07', '2020-08'].map((period) => ({
            period,
            servicesTotal: 100,
            servicesLevel4: 1,
            lgsp: 'none',
            soc: false,
            vdxp: true,
            portalConnected: true,
          })),
        },
      },
    ]),
  ),
};

/** Opens `path` with config.json naming the snapshot above. */
async function openOnSnapshot(page: Page, path: string, defaultLocale: 'vi' | 'en') {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { registry: 'archive/large.json', defaultLocale } }),
  );
  await page.route('**/archive/large.json', (route) => route.fulfill({ json: snapshot }));
  await page.goto(path);
}

for (const width of [390, 1440]) {
  test(`the overview's laggard counts of ${UNITS.toLocaleString('en')} units fit their boxes at ${width} px`, async ({
    page,
    consoleErrors,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await openOnSnapshot(page, '/', 'vi');
    await waitForFeeds(page, 60_000);
    const counts = page.getByRole('list', { name: 'Theo tiêu chí' }).getByRole('link');
    await expect(counts.filter({ hasText: 'Chưa kết nối nền tảng' })).toContainText(
      '12.000 đơn vị',
    );
    expect(await partsOutside(counts)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

for (const lang of ['vi', 'en'] as const) {
  test(`the deck's national figures of ${UNITS.toLocaleString('en')} units fit their cards (${lang})`, async ({
    page,
    consoleErrors,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openOnSnapshot(page, '/present', lang);
    const cards = page.locator('.deck__main .figure');
    await expect(cards.first()).toContainText(lang === 'vi' ? '12.000' : '12,000', {
      timeout: 60_000,
    });
    expect(await partsOutside(cards)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
