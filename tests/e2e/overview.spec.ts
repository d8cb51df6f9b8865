import { expect, expectNoAxeViolations, test, waitForFeeds } from './fixtures';

const LEVEL4 = 'Tỷ lệ dịch vụ công trực tuyến mức độ 4';

test.describe('overview', () => {
  test('committee member reads the overview and opens a laggard', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/?period=2020-02');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForFeeds(page);

    // The national headline against its target.
    const card = page.getByRole('region', { name: LEVEL4 });
    await expect(card).toContainText('10,7%');
    await expect(card).toContainText('Mục tiêu 30% đến 12/2020');
    await expect(card).toContainText('Chậm tiến độ');
    await expect(card).toContainText('Tính trên 85/85 đơn vị có báo cáo');

    // The trend says in words what it draws.
    await expect(
      page.getByText(/^Tỷ lệ dịch vụ công trực tuyến mức độ 4: .* dự báo/),
    ).toBeVisible();

    // Who is behind, and why: the furthest-behind unit opens its page.
    const laggards = page.getByRole('region', { name: 'Chậm tiến độ' });
    const worst = laggards.getByRole('list', { name: 'Đơn vị chậm nhất' });
    const first = worst.getByRole('link').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/units\/[^?]+\?period=2020-02$/);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?]/g, '\\?')}$`));

    // Back on the overview, a province is opened from the map with the keyboard.
    await page.goBack();
    const map = page.getByRole('group', { name: `Bản đồ ô vuông các tỉnh, thành phố: ${LEVEL4}` });
    const anGiang = map.getByRole('link', { name: 'An Giang: 33,0%' });
    await anGiang.focus();
    await expect(page.getByText('Hạng 1/63').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/units\/89\?period=2020-02$/);
    expect(consoleErrors).toEqual([]);
  });

  test('the map follows the chosen indicator and the laggard counts link to their rule', async ({
    page,
  }) => {
    await page.goto('/?period=2020-02&lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForFeeds(page);
    await page.getByLabel('Indicator on the map').selectOption('socOperational');
    await expect(page).toHaveURL(/indicator=socOperational/);
    const map = page.getByRole('group', {
      name: 'Tile map of the provinces: Security operations centre (SOC)',
    });
    await expect(map.getByRole('link')).toHaveCount(63);
    await expect(map.getByRole('link', { name: /^Ha Tinh: (Yes|Not yet)$/ })).toBeVisible();
    await page
      .getByRole('region', { name: 'Laggards' })
      .getByRole('link', { name: /^Standing still \d+ units?$/ })
      .click();
    await expect(page).toHaveURL(/\/laggards\?lang=en&period=2020-02&flag=stalled$/);
  });

  for (const lang of ['vi', 'en'] as const) {
    test(`axe-core finds no violations on the overview (${lang})`, async ({ page }) => {
      await page.goto(`/?period=2020-02&lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await waitForFeeds(page);
      await expect(page.getByRole('region', { name: /EGDI/ })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('axe-core finds no violations on a phone, with failing feeds', async ({ page }) => {
    // The faults scenario's timed-out feed is tried three times, 10 s each.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.route('**/config.json', (route) =>
      route.fulfill({ json: { registry: 'mock', mockScenario: 'faults', defaultLocale: 'vi' } }),
    );
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
    await expect(page.getByText(/số liệu tạm thời/)).toHaveCount(0, { timeout: 90_000 });
    const card = page.getByRole('region', { name: LEVEL4 });
    await expect(card.getByRole('link', { name: /^Thiếu số liệu: / })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Không có vị trí trên bản đồ' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
