import type { Page } from '@playwright/test';
import { expect, test, waitForFeeds } from './fixtures';
import { fontFallbacks } from './font-fallbacks';

/**
 * Every character on screen is drawn in the page's own font (Be Vietnam Pro, in both its Latin and
 * Vietnamese subsets). A symbol it lacks (an arrow, a triangle, a star) is drawn as SVG instead.
 */

const LANGS = ['vi', 'en'] as const;

/** Charts are drawn as they come into view. */
async function drawEveryChart(page: Page) {
  for (const box of await page.locator('.chart-box').all()) {
    await box.scrollIntoViewIfNeeded();
    await expect(box.locator('.recharts-surface')).toBeVisible();
  }
}

test.describe('the page’s own font draws every character', () => {
  for (const path of ['/', '/laggards', '/rankings/provinces']) {
    test(`on ${path}, in both languages`, async ({ page }) => {
      for (const lang of LANGS) {
        await page.goto(`${path}?lang=${lang}`);
        await waitForFeeds(page);
        await drawEveryChart(page);
        expect(await fontFallbacks(page), `${path} ${lang}`).toEqual([]);
      }
    });
  }

  test('on the deck’s movers slide and its key table, in both languages', async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(`/present?lang=${lang}&period=2020-08&slide=6`);
      const slide = page.locator('.movers');
      await expect(slide.locator('.mover').first()).toBeVisible({ timeout: 30_000 });
      expect(await fontFallbacks(page), `movers ${lang}`).toEqual([]);
      await page.keyboard.press('g');
      await expect(page.getByRole('dialog').locator('.keys-table')).toBeVisible();
      expect(await fontFallbacks(page), `key table ${lang}`).toEqual([]);
    }
  });

  test('with "my unit" chosen: the header’s link, the ranking’s marks and bars, in both languages', async ({
    page,
  }) => {
    await page.goto('/rankings/provinces');
    await waitForFeeds(page);
    // The user's own choice, as a board member makes it: the first province's page, then the star.
    await page.locator('tbody tr').first().getByRole('link').first().click();
    await page.getByRole('button', { name: 'Đơn vị của tôi' }).click();
    await expect(page.locator('.my-unit-link')).toBeVisible();
    for (const lang of LANGS) {
      await page.goto(`/rankings/provinces?lang=${lang}`);
      await waitForFeeds(page);
      await expect(page.locator('.my-unit-link')).toBeVisible();
      await expect(page.locator('tr.is-mine')).toHaveCount(1);
      await drawEveryChart(page);
      expect(await fontFallbacks(page), `my unit ${lang}`).toEqual([]);
    }
  });

  test('in the offline banner, in both languages', async ({ page, context }) => {
    for (const lang of LANGS) {
      await page.goto(`/?lang=${lang}`);
      await waitForFeeds(page);
      await context.setOffline(true);
      await expect(page.locator('.banner--offline')).toBeVisible();
      expect(await fontFallbacks(page), `offline ${lang}`).toEqual([]);
      await context.setOffline(false);
      await expect(page.locator('.banner--offline')).toHaveCount(0);
    }
  });
});
