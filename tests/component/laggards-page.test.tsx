import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { renderApp } from '../support/render-app';

// The first test also loads the lazy route; jsdom is slow, so allow more than the default 5 s.
vi.setConfig({ testTimeout: 20_000 });

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// The same small registry as the rankings tests. Flags in 08/2020:
//   Bộ Tài chính no-soc and bottom-decile (the only ministry ranked: k = ⌈1 / 10⌉ = 1);
//   one each: Đà Nẵng bottom-decile (10.0 %, 4th of 4 provinces), Bắc Giang no-platform (LGSP
//   being built), Yên Bái stale-feed (its feed fails), Cà Mau stale-feed (newest 06/2020).
// Severity: two flags first; then the gap to 30 %: Đà Nẵng 20 pp, Bắc Giang 6.6 pp; then the
// units without a value, by id: Yên Bái (15), Cà Mau (96).

const API = 'http://localhost/mock-api/';
type Obs = Record<string, unknown> & { period: string };
interface FixtureUnit {
  id: string;
  kind: 'province' | 'ministry';
  vi: string;
  en: string;
  region?: string;
  feed: Obs[] | 'fail' | 'hang';
}

/**
 * Level-4 rate (of 1,000 services) — July → August 2020:
 *   Bạc Liêu 10.0 → 30.0 (rank 3 → 1), An Giang 25.0 → 23.41 (1 → 2), Bắc Giang 20.0 → 23.4
 *   (2 → 2), Đà Nẵng 5.0 → 10.0 (4 → 4); Cà Mau last reported June; Hà Nội reports 0 services;
 *   Yên Bái's feed fails. Level 3 + 4 in August: Đà Nẵng 70.0, Bắc Giang 53.4, Bạc Liêu 40.0.
 */
const UNITS: FixtureUnit[] = [
  {
    id: '24',
    kind: 'province',
    vi: 'Bắc Giang',
    en: 'Bac Giang',
    region: 'red-river-delta',
    feed: [
      { period: '2020-07', servicesTotal: 1000, servicesLevel4: 200 },
      {
        period: '2020-08',
        servicesTotal: 1000,
        servicesLevel4: 234,
        servicesLevel3: 300,
        lgsp: 'building',
      },
    ],
  },
  {
    id: '95',
    kind: 'province',
    vi: 'Bạc Liêu',
    en: 'Bac Lieu',
    region: 'red-river-delta',
    feed: [
      { period: '2020-07', servicesTotal: 1000, servicesLevel4: 100 },
      { period: '2020-08', servicesTotal: 1000, servicesLevel4: 300, servicesLevel3: 100 },
    ],
  },
  {
    id: '89',
    kind: 'province',
    vi: 'An Giang',
    en: 'An Giang',
    feed: [
      { period: '2020-07', servicesTotal: 1000, servicesLevel4: 250 },
      { period: '2020-08', servicesTotal: 10000, servicesLevel4: 2341 },
    ],
  },
  {
    id: '48',
    kind: 'province',
    vi: 'Đà Nẵng',
    en: 'Da Nang',
    region: 'central-highlands',
    feed: [
      { period: '2020-07', servicesTotal: 1000, servicesLevel4: 50 },
      { period: '2020-08', servicesTotal: 1000, servicesLevel4: 100, servicesLevel3: 600 },
    ],
  },
  {
    id: '96',
    kind: 'province',
    vi: 'Cà Mau',
    en: 'Ca Mau',
    region: 'central-highlands',
    feed: [{ period: '2020-06', servicesTotal: 1000, servicesLevel4: 150 }],
  },
  {
    id: '01',
    kind: 'province',
    vi: 'Hà Nội',
    en: 'Ha Noi',
    region: 'ghost-region',
    feed: [{ period: '2020-08', servicesTotal: 0, servicesLevel4: 0 }],
  },
  {
    id: '15',
    kind: 'province',
    vi: 'Yên Bái',
    en: 'Yen Bai',
    region: 'red-river-delta',
    feed: 'fail',
  },
  {
    id: 'MOF',
    kind: 'ministry',
    vi: 'Bộ Tài chính',
    en: 'Ministry of Finance',
    feed: [{ period: '2020-08', servicesTotal: 200, servicesLevel4: 100, soc: false }],
  },
];

function serve(units: FixtureUnit[]) {
  const registry = {
    format: 'egov-kpi-registry/1',
    asOf: '2020-08',
    regions: [
      { id: 'red-river-delta', name: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' } },
      { id: 'central-highlands', name: { vi: 'Tây Nguyên', en: 'Central Highlands' } },
    ],
    units: units.map((u) => ({
      id: u.id,
      kind: u.kind,
      name: { vi: u.vi, en: u.en },
      ...(u.region ? { region: u.region } : {}),
      feed: `feeds/${u.id}.json`,
    })),
    targets: ['level4Rate', 'lgspConnected', 'socOperational'].map((indicator) => ({
      indicator,
      value: indicator === 'level4Rate' ? 0.3 : 1,
      deadline: '2020-12',
      basis: { vi: 'NQ 17', en: 'Res. 17' },
    })),
  };
  server.use(
    http.get(`${API}registry.json`, () => HttpResponse.json(registry)),
    http.get(`${API}feeds/:file`, async ({ params }) => {
      const unit = units.find((u) => `${u.id}.json` === params.file);
      if (!unit || unit.feed === 'fail') return new HttpResponse('missing', { status: 404 });
      if (unit.feed === 'hang') await delay('infinite');
      return HttpResponse.json({
        format: 'egov-kpi-feed/1',
        unit: unit.id,
        updatedAt: '2020-08-25T17:00:00+07:00',
        observations: unit.feed,
      });
    }),
  );
}

async function laggards(path: string, units = UNITS) {
  serve(units);
  const user = userEvent.setup();
  const app = renderApp(path);
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  await waitFor(
    () => {
      const loading = screen
        .queryAllByRole('status')
        .filter((el) => /Đang tải|Loading/.test(el.textContent));
      expect(loading).toEqual([]);
      expect(screen.queryByRole('heading', { level: 1 })).not.toBeNull();
      expect(screen.queryByText(/số liệu tạm thời|provisional/)).toBeNull();
    },
    { timeout: 10_000 },
  );
  return { ...app, user };
}

function order() {
  return within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);
}

function rowOf(name: string) {
  return screen.getByRole('rowheader', { name }).closest('tr')!;
}

describe('laggards', () => {
  it('lists every flagged unit, most severe first, with each flag and its reason', async () => {
    await laggards('/laggards');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Đơn vị chậm tiến độ');
    expect(screen.getByRole('table')).toHaveAccessibleName(
      'Đơn vị chậm tiến độ — số liệu đến 08/2020',
    );
    expect(order()).toEqual(['Bộ Tài chính', 'Đà Nẵng', 'Bắc Giang', 'Yên Bái', 'Cà Mau']);
    expect(screen.getByText('5 đơn vị')).toBeVisible();
    expect(rowOf('Đà Nẵng')).toHaveTextContent(
      'Nhóm 10% thấp nhất Hạng 4/4 (10,0%), trong 1 đơn vị thấp nhất (ngưỡng 10,0%)',
    );
    expect(rowOf('Bắc Giang')).toHaveTextContent(
      'Chưa kết nối nền tảng Nền tảng đang ở giai đoạn “đang xây dựng”, chưa kết nối nền tảng quốc gia; hạn 12/2020',
    );
    expect(rowOf('Bộ Tài chính')).toHaveTextContent('Chưa có SOC Chưa vận hành SOC; hạn 12/2020');
    expect(rowOf('Bộ Tài chính')).toHaveTextContent('Hạng 1/1 (50,0%), trong 1 đơn vị thấp nhất');
    expect(rowOf('Yên Bái')).toHaveTextContent('Không tải được nguồn số liệu');
    expect(rowOf('Yên Bái')).toHaveTextContent('Chưa báo cáo');
    expect(rowOf('Cà Mau')).toHaveTextContent('Số liệu mới nhất là 06/2020, chậm 2 tháng');
    expect(rowOf('Bộ Tài chính')).toHaveTextContent('50,0%');
    expect(rowOf('Đà Nẵng')).toHaveTextContent('hạng 4 trên 4 tỉnh, thành phố');
    expect(within(rowOf('Đà Nẵng')).getByRole('link', { name: 'Đà Nẵng' })).toHaveAttribute(
      'href',
      '/units/48',
    );
  });

  it('counts the units under each rule and filters by rule', async () => {
    const { user, router } = await laggards('/laggards');
    const rules = screen.getByText('Cảnh báo', { selector: 'p' }).nextElementSibling as HTMLElement;
    expect(
      within(rules)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      'Tất cả cảnh báo 5',
      'Chậm tiến độ 0',
      'Án binh bất động 0',
      'Chưa kết nối nền tảng 1',
      'Chưa có SOC 1',
      'Nhóm 10% thấp nhất 2',
      'Số liệu không cập nhật 2',
    ]);
    await user.click(within(rules).getByRole('link', { name: 'Số liệu không cập nhật 2' }));
    expect(router.state.location.search).toBe('?flag=stale-feed');
    expect(order()).toEqual(['Yên Bái', 'Cà Mau']);
    expect(screen.getByText('2 đơn vị')).toBeVisible();
    expect(within(rules).getByRole('link', { name: 'Số liệu không cập nhật 2' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.getByRole('table')).toHaveAccessibleName(
      'Đơn vị chậm tiến độ (cảnh báo “Số liệu không cập nhật”) — số liệu đến 08/2020',
    );
    // The kind choices now count units with that flag.
    expect(screen.getByRole('link', { name: 'Bộ, ngành 0' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Tỉnh, thành phố 2' })).toBeVisible();
  });

  it('filters by kind', async () => {
    const { user, router } = await laggards('/laggards');
    await user.click(screen.getByRole('link', { name: 'Bộ, ngành 1' }));
    expect(router.state.location.search).toBe('?kind=ministry');
    expect(order()).toEqual(['Bộ Tài chính']);
    expect(screen.getByText('1 đơn vị')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Chưa có SOC 1' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Số liệu không cập nhật 0' })).toBeVisible();
  });

  it('says when no unit matches the filters, and clears them', async () => {
    const { user } = await laggards('/laggards?flag=stale-feed&kind=ministry');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Không có đơn vị nào khớp với bộ lọc đã chọn.')).toBeVisible();
    expect(screen.getByText('0 đơn vị')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    expect(order()).toHaveLength(5);
  });

  it('says when no unit is flagged at all', async () => {
    await laggards('/laggards', [
      {
        id: '01',
        kind: 'province',
        vi: 'Hà Nội',
        en: 'Ha Noi',
        feed: [{ period: '2020-08', lgsp: 'connected', soc: true }],
      },
    ]);
    expect(screen.getByText('Không có đơn vị nào bị cảnh báo trong kỳ 08/2020.')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('speaks English with English numbers', async () => {
    await laggards('/laggards?lang=en');
    expect(screen.getByRole('table')).toHaveAccessibleName('Laggards — data as of Aug 2020');
    expect(rowOf('Da Nang')).toHaveTextContent(
      'Bottom 10 % Ranked 4 of 4 (10.0%), among the 1 lowest (cut-off 10.0%)',
    );
    expect(rowOf('Ministry of Finance')).toHaveTextContent('50.0%');
    expect(rowOf('Yen Bai')).toHaveTextContent('Not reported');
    expect(screen.getByText('5 units')).toBeVisible();
  });

  it('says the list is provisional while feeds still load', async () => {
    serve(UNITS.map((u) => (u.id === '15' ? { ...u, feed: 'hang' as const } : u)));
    renderApp('/laggards');
    expect(
      await screen.findByText(
        'Đang tải 7/8 nguồn — số liệu tạm thời, danh sách có thể còn thay đổi.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
  });

  it('shows an error when every feed failed, not a list of stale feeds', async () => {
    serve(UNITS.map((u) => ({ ...u, feed: 'fail' as const })));
    renderApp('/laggards');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Không tải được nguồn số liệu nào');
    expect(within(alert).getByRole('link', { name: 'Xem tình trạng dữ liệu' })).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
