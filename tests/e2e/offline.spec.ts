import { STATIC_BASE_URL } from '../../playwright.config';
import { expect, test, waitForFeeds } from './fixtures';

/**
 * The static-feeds deployment (a real backend of JSON files), where the offline app shell is
 * installed. Mock mode has no shell: MSW's worker owns the scope there.
 */
const HEADLINE = 'Tỷ lệ dịch vụ công trực tuyến mức độ 4';

test('offline: after one online visit, a reload with no network shows the last good data and says how old it is; back online it is replaced', async ({
  page,
  context,
  consoleErrors,
}) => {
  // 25/08/2020 17:00 in Hà Nội: the evening before the committee's meeting.
  await page.clock.install({ time: new Date('2020-08-25T10:00:00Z') });
  await page.goto(`${STATIC_BASE_URL}/?period=2020-02`);
  await waitForFeeds(page);
  const headline = page.getByRole('region', { name: HEADLINE });
  await expect(headline).toContainText('10,7%');
  await expect(headline).toContainText('85/85');

  // The shell is installed (config.json cached) and the last good data saved in IndexedDB.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        const config = await caches.match(new URL('config.json', location.href).href, {
          ignoreSearch: true,
          ignoreVary: true,
        });
        return config !== undefined;
      }),
    )
    .toBe(true);
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('egov-dashboard');
              open.onerror = () => resolve(-1);
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('query-cache')) return resolve(0);
                const get = db
                  .transaction('query-cache')
                  .objectStore('query-cache')
                  .get('last-good-data');
                get.onsuccess = () => {
                  const text = get.result as string | undefined;
                  if (!text) return resolve(0);
                  const saved = JSON.parse(text) as {
                    clientState: { queries: { queryKey: unknown[] }[] };
                  };
                  resolve(saved.clientState.queries.filter((q) => q.queryKey[0] === 'feed').length);
                };
                get.onerror = () => resolve(-1);
              };
            }),
        ),
      { timeout: 15_000 },
    )
    .toBe(85);

  await context.setOffline(true);
  await page.reload();
  // Some Chromium builds (150 here) tell a document the service worker served while offline that
  // it is online: emulating "offline" again for the new document makes navigator.onLine false and
  // fires `offline`, as a browser really without a network says from the start.
  const network = await context.newCDPSession(page);
  await network.send('Network.emulateNetworkConditions', {
    offline: true,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });

  await expect(
    page.getByText('Đang ngoại tuyến — số liệu tính đến 25/08/2020 17:00'),
  ).toBeVisible();
  await expect(headline).toContainText('10,7%');
  await expect(headline).toContainText('Tính trên 85/85 đơn vị có báo cáo');

  // Per feed, on Data health: each shows the copy it is showing and when it arrived.
  await page.getByRole('link', { name: 'Tình trạng dữ liệu' }).first().click();
  const hanoi = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Hà Nội' }) });
  await expect(hanoi).toContainText('Bình thường');
  await expect(hanoi).toContainText('Đang hiển thị bản lưu nhận lúc 25/08/2020 17:00.');

  // Back online: the feeds are fetched again and, once they validate, replace the saved copy.
  await network.detach();
  await context.setOffline(false);
  await expect(page.getByText(/Đang ngoại tuyến/)).toHaveCount(0);
  await expect(hanoi).not.toContainText('bản lưu', { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: /Đang cập nhật|Đang tải/ })).toHaveCount(
    0,
    { timeout: 20_000 },
  );

  expect(consoleErrors).toEqual([]);
});
