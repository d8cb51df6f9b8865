import { STATIC_BASE_URL } from '../../playwright.config';
import { expect, test, waitForFeeds } from './fixtures';

test.describe('the pipeline end to end', () => {
  test("mock mode: national level-4 rate with coverage, and the provinces in the map's table", async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/?period=2020-02');
    await waitForFeeds(page);
    const headline = page.getByRole('region', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' });
    await expect(headline).toContainText('10,7%');
    await expect(headline).toContainText('Tính trên 85/85 đơn vị có báo cáo');
    const map = page.getByRole('figure', { name: /Bản đồ tỉnh, thành phố/ });
    await map.getByRole('button', { name: 'Bảng số liệu' }).click();
    const table = map.getByRole('table', { name: /Tỷ lệ dịch vụ công trực tuyến mức độ 4/ });
    await expect(table.getByRole('row')).toHaveCount(64);
    await expect(table.getByRole('rowheader', { name: 'An Giang' })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('static feeds served over HTTP give the same numbers', async ({ page, consoleErrors }) => {
    await page.goto(`${STATIC_BASE_URL}/?period=2020-02`);
    await waitForFeeds(page);
    const headline = page.getByRole('region', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' });
    await expect(headline).toContainText('10,7%');
    await expect(headline).toContainText('85/85');
    expect(consoleErrors).toEqual([]);
  });

  test('a missing config.json is a clear error screen, in both languages', async ({ page }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    await page.goto('/');
    await expect(
      page.getByRole('heading', { name: 'Không khởi động được bảng theo dõi' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'The dashboard could not start' }),
    ).toBeVisible();
    await expect(page.getByText(/HTTP 404/).first()).toBeVisible();
  });

  test('an invalid config.json says which field is wrong', async ({ page }) => {
    await page.route('**/config.json', (route) => route.fulfill({ json: { registry: 42 } }));
    await page.goto('/');
    await expect(
      page.getByText('Tệp cấu hình config.json không hợp lệ: registry: 42.'),
    ).toBeVisible();
  });
});
