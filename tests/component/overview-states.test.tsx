import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { scenarioFor } from '../../mocks/scenarios/scenario-for';
import { renderApp, TEST_REGISTRY_URL } from '../support/render-app';

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const FEEDS = 'http://localhost/mock-api/feeds/';
const LEVEL4 = 'Tỷ lệ dịch vụ công trực tuyến mức độ 4';
const SETTLED = { timeout: 10_000 };
const registry = scenarioFor('default').registry() as Record<string, unknown>;

/** The overview with every feed settled (the figures are no longer provisional). */
async function settled() {
  await screen.findByRole('heading', { level: 1, name: /Tổng quan|Overview/ }, SETTLED);
  await waitFor(
    () => expect(screen.queryByText(/số liệu tạm thời|figures are provisional/)).toBeNull(),
    SETTLED,
  );
  // The sections after the cards arrive in a render of their own (AfterFirstPaint).
  await screen.findByRole('heading', { level: 2, name: /Chậm tiến độ|Laggards/ }, SETTLED);
}

describe('overview, loaded', { timeout: 30_000 }, () => {
  it('has a card for every indicator with a target, with value, target, status, change and coverage', async () => {
    renderApp('/?period=2020-02');
    await settled();
    const cards = within(screen.getByRole('region', { name: 'Chỉ tiêu và mục tiêu' }));
    const titles = cards.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([
      LEVEL4,
      'Nền tảng tích hợp, chia sẻ dữ liệu kết nối quốc gia',
      'Trung tâm giám sát an toàn, an ninh mạng (SOC)',
      'Kết nối Trục liên thông văn bản quốc gia',
      'Kết nối Cổng Dịch vụ công quốc gia',
    ]);
    const level4 = within(screen.getByRole('region', { name: LEVEL4 }));
    expect(level4.getByText('10,7%')).toBeVisible();
    expect(level4.getByText('Mục tiêu 30% đến 12/2020')).toBeVisible();
    expect(level4.getByText('Chậm tiến độ')).toBeVisible();
    expect(level4.getByText(/^[+-]\d+,\d điểm % so với 01\/2020$/)).toBeVisible();
    expect(level4.getByText('Tính trên 85/85 đơn vị có báo cáo')).toBeVisible();
  });

  it('says "provinces" in the coverage when the scope is the provinces, and keeps it in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?period=2020-02');
    await settled();
    await user.click(screen.getByRole('button', { name: 'Tỉnh, thành phố' }));
    expect(router.state.location.search).toContain('kind=province');
    const level4 = within(screen.getByRole('region', { name: LEVEL4 }));
    expect(level4.getByText('Tính trên 63/63 tỉnh, thành phố')).toBeVisible();
  });

  it('counts laggards per rule, each a link to the laggards page with that rule', async () => {
    renderApp('/?period=2020-02&lang=vi');
    await settled();
    const summary = within(screen.getByRole('region', { name: 'Chậm tiến độ' }));
    const stalled = summary.getByRole('link', { name: /Án binh bất động \d+ đơn vị/ });
    expect(stalled).toHaveAttribute('href', '/laggards?lang=vi&period=2020-02&flag=stalled');
    const byRule = within(summary.getByRole('list', { name: 'Theo tiêu chí' }));
    expect(byRule.getAllByRole('link')).toHaveLength(6);
    const worst = within(summary.getByRole('list', { name: 'Đơn vị chậm nhất' }));
    const units = worst.getAllByRole('link');
    expect(units).toHaveLength(5);
    const firstUnit = units[0]!;
    expect(firstUnit.getAttribute('href')).toMatch(/^\/units\/[^?]+\?lang=vi&period=2020-02$/);
  });

  it('colours the provinces on a tile map whose tiles name their value and open the unit', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?period=2020-02');
    await settled();
    const map = screen.getByRole('group', {
      name: `Bản đồ ô vuông các tỉnh, thành phố: ${LEVEL4}`,
    });
    const tiles = within(map).getAllByRole('link');
    expect(tiles).toHaveLength(63);
    const anGiang = within(map).getByRole('link', { name: 'An Giang: 33,0%' });
    await user.click(anGiang);
    await waitFor(() => expect(router.state.location.pathname).toBe('/units/89'));
    expect(router.state.location.search).toBe('?period=2020-02');
  });

  it('shows the national figures and where a province stands in a published ranking', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await settled();
    const egdi = await screen.findByRole('region', {
      name: 'Xếp hạng Chính phủ điện tử của Liên Hợp Quốc (EGDI)',
    });
    expect(within(egdi).getByText('Hạng 86/193')).toBeVisible();
    expect(within(egdi).getByText('Tăng 2 bậc so với 07/2018')).toBeVisible();
    expect(within(egdi).getByText('Mục tiêu: hạng 78 đến 12/2020 — còn 8 bậc')).toBeVisible();
    const ict = screen.getByRole('region', {
      name: 'Xếp hạng mức độ ứng dụng công nghệ thông tin của các tỉnh, thành phố năm 2019',
    });
    expect(within(ict).getAllByRole('listitem')[0]).toHaveTextContent('Thừa Thiên Huế');
    await user.selectOptions(within(ict).getByRole('combobox'), 'Hà Tĩnh');
    expect(within(ict).getByText('Hà Tĩnh: hạng 44/63')).toBeVisible();
    expect(router.state.location.search).toContain('unit=42');
    // Another period keeps the chosen unit.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kỳ báo cáo' }), '07/2020');
    expect(new URLSearchParams(router.state.location.search).get('period')).toBe('2020-07');
    expect(new URLSearchParams(router.state.location.search).get('unit')).toBe('42');
  });
});

describe('overview, states', { timeout: 30_000 }, () => {
  it('marks the figures provisional while feeds are still loading', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(`${FEEDS}42.json`, async () => {
        await held;
        return HttpResponse.json({ error: 'released' }, { status: 503 });
      }),
    );
    renderApp('/?period=2020-02');
    expect(
      await screen.findByText('Mới tính trên 84/85 nguồn — số liệu tạm thời', {}, SETTLED),
    ).toBeVisible();
    const level4 = within(screen.getByRole('region', { name: LEVEL4 }));
    expect(level4.getByText('Tạm thời')).toBeVisible();
    expect(level4.getByText('Tính trên 84/85 đơn vị có báo cáo (đang tải)')).toBeVisible();
    release();
  });

  it('names the units a failed feed leaves out, linking to data health', async () => {
    server.use(http.get(`${FEEDS}42.json`, () => new HttpResponse('down', { status: 503 })));
    renderApp('/?period=2020-02&kind=province');
    await settled();
    const level4 = within(screen.getByRole('region', { name: LEVEL4 }));
    expect(level4.getByText(/Tính trên 62\/63 tỉnh, thành phố/)).toBeVisible();
    const missing = level4.getByRole('link', { name: 'Thiếu số liệu: Hà Tĩnh' });
    expect(missing).toHaveAttribute('href', '/data?period=2020-02');
    const map = screen.getByRole('group', { name: /Bản đồ ô vuông/ });
    expect(
      within(map).getByRole('link', { name: 'Hà Tĩnh: Lỗi nguồn số liệu: Lỗi HTTP 503' }),
    ).toBeVisible();
  });

  it('reads in English', async () => {
    renderApp('/?period=2020-02&lang=en');
    await settled();
    const level4 = within(screen.getByRole('region', { name: 'Level-4 online public services' }));
    expect(level4.getByText('10.7%')).toBeVisible();
    expect(level4.getByText('Target 30% by Dec 2020')).toBeVisible();
    expect(level4.getByText('Off track')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Laggards', level: 2 })).toBeVisible();
    expect(
      screen.getByRole('group', {
        name: 'Tile map of the provinces: Level-4 online public services',
      }),
    ).toBeVisible();
    expect(await screen.findByText('Rank 88 of 193')).toBeVisible();
  });

  it('shows no cards but still the trend and the map when the registry sets no targets', async () => {
    server.use(http.get(TEST_REGISTRY_URL, () => HttpResponse.json({ ...registry, targets: [] })));
    renderApp('/?period=2020-02');
    await settled();
    expect(
      screen.getByText('Danh mục chưa đặt mục tiêu nào, nên không có thẻ chỉ tiêu.'),
    ).toBeVisible();
    expect(screen.getByText(/chưa đặt mục tiêu\.$/)).toBeVisible();
    const map = screen.getByRole('group', { name: /Bản đồ ô vuông/ });
    expect(within(map).getByRole('link', { name: 'An Giang: 33,0%' })).toBeVisible();
    expect(screen.queryByText(/đạt mục tiêu\)/)).toBeNull();
  });

  it('says when nobody has reported for the period under review', async () => {
    server.use(
      http.get(TEST_REGISTRY_URL, () => HttpResponse.json({ ...registry, asOf: '2020-09' })),
    );
    renderApp('/');
    await settled();
    expect(
      screen.getByText('Chưa có đơn vị nào báo cáo cho kỳ 09/2020. Hãy chọn kỳ báo cáo khác.'),
    ).toBeVisible();
    const level4 = within(screen.getByRole('region', { name: LEVEL4 }));
    expect(level4.getByText('Chưa có số liệu')).toBeVisible();
    expect(level4.getByText('Tính trên 0/85 đơn vị có báo cáo', { exact: false })).toBeVisible();
  });

  it('keeps the page when the national figures fail, with a short note', async () => {
    server.use(
      http.get('http://localhost/mock-api/national.json', () =>
        HttpResponse.json({ error: 'down' }, { status: 500 }),
      ),
    );
    renderApp('/?period=2020-02');
    await settled();
    expect(
      await screen.findByText('Không tải được số liệu quốc gia bổ sung.', {}, SETTLED),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: LEVEL4 })).toBeVisible();
  });

  it('lists provinces the map has no place for beside it, never dropping them', async () => {
    const units = registry.units as Record<string, unknown>[];
    const extra = {
      id: '98',
      kind: 'province',
      name: { vi: 'Tỉnh thử nghiệm', en: 'Test province' },
      feed: 'feeds/98.json',
    };
    server.use(
      http.get(TEST_REGISTRY_URL, () =>
        HttpResponse.json({ ...registry, units: [...units, extra] }),
      ),
      http.get(`${FEEDS}98.json`, () => HttpResponse.json({ error: 'none' }, { status: 404 })),
    );
    renderApp('/?period=2020-02');
    await settled();
    const aside = screen.getByRole('heading', {
      name: 'Không có vị trí trên bản đồ',
    }).parentElement!;
    expect(within(aside).getByRole('link', { name: 'Tỉnh thử nghiệm' })).toHaveAttribute(
      'href',
      '/units/98?period=2020-02',
    );
    expect(aside).toHaveTextContent('Tỉnh thử nghiệm: Lỗi nguồn số liệu: Lỗi HTTP 404');
    const map = screen.getByRole('group', { name: /Bản đồ ô vuông/ });
    expect(within(map).getAllByRole('link')).toHaveLength(63);
  });

  it('shows no extras section when the registry names none', async () => {
    const bare = Object.fromEntries(
      Object.entries(registry).filter(([key]) => key !== 'national' && key !== 'rankings'),
    );
    server.use(http.get(TEST_REGISTRY_URL, () => HttpResponse.json(bare)));
    renderApp('/?period=2020-02');
    await settled();
    expect(screen.queryByRole('heading', { name: 'Chỉ số quốc gia' })).toBeNull();
    expect(screen.getByRole('region', { name: LEVEL4 })).toBeVisible();
  });
});
