import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { captureDownloads, type Download } from '../support/captured-downloads';
import { holdEveryFeed, serveUnits, UNITS, type FixtureUnit } from './small-registry';
import { renderApp } from '../support/render-app';
import { NOT_ALL_IN } from '../support/not-all-in';

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

const serve = (units: FixtureUnit[]) => serveUnits(server, units);

/** Files handed to the browser's downloads, in the tests that call captureDownloads. */
const saved: Download[] = [];
afterEach(() => vi.restoreAllMocks());

/** A saved CSV's records, without its byte order mark. */
async function csvRecords(file: Download, delimiter: ',' | ';'): Promise<string[][]> {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    new Uint8Array(await file.blob.arrayBuffer()),
  );
  return Papa.parse<string[]>(text.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true })
    .data;
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
      expect(screen.queryByText(NOT_ALL_IN)).toBeNull();
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
    expect(rowOf('Yên Bái')).toHaveTextContent('Lỗi nguồn số liệu: Lỗi HTTP 404');
    expect(rowOf('Yên Bái')).not.toHaveTextContent('Chưa báo cáo');
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

  it('keeps both filters when the second is clicked before the list has changed', async () => {
    const { router } = await laggards('/laggards');
    const rule = screen.getByRole('link', { name: 'Số liệu không cập nhật 2' });
    const kind = screen.getByRole('link', { name: 'Tỉnh, thành phố 4' });
    // Both clicks in one task: the kind link on screen was written before the rule was chosen.
    act(() => {
      rule.click();
      kind.click();
    });
    await waitFor(() => expect(order()).toEqual(['Yên Bái', 'Cà Mau']));
    expect(router.state.location.search).toBe('?kind=province&flag=stale-feed');
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

  it('exports the filtered list under a title and a file name that say the filters', async () => {
    const { user } = await laggards('/laggards?kind=province&flag=bottom-decile');
    captureDownloads(saved);
    const menu = screen.getByRole('button', { name: /^Tải xuống \/ chia sẻ/ });
    expect(menu).toHaveAccessibleName(
      'Tải xuống / chia sẻ: Đơn vị chậm tiến độ (tỉnh, thành phố; cảnh báo “Nhóm 10% thấp nhất”)',
    );
    await user.click(menu);
    await user.click(
      screen.getByRole('menuitem', { name: 'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)' }),
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('cham-tien-do_tinh_canh-bao-nhom-10-thap-nhat_2020-08.csv');
  });

  it('writes the numbers inside the reasons as the rest of each CSV writes numbers', async () => {
    const { user } = await laggards('/laggards?flag=bottom-decile');
    captureDownloads(saved);
    const menu = screen.getByRole('button', { name: /^Tải xuống \/ chia sẻ/ });
    await user.click(menu);
    await user.click(
      screen.getByRole('menuitem', { name: 'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)' }),
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    await user.click(menu);
    await user.click(
      screen.getByRole('menuitem', {
        name: 'CSV cho Excel tiếng Việt (dấu chấm phẩy, số thập phân dấu phẩy)',
      }),
    );
    await waitFor(() => expect(saved).toHaveLength(2));

    const standard = await csvRecords(saved[0]!, ',');
    const reasons = standard[0]!.indexOf('Cảnh báo và lý do');
    const daNang = standard.find((r) => r.includes('Đà Nẵng'))!;
    expect(daNang[standard[0]!.indexOf('DVC mức độ 4 (%)')]).toBe('10.0');
    expect(daNang[reasons]).toBe(
      'Nhóm 10% thấp nhất: Hạng 4/4 (10.0%), trong 1 đơn vị thấp nhất (ngưỡng 10.0%)',
    );
    expect(standard.flatMap((r) => r).some((cell) => /\d,\d/.test(cell))).toBe(false);

    const semicolon = await csvRecords(saved[1]!, ';');
    expect(semicolon.find((r) => r.includes('Đà Nẵng'))![reasons]).toBe(
      'Nhóm 10% thấp nhất: Hạng 4/4 (10,0%), trong 1 đơn vị thấp nhất (ngưỡng 10,0%)',
    );
    // The page itself keeps the language's numbers.
    expect(rowOf('Đà Nẵng')).toHaveTextContent('Hạng 4/4 (10,0%)');
  });

  it('speaks English with English numbers', async () => {
    await laggards('/laggards?lang=en');
    expect(screen.getByRole('table')).toHaveAccessibleName('Laggards — data as of Aug 2020');
    expect(rowOf('Da Nang')).toHaveTextContent(
      'Bottom 10 % Ranked 4 of 4 (10.0%), among the 1 lowest (cut-off 10.0%)',
    );
    expect(rowOf('Ministry of Finance')).toHaveTextContent('50.0%');
    expect(rowOf('Yen Bai')).toHaveTextContent('Feed failed: HTTP error 404');
    expect(screen.getByText('5 units')).toBeVisible();
  });

  it('says the list is provisional while feeds still load', async () => {
    serve(UNITS.map((u) => (u.id === '15' ? { ...u, feed: 'hang' as const } : u)));
    renderApp('/laggards');
    expect(
      await screen.findByText(
        'Mới tính trên 7/8 nguồn — số liệu tạm thời, danh sách có thể còn thay đổi.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
  });

  it('does not say that no unit is flagged before any feed has arrived', async () => {
    const release = holdEveryFeed(server, UNITS);
    const { unmount } = renderApp('/laggards');
    expect(
      await screen.findByText(
        'Đang chờ các nguồn số liệu — danh sách sẽ hiện khi số liệu về.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.queryByText(/Không có đơn vị nào bị cảnh báo/)).toBeNull();
    unmount();
    release();
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
