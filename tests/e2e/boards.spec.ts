import type { Page } from '@playwright/test';
import { STATIC_BASE_URL } from '../../playwright.config';
import { expect, test, waitForFeeds } from './fixtures';

/**
 * What a provincial steering board and the committee's secretariat need every day: their unit
 * marked everywhere, a search that forgives missing diacritics, figures that fit a phone, and a
 * deck that starts while a feed is late and does not close on one Esc.
 */

/** Hà Tĩnh's registry id in the mock (contract: any id works; this one is the mock's). */
const HA_TINH = '42';

async function chooseMyUnit(page: Page, unitId: string) {
  await page.addInitScript((id) => {
    localStorage.setItem('egov-dashboard.my-unit', JSON.stringify({ unitId: id }));
    // A session already under way: no landing on the unit's page.
    sessionStorage.setItem('egov-dashboard.session-started', '1');
  }, unitId);
}

test.describe('my unit everywhere', () => {
  test.beforeEach(async ({ page }) => {
    await chooseMyUnit(page, HA_TINH);
  });

  test('is marked in the rankings, on the map and in the laggards, and linked from the header', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/rankings/provinces');
    await waitForFeeds(page);
    const mine = page.locator('tr.is-mine');
    await expect(mine).toHaveCount(1);
    await expect(mine.getByRole('rowheader')).toContainText('Hà Tĩnh');
    await expect(mine.getByText('Đơn vị của tôi')).toBeVisible();

    // The other screens by the app's own links (the mark is read at start-up, once).
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Tổng quan', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
    const tile = page.locator('.tile-map__tile[data-mine="true"]');
    await expect(tile).toHaveCount(1);
    await expect(tile).toHaveAccessibleName(/^\u2068?Hà Tĩnh\u2069?: .*\(Đơn vị của tôi\)$/);

    await nav.getByRole('link', { name: 'Chậm tiến độ', exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Đơn vị chậm tiến độ' }),
    ).toBeVisible();
    const lagging = page.locator('tr.is-mine');
    await expect(lagging).toHaveCount(1);
    await expect(lagging.getByRole('rowheader')).toContainText('Hà Tĩnh');

    await page
      .getByRole('banner')
      .getByRole('link', { name: /Hà Tĩnh/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/units/${HA_TINH}$`));
    await expect(page).toHaveTitle(/^Hà Tĩnh — /);
    expect(consoleErrors).toEqual([]);
  });

  test('the start page lands on it with ?lang= too', async ({ page }) => {
    await page.addInitScript(() => sessionStorage.removeItem('egov-dashboard.session-started'));
    await page.goto('/?lang=en');
    await expect(page).toHaveURL(new RegExp(`/units/${HA_TINH}\\?lang=en$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Ha Tinh' })).toBeVisible();
  });
});

test.describe('find a unit', () => {
  test('the header search finds "ha tinh" without diacritics and opens the unit', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/');
    await waitForFeeds(page);
    const search = page.getByRole('search').getByRole('searchbox', { name: 'Tìm đơn vị' });
    await search.fill('ha tinh');
    await expect(page.getByRole('search').getByRole('link', { name: 'Hà Tĩnh' })).toBeVisible();
    await search.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/units/${HA_TINH}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Hà Tĩnh' })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('the rankings keep only the rows that match, and the URL keeps the search', async ({
    page,
  }) => {
    await page.goto('/rankings/provinces');
    await waitForFeeds(page);
    await page.getByRole('main').getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('ha tinh');
    await expect(page).toHaveURL(/q=ha\+tinh/);
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['Hà Tĩnh']);
  });
});

test.describe('phones (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('no figure of the rankings is cut off: every cell lies inside the screen', async ({
    page,
  }) => {
    await page.goto('/rankings/provinces');
    await waitForFeeds(page);
    const firstRow = page.getByRole('table').getByRole('row').nth(1);
    await expect(firstRow).toBeVisible();
    const rows = page.getByRole('table').locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (const i of [0, Math.floor(count / 2), count - 1]) {
      const row = rows.nth(i);
      await row.scrollIntoViewIfNeeded();
      const cells = row.locator('td, th');
      const n = await cells.count();
      expect(n).toBeGreaterThanOrEqual(8);
      for (let c = 0; c < n; c++) {
        const box = await cells.nth(c).boundingBox();
        if (box === null) {
          // A unit without flags has no empty "Cảnh báo" line on a phone: the one cell not drawn.
          await expect(cells.nth(c), `row ${i}, cell ${c}`).toBeEmpty();
          continue;
        }
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
      }
    }
    // The page itself does not scroll sideways either.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the whole menu is in sight', async ({ page }) => {
    await page.goto('/');
    for (const name of ['Chậm tiến độ', 'Tình trạng dữ liệu']) {
      const link = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', {
        name,
      });
      await expect(link).toBeInViewport();
    }
  });

  test('a tap on a map tile first shows its figures, a second opens its page', async ({ page }) => {
    await page.goto('/');
    await waitForFeeds(page);
    const tile = page.getByRole('link', { name: /^\u2068?Hà Tĩnh\u2069?: / });
    await expect(tile).toContainText(/\d+,\d%/);
    await tile.scrollIntoViewIfNeeded();
    const box = (await tile.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('.tile-map__tip')).toContainText('Hà Tĩnh');
    await expect(page).toHaveURL(/\/$/);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(new RegExp(`/units/${HA_TINH}$`));
  });
});

test.describe('the meeting: a late feed', () => {
  // Static feeds on a plain server, no service worker: page.route sees every feed request.
  test.use({ serviceWorkers: 'block' });

  test('the deck opens while one feed is still loading and names it; it fills in later', async ({
    page,
  }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/feeds/${HA_TINH}.json`, async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto(`${STATIC_BASE_URL}/present`);
    const slide = page.locator('.deck__main .slide');
    await expect(slide.getByRole('heading', { level: 1 })).toHaveText(/^Chỉ tiêu toàn quốc/);
    await expect(slide.locator('.slide__pending')).toContainText('Hà Tĩnh');
    release();
    await expect(slide.locator('.slide__pending')).toHaveCount(0, { timeout: 30_000 });
  });
});

test.describe('the meeting: leaving', () => {
  test('one Esc does not leave the deck; a second does', async ({ page }) => {
    await page.goto('/present?period=2020-08');
    const slide = page.locator('.deck__main .slide');
    await expect(slide.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByText('Nhấn Esc lần nữa để thoát trình chiếu')).toBeVisible();
    await expect(page).toHaveURL(/\/present\?/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/\?period=2020-08$/);
  });
});
