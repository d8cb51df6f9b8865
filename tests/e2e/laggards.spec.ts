import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForFeeds } from './fixtures';
import { NOT_ALL_IN } from '../support/not-all-in';

/** The screen has rendered and every feed has settled (no figure is provisional any more). */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForFeeds(page);
  await expect(page.getByText(NOT_ALL_IN)).toHaveCount(0);
}

test.describe('laggards', () => {
  test('rule and kind filters live in the URL; back restores the list', async ({
    page,
    context,
    consoleErrors,
  }) => {
    await page.goto('/laggards');
    await settled(page);
    const rows = page.getByRole('table').getByRole('rowheader');
    const all = await rows.count();
    expect(all).toBeGreaterThan(0);

    await page.getByRole('link', { name: /^Án binh bất động \d+$/ }).click();
    await expect(page).toHaveURL(/\?flag=stalled$/);
    await page.getByRole('link', { name: /^Tỉnh, thành phố \d+$/ }).click();
    await expect(page).toHaveURL(/\?kind=province&flag=stalled$/);
    const stalled = await rows.allTextContents();
    expect(stalled.length).toBeGreaterThan(0);
    expect(stalled.length).toBeLessThan(all);
    await expect(page.getByText(`${stalled.length} đơn vị`, { exact: true })).toBeVisible();
    for (const row of await page.getByRole('table').getByRole('row').all()) {
      if (await row.getByRole('rowheader').count()) {
        await expect(row).toContainText('Án binh bất động');
      }
    }

    const copy = await context.newPage();
    await copy.goto(page.url());
    await settled(copy);
    await expect(copy.getByRole('table').getByRole('rowheader')).toHaveCount(stalled.length);
    await expect(copy.getByRole('link', { name: /^Án binh bất động \d+$/ })).toHaveAttribute(
      'aria-current',
      'true',
    );

    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/laggards$/);
    await expect(rows).toHaveCount(all);
    expect(consoleErrors).toEqual([]);
  });

  for (const lang of ['vi', 'en']) {
    test(`axe finds no violations on /laggards in ${lang}`, async ({ page, consoleErrors }) => {
      test.slow(); // axe over every flagged unit takes a while on a busy machine
      await page.goto(`/laggards?lang=${lang}`);
      await settled(page);
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoAxeViolations(page);
      expect(consoleErrors).toEqual([]);
    });
  }

  test('axe finds no violations on the stacked phone layout', async ({ page, consoleErrors }) => {
    test.slow();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/laggards');
    await settled(page);
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });
});
