import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForFeeds } from './fixtures';
import { NOT_ALL_IN } from '../support/not-all-in';

/** The screen has rendered and every feed has settled (no figure is provisional any more). */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForFeeds(page);
  await expect(page.getByText(NOT_ALL_IN)).toHaveCount(0);
}

const names = (page: Page) => page.getByRole('table').getByRole('rowheader').allTextContents();

test.describe('rankings', () => {
  test('sort and filter live in the URL, and a copied URL reopens the same view', async ({
    page,
    context,
    consoleErrors,
  }) => {
    await page.goto('/rankings/provinces');
    await settled(page);
    await page.getByRole('button', { name: 'DVC mức độ 3 và 4' }).click();
    await expect(page).toHaveURL(/\?sort=level34Rate&dir=desc$/);
    await page.getByRole('combobox', { name: 'Vùng' }).selectOption({ label: 'Tây Nguyên (5)' });
    await expect(page).toHaveURL(/region=central-highlands/);
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(5);
    const shown = await names(page);

    const copy = await context.newPage();
    await copy.goto(page.url());
    await settled(copy);
    await expect(copy.getByRole('table').getByRole('rowheader')).toHaveCount(5);
    expect(await names(copy)).toEqual(shown);
    await expect(copy.getByRole('columnheader', { name: 'DVC mức độ 3 và 4' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(copy.getByRole('combobox', { name: 'Vùng' })).toHaveValue('central-highlands');
    await expect(copy.getByRole('table')).toHaveAccessibleName(
      'Xếp hạng tỉnh, thành phố theo tỷ lệ DVC mức độ 4 (vùng Tây Nguyên) — số liệu đến 08/2020',
    );
    expect(consoleErrors).toEqual([]);
  });

  test('back and forward restore the previous sort', async ({ page, consoleErrors }) => {
    await page.goto('/rankings/provinces');
    await settled(page);
    const byRank = await names(page);
    const nameHeader = page.getByRole('columnheader', { name: 'Tỉnh, thành phố' });
    const rankHeader = page.getByRole('columnheader', { name: 'Hạng', exact: true });
    await expect(rankHeader).toHaveAttribute('aria-sort', 'ascending');

    await page.getByRole('button', { name: 'Tỉnh, thành phố', exact: true }).click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    const aToZ = await names(page);
    expect(aToZ).not.toEqual(byRank);
    await page.getByRole('button', { name: 'Tỉnh, thành phố', exact: true }).click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(await names(page)).toEqual([...aToZ].reverse());

    await page.goBack();
    await expect(page).toHaveURL(/\?sort=name&dir=asc$/);
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(await names(page)).toEqual(aToZ);

    await page.goBack();
    await expect(page).toHaveURL(/\/rankings\/provinces$/);
    await expect(rankHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(nameHeader).not.toHaveAttribute('aria-sort');
    expect(await names(page)).toEqual(byRank);

    await page.goForward();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(await names(page)).toEqual(aToZ);
    expect(consoleErrors).toEqual([]);
  });

  for (const [lang, ministries] of [
    ['vi', 'Xếp hạng bộ, ngành'],
    ['en', 'Ministry rankings'],
  ] as const) {
    test(`axe finds no violations on both rankings in ${lang}`, async ({ page, consoleErrors }) => {
      test.slow(); // axe over a 63-row table takes a while on a busy machine
      await page.goto(`/rankings/provinces?lang=${lang}`);
      await settled(page);
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoAxeViolations(page);
      // The ministries by the app's own link: one load for both.
      await page.getByRole('navigation').getByRole('link', { name: ministries }).click();
      await expect(page).toHaveURL(/\/rankings\/ministries/);
      await settled(page);
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoAxeViolations(page);
      expect(consoleErrors).toEqual([]);
    });
  }
});
