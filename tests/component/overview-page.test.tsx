import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { captureDownloads, type Download } from '../support/captured-downloads';
import { renderApp, TEST_REGISTRY_URL } from '../support/render-app';

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Files handed to the browser's downloads. */
const saved: Download[] = [];
beforeEach(() => captureDownloads(saved));
afterEach(() => vi.restoreAllMocks());

/** The overview of February 2020, once its province map shows An Giang's figure. */
async function provinceMap() {
  renderApp('/?period=2020-02');
  const map = await screen.findByRole(
    'figure',
    { name: /Bản đồ tỉnh, thành phố/ },
    { timeout: 5000 },
  );
  await within(map).findByRole('link', { name: 'An Giang: 33,0%' }, { timeout: 5000 });
  return map;
}

describe('overview (first page)', { timeout: 20_000 }, () => {
  it('shows the national level-4 rate of the period with its coverage', async () => {
    renderApp('/?period=2020-02');
    const card = await screen.findByRole('region', {
      name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    });
    expect(
      await within(card).findByText('Tính trên 85/85 đơn vị có báo cáo', {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(within(card).getByText('10,7%')).toBeVisible();
  });

  it("lists every province with its level-4 rate and rank in the map's table", async () => {
    const user = userEvent.setup();
    const map = await provinceMap();
    await user.click(within(map).getByRole('button', { name: 'Bảng số liệu' }));
    const table = within(map).getByRole('table', { name: /Số liệu đến 02\/2020/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(64);
    const anGiang = within(table).getByRole('rowheader', { name: 'An Giang' }).closest('tr')!;
    expect(anGiang).toHaveTextContent('33,0%');
    expect(within(anGiang).getAllByRole('cell')[0]).toHaveTextContent('1');
  });

  it("names the map's export as a map, apart from the ranking of the same indicator", async () => {
    const user = userEvent.setup();
    const map = await provinceMap();
    await user.click(within(map).getByRole('button', { name: /^Tải xuống \/ chia sẻ/ }));
    await user.click(
      screen.getByRole('menuitem', { name: 'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)' }),
    );
    await within(map).findByText(/^Đã tạo tệp/, {}, { timeout: 5000 });
    // The provinces' ranking of the level-4 rate is ty-le-dvc-muc-do-4_tinh_2020-02.csv.
    expect(saved.map((s) => s.name)).toEqual(['ban-do_tinh_ty-le-dvc-muc-do-4_2020-02.csv']);
  });

  it('switches to English numbers and words from the URL', async () => {
    renderApp('/?period=2020-02&lang=en');
    const card = await screen.findByRole('region', { name: 'Level-4 online public services' });
    expect(
      await within(card).findByText('Based on 85 of 85 reporting units', {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(within(card).getByText('10.7%')).toBeVisible();
  });

  it('says the registry failed instead of showing an empty dashboard', async () => {
    server.use(http.get(TEST_REGISTRY_URL, () => new HttpResponse('down', { status: 503 })));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Không tải được danh mục nguồn số liệu: Lỗi HTTP 503.',
    );
  });
});
