import type { Page } from '@playwright/test';
import { STATIC_BASE_URL } from '../../playwright.config';
import { expect, test, waitForFeeds } from './fixtures';

/** Every layout shift of the page's life, with what moved (the browser's own measure, CLS). */
async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    let total = 0;
    (window as unknown as { layoutShift: () => unknown }).layoutShift = () => ({ total, shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      }[]) {
        if (entry.hadRecentInput) continue;
        total += entry.value;
        const moved = entry.sources.map(
          (s) =>
            `${(s.node as Element | undefined)?.className || s.node?.nodeName} ${s.previousRect.y}→${s.currentRect.y}`,
        );
        shifts.push(`${entry.value.toFixed(4)}: ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

// A first visit of a deployment (static feeds, nothing cached): the fonts, the registry's targets
// line, the banners and the figures all arrive after the first frame, and none may move the page.
for (const { width, height, lang } of [
  { width: 390, height: 844, lang: 'vi' },
  { width: 412, height: 823, lang: 'en' },
  { width: 1440, height: 900, lang: 'vi' },
]) {
  test(`a first visit at ${width} px (${lang}) settles without moving the page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await watchShifts(page);
    await page.goto(`${STATIC_BASE_URL}/?lang=${lang}`);
    await waitForFeeds(page);
    // The cards' figures, and on a wide screen the trend drawn beside them (on a phone the charts
    // are below the fold and wait until scrolled to).
    await expect(page.locator('.kpi-card__value').first()).toBeVisible();
    if (width >= 1024) await expect(page.locator('.recharts-surface').first()).toBeVisible();
    const { total, shifts } = (await page.evaluate(() =>
      (window as unknown as { layoutShift: () => unknown }).layoutShift(),
    )) as { total: number; shifts: string[] };
    expect(total, shifts.join('\n')).toBeLessThan(0.02);
  });
}

// A visit after the first (the mock deployment: a saved copy shown at once, then refreshed, its
// feeds answering with the mock's latency): the "updating" notice comes and goes without moving
// the page.
test('a later visit at 390 px shows the saved copy and its refresh without moving the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=vi');
  await waitForFeeds(page);
  // Time for the saved copy to be written before the next load.
  await page.waitForTimeout(2500);
  await watchShifts(page);
  await page.goto('/units/42?lang=vi');
  await expect(page.getByText(/Đang cập nhật — tạm hiển thị số liệu lưu/)).toBeVisible();
  await waitForFeeds(page);
  await expect(page.getByText(/Đang cập nhật/)).toHaveCount(0, { timeout: 30_000 });
  const { total, shifts } = (await page.evaluate(() =>
    (window as unknown as { layoutShift: () => unknown }).layoutShift(),
  )) as { total: number; shifts: string[] };
  expect(total, shifts.join('\n')).toBeLessThan(0.02);
});
