import { expect, test, waitForFeeds } from './fixtures';

test('a comparison of three units and the nation round-trips through the URL', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/units/42');
  await waitForFeeds(page);
  const picker = page.getByRole('group', { name: 'So sánh với' });
  const national = picker.getByRole('checkbox', { name: 'Cả nước' });
  await national.click();
  await expect(national).toBeChecked();

  // Three units found by typing without diacritics; the first match of each is added.
  const chosen: string[] = [];
  for (const query of ['da nang', 'ha noi', 'hue']) {
    await picker.getByLabel('Thêm đơn vị').fill(query);
    const first = picker.getByRole('button', { name: /^\+ / }).first();
    chosen.push(((await first.textContent()) ?? '').replace(/^\+ /, ''));
    await first.click();
  }
  await expect(page).toHaveURL(/[?&]cmp=national%2C[^&]+%2C[^&]+%2C[^&]+$/);
  const url = page.url();

  const headersOfTable = async () => {
    const frame = page.getByRole('figure', { name: /Tỷ lệ dịch vụ công trực tuyến mức độ 4 của/ });
    await frame.getByRole('button', { name: 'Bảng số liệu' }).click();
    return frame.getByRole('table').getByRole('columnheader').allTextContents();
  };
  const before = await headersOfTable();
  expect(before.slice(-4)).toEqual(['Cả nước', ...chosen]);

  await page.reload();
  await waitForFeeds(page);
  expect(page.url()).toBe(url);
  expect(await headersOfTable()).toEqual(before);
  // The chart draws a line per compared entity, each labelled at its end.
  await page
    .getByRole('figure', { name: /Tỷ lệ dịch vụ công trực tuyến mức độ 4 của/ })
    .getByRole('button', { name: 'Biểu đồ' })
    .click();
  for (const name of ['Cả nước', ...chosen]) {
    await expect(page.locator('.chart-end-label', { hasText: name })).toHaveCount(1);
  }
  expect(consoleErrors).toEqual([]);
});
