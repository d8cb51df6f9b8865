import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { holdEveryFeed, serveUnits, UNITS, type FixtureUnit } from './small-registry';
import { renderApp } from '../support/render-app';
import { moveOf } from '../support/rank-move';
import { NOT_ALL_IN } from '../support/not-all-in';

// The first test also loads the lazy route; jsdom is slow, so allow more than the default 5 s.
vi.setConfig({ testTimeout: 20_000 });

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const serve = (units: FixtureUnit[]) => serveUnits(server, units);

async function ranking(path: string, units = UNITS) {
  serve(units);
  const user = userEvent.setup();
  const app = renderApp(path);
  const table = await screen.findByRole('table', {}, { timeout: 5000 });
  await waitFor(() => expect(screen.queryByText(NOT_ALL_IN)).toBeNull());
  return { ...app, user, table };
}

function order() {
  return within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);
}

function rowOf(name: string) {
  return screen.getByRole('rowheader', { name }).closest('tr')!;
}

function header(name: RegExp) {
  return screen.getByRole('columnheader', { name });
}

describe('ranking order (contract §5)', () => {
  it('ranks at 0.1 pp with shared ranks, ties by Vietnamese name, unranked after', async () => {
    const { table } = await ranking('/rankings/provinces');
    expect(table).toHaveAccessibleName(
      'Xếp hạng tỉnh, thành phố theo tỷ lệ DVC mức độ 4 — số liệu đến 08/2020',
    );
    expect(order()).toEqual([
      'Bạc Liêu',
      'An Giang',
      'Bắc Giang',
      'Đà Nẵng',
      'Cà Mau',
      'Hà Nội',
      'Yên Bái',
    ]);
    const ranks = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]!.textContent);
    expect(ranks).toEqual([
      '1',
      '2',
      '2',
      '4',
      '–Chưa xếp hạng: Chưa báo cáo',
      '–Chưa xếp hạng: Không có dịch vụ (tổng số 0): không có tỷ lệ',
      '–Chưa xếp hạng: Lỗi nguồn số liệu: Lỗi HTTP 404',
    ]);
    expect(rowOf('An Giang')).toHaveTextContent('23,4%');
    expect(rowOf('Bắc Giang')).toHaveTextContent('23,4%');
    expect(header(/^Hạng/)).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByText(/Xếp hạng 4\/7 tỉnh, thành phố có số liệu kỳ này/)).toBeVisible();
  });

  it('never shows a missing value as 0, and never a failed feed as "not reported" (★)', async () => {
    await ranking('/rankings/provinces');
    expect(rowOf('Cà Mau')).toHaveTextContent('Chưa báo cáo');
    expect(rowOf('Yên Bái')).toHaveTextContent('Lỗi nguồn số liệu: Lỗi HTTP 404');
    expect(rowOf('Yên Bái')).not.toHaveTextContent('Chưa báo cáo');
    // 0 services is reported, but a rate of 0 services does not exist.
    expect(rowOf('Hà Nội')).toHaveTextContent('Không có dịch vụ (tổng số 0)');
    expect(rowOf('Hà Nội')).not.toHaveTextContent(/0,0%/);
  });

  it('shows rank changes with arrow, number and words', async () => {
    await ranking('/rankings/provinces');
    expect(moveOf(rowOf('Bạc Liêu'))).toBe('▲ 2');
    expect(rowOf('Bạc Liêu')).toHaveTextContent('lên 2 bậc so với kỳ trước (hạng 3)');
    expect(moveOf(rowOf('An Giang'))).toBe('▼ 1');
    expect(rowOf('An Giang')).toHaveTextContent('xuống 1 bậc so với kỳ trước (hạng 1)');
    expect(rowOf('Bắc Giang')).toHaveTextContent('giữ nguyên hạng so với kỳ trước');
    expect(rowOf('Cà Mau')).toHaveTextContent('thiếu hạng ở một trong hai kỳ');
  });

  it('shows each unit’s flags', async () => {
    await ranking('/rankings/provinces');
    expect(within(rowOf('Đà Nẵng')).getByText('Nhóm 10% thấp nhất')).toBeVisible();
    expect(within(rowOf('Bắc Giang')).getByText('Chưa kết nối nền tảng')).toBeVisible();
    expect(within(rowOf('Yên Bái')).getByText('Số liệu không cập nhật')).toBeVisible();
  });
});

describe('sorting', () => {
  it('sorts by name in Vietnamese collation, then reverses; aria-sort and the URL follow', async () => {
    const { user, router } = await ranking('/rankings/provinces');
    await user.click(screen.getByRole('button', { name: /^Tỉnh, thành phố/ }));
    expect(order()).toEqual([
      'An Giang',
      'Bạc Liêu',
      'Bắc Giang',
      'Cà Mau',
      'Đà Nẵng',
      'Hà Nội',
      'Yên Bái',
    ]);
    expect(header(/^Tỉnh, thành phố/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/^Hạng/)).not.toHaveAttribute('aria-sort');
    expect(router.state.location.search).toBe('?sort=name&dir=asc');

    await user.click(screen.getByRole('button', { name: /^Tỉnh, thành phố/ }));
    expect(order()).toEqual([
      'Yên Bái',
      'Hà Nội',
      'Đà Nẵng',
      'Cà Mau',
      'Bắc Giang',
      'Bạc Liêu',
      'An Giang',
    ]);
    expect(header(/^Tỉnh, thành phố/)).toHaveAttribute('aria-sort', 'descending');
    expect(router.state.location.search).toBe('?sort=name&dir=desc');
  });

  it('reverses the rank, keeping tied units A→Z and unranked units last', async () => {
    const { user } = await ranking('/rankings/provinces');
    await user.click(screen.getByRole('button', { name: /^Hạng/ }));
    expect(header(/^Hạng/)).toHaveAttribute('aria-sort', 'descending');
    expect(order()).toEqual([
      'Đà Nẵng',
      'An Giang',
      'Bắc Giang',
      'Bạc Liêu',
      'Cà Mau',
      'Hà Nội',
      'Yên Bái',
    ]);
  });

  it('sorts a value column highest first, then lowest first, missing values last', async () => {
    const { user, router } = await ranking('/rankings/provinces');
    await user.click(screen.getByRole('button', { name: /^DVC mức độ 3 và 4/ }));
    expect(header(/^DVC mức độ 3 và 4/)).toHaveAttribute('aria-sort', 'descending');
    expect(order().slice(0, 3)).toEqual(['Đà Nẵng', 'Bắc Giang', 'Bạc Liêu']);
    await user.click(screen.getByRole('button', { name: /^DVC mức độ 3 và 4/ }));
    expect(order()).toEqual([
      'Bạc Liêu',
      'Bắc Giang',
      'Đà Nẵng',
      'An Giang',
      'Cà Mau',
      'Hà Nội',
      'Yên Bái',
    ]);
    expect(router.state.location.search).toBe('?sort=level34Rate&dir=asc');
  });

  it('sorts by the number of flags, most first', async () => {
    const { user } = await ranking('/rankings/provinces');
    await user.click(screen.getByRole('button', { name: /^Cảnh báo/ }));
    // One flag each: Bắc Giang, Cà Mau, Đà Nẵng, Yên Bái (A→Z); then none.
    expect(order()).toEqual([
      'Bắc Giang',
      'Cà Mau',
      'Đà Nẵng',
      'Yên Bái',
      'An Giang',
      'Bạc Liêu',
      'Hà Nội',
    ]);
  });

  it('opens the sort a URL gives', async () => {
    await ranking('/rankings/provinces?sort=level4Rate&dir=asc');
    expect(header(/^DVC mức độ 4/)).toHaveAttribute('aria-sort', 'ascending');
    expect(order()).toEqual([
      'Đà Nẵng',
      'An Giang',
      'Bắc Giang',
      'Bạc Liêu',
      'Cà Mau',
      'Hà Nội',
      'Yên Bái',
    ]);
  });
});

describe('filters', () => {
  it('filters by region, units without a known region under “Không xác định”', async () => {
    const { user, router, table } = await ranking('/rankings/provinces');
    const region = screen.getByRole('combobox', { name: 'Vùng' });
    expect(
      within(region)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Tất cả các vùng',
      'Đồng bằng sông Hồng (3)',
      'Tây Nguyên (2)',
      'Không xác định (2)',
    ]);
    await user.selectOptions(region, 'Đồng bằng sông Hồng (3)');
    expect(order()).toEqual(['Bạc Liêu', 'Bắc Giang', 'Yên Bái']);
    expect(table).toHaveAccessibleName(
      'Xếp hạng tỉnh, thành phố theo tỷ lệ DVC mức độ 4 (vùng Đồng bằng sông Hồng) — số liệu đến 08/2020',
    );
    expect(screen.getByText('3 đơn vị')).toBeVisible();
    expect(router.state.location.search).toBe('?region=red-river-delta');

    await user.selectOptions(region, 'Không xác định (2)');
    expect(order()).toEqual(['An Giang', 'Hà Nội']);
    // Ranks stay those of the whole kind.
    expect(rowOf('An Giang')).toHaveTextContent(/^2/);
  });

  it('filters by flag, and says so when nothing matches', async () => {
    const { user } = await ranking('/rankings/provinces');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Cảnh báo' }),
      'Nhóm 10% thấp nhất (1)',
    );
    expect(order()).toEqual(['Đà Nẵng']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Vùng' }),
      'Đồng bằng sông Hồng (0)',
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Không có đơn vị nào khớp với bộ lọc đã chọn.')).toBeVisible();
    expect(screen.getByText('0 đơn vị')).toBeVisible();
    await user.click(screen.getAllByRole('button', { name: 'Bỏ lọc' })[0]!);
    expect(order()).toHaveLength(7);
  });

  it('ranks on another indicator chosen in the select, which has no target', async () => {
    const { user, router, table } = await ranking('/rankings/provinces');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Xếp hạng theo' }),
      'Tỷ lệ dịch vụ công trực tuyến mức độ 3 và 4',
    );
    expect(table).toHaveAccessibleName(
      'Xếp hạng tỉnh, thành phố theo tỷ lệ DVC mức độ 3 và 4 — số liệu đến 08/2020',
    );
    expect(order().slice(0, 3)).toEqual(['Đà Nẵng', 'Bắc Giang', 'Bạc Liêu']);
    expect(rowOf('Đà Nẵng')).toHaveTextContent(/^1/);
    expect(screen.queryByRole('columnheader', { name: /Mục tiêu/ })).toBeNull();
    expect(screen.getByText(/chưa đặt mục tiêu cho chỉ tiêu này/)).toBeVisible();
    expect(router.state.location.search).toBe('?indicator=level34Rate');
  });
});

describe('in English', () => {
  it('uses English names, collation, words and numbers', async () => {
    const { table } = await ranking('/rankings/provinces?lang=en&sort=name');
    expect(table).toHaveAccessibleName(
      'Provinces ranked by level-4 online service rate — data as of Aug 2020',
    );
    expect(order()).toEqual([
      'An Giang',
      'Bac Giang',
      'Bac Lieu',
      'Ca Mau',
      'Da Nang',
      'Ha Noi',
      'Yen Bai',
    ]);
    expect(rowOf('Bac Lieu')).toHaveTextContent('30.0%');
    expect(rowOf('Bac Lieu')).toHaveTextContent('up 2 since last period (was 3)');
    expect(rowOf('Ca Mau')).toHaveTextContent('Not reported');
    expect(screen.getByText('7 units')).toBeVisible();
  });
});

describe('states', () => {
  it('says the figures are provisional while feeds still load', async () => {
    serve(UNITS.map((u) => (u.id === '15' ? { ...u, feed: 'hang' as const } : u)));
    renderApp('/rankings/provinces');
    expect(
      await screen.findByText(
        'Mới tính trên 7/8 nguồn — số liệu tạm thời, thứ hạng có thể còn thay đổi.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(rowOf('Yên Bái')).toHaveTextContent('Đang tải');
    expect(rowOf('Yên Bái')).not.toHaveTextContent('Chưa báo cáo');
  });

  it('says it is waiting for the feeds, not "from 0 of 8", while every feed still loads', async () => {
    const release = holdEveryFeed(server, UNITS);
    const { unmount } = renderApp('/rankings/provinces');
    expect(
      await screen.findByText(
        'Đang chờ các nguồn số liệu — thứ hạng sẽ hiện khi số liệu về.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.queryByText(/Mới tính trên 0\//)).toBeNull();
    unmount();
    release();
  });

  it('shows an error, not an empty ranking, when every feed of the kind failed', async () => {
    serve(UNITS.map((u) => (u.kind === 'province' ? { ...u, feed: 'fail' as const } : u)));
    renderApp('/rankings/provinces');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Không tải được số liệu của tỉnh, thành phố nào');
    expect(within(alert).getByRole('link', { name: 'Xem tình trạng dữ liệu' })).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('ranks the ministries on their own, without a region filter', async () => {
    const { table } = await ranking('/rankings/ministries');
    expect(table).toHaveAccessibleName(
      'Xếp hạng bộ, ngành theo tỷ lệ DVC mức độ 4 — số liệu đến 08/2020',
    );
    expect(order()).toEqual(['Bộ Tài chính']);
    expect(screen.queryByRole('combobox', { name: 'Vùng' })).toBeNull();
  });

  it('says a kind of ranking does not exist, with links to those that do', async () => {
    serve(UNITS);
    renderApp('/rankings/districts?lang=en');
    expect(await screen.findByRole('heading', { name: 'No such ranking' })).toBeVisible();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Province rankings' })).toHaveAttribute(
      'href',
      '/rankings/provinces?lang=en',
    );
    expect(within(main).getByRole('link', { name: 'Ministry rankings' })).toHaveAttribute(
      'href',
      '/rankings/ministries?lang=en',
    );
  });
});
