import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test, waitForFeeds } from './fixtures';
import {
  APP,
  APP_PORT,
  FOREIGN,
  FOREIGN_FEED,
  UNITS,
  startHostileServers,
  type HostileServers,
} from './hostile-fixture';

/**
 * Issue 18: the production build pointed (through config.json) at a publisher that tries every
 * attack of the issue, served on 127.0.0.1:4218 (or E2E_HOSTILE_PORT), with 127.0.0.1:4219 (or
 * E2E_FOREIGN_PORT) standing in for another origin. No CSP is sent, so only the client's own
 * checks stop the foreign numbers. The servers live on fixed ports, so this file's tests run one
 * after another in one worker.
 */
test.describe.configure({ mode: 'serial' });

let servers: HostileServers;
test.beforeAll(async () => {
  servers = await startHostileServers();
});
test.afterAll(async () => {
  await servers.close();
});

/** The browser's own lines for the requests the attacks make fail; anything else is a failure. */
function unexpected(consoleErrors: string[]): string[] {
  return consoleErrors.filter(
    (e) => !/^console: Failed to load resource|net::ERR_|Access to fetch/.test(e),
  );
}

function feedRow(page: Page, unitName: string) {
  return page
    .getByRole('table', { name: /Nguồn số liệu của từng đơn vị/ })
    .getByRole('row')
    .filter({
      has: page.getByRole('rowheader').getByRole('link', { name: unitName, exact: true }),
    });
}

/** A click answered within 2 s: the page is responsive, whatever the feeds did. */
async function expectResponsive(click: () => Promise<void>, answered: () => Promise<void>) {
  await click();
  await answered();
}

test('Data health names the reason of every attack, and the sound units load', async ({
  page,
  consoleErrors,
}) => {
  await page.goto(`${APP}/data`);
  await waitForFeeds(page);

  const reasons: [string, string | RegExp][] = [
    [UNITS.redirect.name.vi, `Chuyển hướng bị từ chối: ${FOREIGN_FEED}`],
    // Where it led is hidden from the page: the address asked is named.
    [UNITS.dataRedirect.name.vi, `Chuyển hướng bị từ chối: ${APP}/fixture/feeds/data.json`],
    [UNITS.bomb.name.vi, 'Tệp quá lớn'],
    [UNITS.big.name.vi, 'Tệp quá lớn'],
    [UNITS.flood.name.vi, 'Quá nhiều kỳ báo cáo không hợp lệ: 120.000'],
    [
      UNITS.credentials.name.vi,
      // Without its credentials, which may be a password.
      `Địa chỉ bị từ chối: http://…@127.0.0.1:${APP_PORT}/`,
    ],
    [UNITS.huge.name.vi, 'Có 1 kỳ báo cáo bị loại'],
    [UNITS.longAddress.name.vi, 'Địa chỉ bị từ chối: javascript:aaaa'],
    [UNITS.ok1.name.vi, 'Bình thường'],
    ['Bình Dương', 'Bình thường'],
  ];
  for (const [name, reason] of reasons) {
    await expect(feedRow(page, name), name).toContainText(reason);
  }
  // The 3 MB address is shortened, never printed whole.
  const longRow = await feedRow(page, UNITS.longAddress.name.vi).innerText();
  expect(longRow.length).toBeLessThan(1000);
  expect(longRow).toContain('…');
  expect((await page.locator('body').innerText()).length).toBeLessThan(200_000);

  const problems = page.getByRole('table', { name: /Các mục của danh mục/ });
  await expect(problems.getByRole('row').filter({ hasText: 'Mã không hợp lệ' })).toHaveCount(2);
  await expect(problems).toContainText('Tên dài quá 200 ký tự');
  await expect(problems).toContainText('Tên có ký tự điều khiển');
  await expect(problems).toContainText('Hai mục tiêu cùng chỉ tiêu và cùng hạn');
  await expect(problems).toContainText('level4Rate, 2020-12');

  const documents = page.getByRole('region', { name: 'Danh mục và tài liệu chung' });
  // In the page's language, each with the field, the rule and the value found.
  for (const reason of [
    'Mục thứ 2 (bad-huge) bị loại: “series.value (2020-07)” không phải một số hợp lý (nhận được 1e+308)',
    'Mục thứ 3 (bad-rank) bị loại: “of” phải là số nguyên từ 1 đến 1.000.000.000 (nhận được 0)',
    'Mục thứ 4 (egdi) bị loại: “id” trùng với một mục trước (nhận được "egdi")',
    '“series.period” phải là một tháng có thật, dạng YYYY-MM, từ 2000-01 đến 2099-12 (nhận được "0001-01")',
    'Mục thứ 2 (repeat) bị loại: “order” liệt kê một đơn vị hơn một lần (nhận được "42")',
  ]) {
    await expect(documents).toContainText(reason);
  }

  // Responsive: the status filter answers at once.
  await expectResponsive(
    () =>
      page
        .getByLabel('Trạng thái', { exact: true })
        .selectOption('failed')
        .then(() => undefined),
    async () => {
      await expect(feedRow(page, UNITS.ok1.name.vi)).toHaveCount(0, { timeout: 2000 });
      await expect(feedRow(page, UNITS.flood.name.vi)).toHaveCount(1, { timeout: 2000 });
    },
  );
  expect(unexpected(consoleErrors)).toEqual([]);
});

test('nothing foreign is accepted: the redirected feed has no figures, the headline is not 100 %', async ({
  page,
  consoleErrors,
}) => {
  await page.goto(`${APP}/rankings/provinces`);
  await waitForFeeds(page);
  const row = page
    .getByRole('main')
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: UNITS.redirect.name.vi, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText('100,0');
  await expect(page.getByRole('main')).toContainText('Hà Tĩnh');

  // The rankings' CSV, read with `,`, `;` and tab as the separator: no cell is a live formula.
  await page
    .getByRole('main')
    .getByRole('button', { name: /^Tải xuống \/ chia sẻ/ })
    .first()
    .click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('menuitem', { name: 'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)', exact: true })
      .click(),
  ]);
  const csv = (await readFile(await file.path())).toString('utf8').replace(/^\uFEFF/, '');
  expect(csv).toContain('Ha Noi;');
  for (const delimiter of [',', ';', '\t']) {
    const cells = Papa.parse<string[]>(csv, { delimiter, newline: '\r\n' }).data.flat();
    const live = cells
      .flatMap((cell) => cell.split(/\r\n|\r|\n/))
      .filter((cell) => /^[ "]*[=+\-@\t\r\n]/.test(cell) && !/^-?\d+(?:[.,]\d+)?$/.test(cell));
    expect(live, `read with ${JSON.stringify(delimiter)}`).toEqual([]);
  }

  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tổng quan' })
    .click();
  // The five sound provinces: (605 + 505 + 705 + 405 + 305) / 9,000 = 28.06 %. Had the
  // redirected feed's 2,000 of 2,000 been taken, the nation would read 41.1 %.
  await expect(page.getByRole('main')).toContainText('28,1% vào 08/2020');
  await expect(page.getByRole('main')).not.toContainText('41,1%');
  await expect(page.getByRole('main')).not.toContainText('100,0%');
  expect(unexpected(consoleErrors)).toEqual([]);
});

test('no sentence is reversed by a direction override in a name', async ({ page }) => {
  // One load, then the app's own links: each load of this publisher waits out its slow feeds.
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  const screens: [string, () => Promise<unknown>][] = [
    ['/', () => page.goto(`${APP}/`)],
    ['/rankings/provinces', () => nav.getByRole('link', { name: 'Xếp hạng tỉnh, thành' }).click()],
    ['/data', () => nav.getByRole('link', { name: 'Tình trạng dữ liệu' }).click()],
    ['/units/74', () => page.getByRole('main').locator('a[href^="/units/74"]').first().click()],
  ];
  for (const [path, open] of screens) {
    await open();
    await expect(page).toHaveURL(new RegExp(`^${APP}${path}(\\?|$)`));
    await waitForFeeds(page);
    const text = await page.locator('body').innerText();
    expect(text, path).not.toMatch(/[\u202A-\u202E\u2066\u2067]/);
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bình Dương');
});

test('the flooded unit page stays responsive, the implausible count is named', async ({ page }) => {
  await page.goto(`${APP}/units/FLD`);
  await waitForFeeds(page);
  await expect(page.getByRole('main')).toContainText('Quá nhiều kỳ báo cáo không hợp lệ: 120.000');
  await expectResponsive(
    () =>
      page
        .getByRole('link', { name: /Tình trạng dữ liệu|Xem tình trạng/ })
        .first()
        .click(),
    () => expect(page).toHaveURL(/\/data/, { timeout: 2000 }),
  );

  await page.goto(`${APP}/units/HUG`);
  await waitForFeeds(page);
  await expect(page.getByRole('main')).toContainText('phải là số nguyên từ 0 đến 1.000.000.000');
});

test('a registry address that redirects to another origin is refused at start-up', async ({
  page,
}) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { registry: 'fixture/registry-redirect.json', defaultLocale: 'vi' } }),
  );
  await page.goto(`${APP}/`);
  await expect(page.getByText(`Chuyển hướng bị từ chối: ${FOREIGN}/registry.json`)).toBeVisible();
  await expect(page.getByText('Đơn vị lạ')).toHaveCount(0);
});
