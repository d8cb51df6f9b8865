import { expect, expectNoAxeViolations, test, waitForFeeds } from './fixtures';

test.describe('the unit page', () => {
  test('a provincial board finds its province, its rank and the gap to the next, and lands on it next time', async ({
    page,
    context,
    consoleErrors,
  }) => {
    // The board opens the province ranking from the navigation and finds its province there.
    await page.goto('/');
    await waitForFeeds(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Xếp hạng tỉnh, thành' }).click();
    await waitForFeeds(page);
    await page
      .getByRole('main')
      .getByRole('table')
      .getByRole('link', { name: 'Hà Tĩnh', exact: true })
      .click();

    await expect(page).toHaveURL(/\/units\/42$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Hà Tĩnh' })).toBeVisible();
    await waitForFeeds(page);
    const rank = page.getByRole('region', {
      name: 'Thứ hạng về tỷ lệ dịch vụ công trực tuyến mức độ 4',
    });
    await expect(rank).toContainText('Hạng 45/63 tỉnh, thành phố');
    await expect(rank).toContainText('giảm 1 bậc so với 07/2020 (hạng 44)');
    await expect(rank).toContainText('Cần thêm 0,3 điểm % để bằng Hòa Bình (hạng 44).');
    const level4 = page.getByRole('region', {
      name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
      exact: true,
    });
    await expect(level4).toContainText('cần +4,5 điểm %/tháng, đang +0,8 điểm %/tháng');

    const mine = page.getByRole('button', { name: 'Đơn vị của tôi' });
    await expect(mine).toHaveAttribute('aria-pressed', 'false');
    await mine.click();
    await expect(mine).toHaveAttribute('aria-pressed', 'true');

    // A new visit (a new tab: a new browser session) opens the dashboard on Hà Tĩnh.
    const next = await context.newPage();
    const nextErrors: string[] = [];
    next.on('pageerror', (e) => nextErrors.push(e.message));
    next.on('console', (m) => {
      if (m.type() === 'error') nextErrors.push(m.text());
    });
    await next.goto('/');
    await expect(next).toHaveURL(/\/units\/42$/);
    await expect(next.getByRole('heading', { level: 1, name: 'Hà Tĩnh' })).toBeVisible();
    await expect(next.getByRole('button', { name: 'Đơn vị của tôi' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // … and the overview is still one click away.
    await next
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Tổng quan' })
      .click();
    await expect(next).toHaveURL(/\/$/);
    await expect(next.getByRole('heading', { level: 1, name: 'Hà Tĩnh' })).toHaveCount(0);
    // A reload in the same session stays on the overview. (Feeds settle first: MSW lets go of a
    // page as it unloads, and a feed still in flight would then reach the server as a 404.)
    await waitForFeeds(next);
    await next.reload();
    await expect(next).toHaveURL(/\/$/);
    await expect(next.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(next.getByRole('heading', { level: 1, name: 'Hà Tĩnh' })).toHaveCount(0);

    expect(consoleErrors).toEqual([]);
    expect(nextErrors).toEqual([]);
  });

  for (const lang of ['vi', 'en'] as const) {
    test(`axe-core finds no violations on a unit page (${lang})`, async ({
      page,
      consoleErrors,
    }) => {
      await page.goto(`/units/42?lang=${lang}`);
      await waitForFeeds(page);
      await expect(
        page.getByRole('heading', { level: 1, name: lang === 'vi' ? 'Hà Tĩnh' : 'Ha Tinh' }),
      ).toBeVisible();
      await expect(page.getByRole('figure').first()).toBeVisible();
      await expectNoAxeViolations(page);
      expect(consoleErrors).toEqual([]);
    });
  }
});
