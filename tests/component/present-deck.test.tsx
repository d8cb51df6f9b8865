import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
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
const SETTLED = { timeout: 10_000 };
const registry = scenarioFor('default').registry() as Record<string, unknown>;

const TITLES_VI = [
  'Chỉ tiêu toàn quốc — Mục tiêu đến 12/2020 theo Nghị quyết 17/NQ-CP',
  'DVC mức độ 4: xu hướng và dự báo',
  'Xếp hạng bộ, ngành: DVC mức độ 4',
  'Bản đồ tỉnh, thành phố: DVC mức độ 4',
  'Đơn vị chậm tiến độ và lý do',
  'Thay đổi thứ hạng lớn nhất so với 07/2020',
  'Vùng Trung du và miền núi phía Bắc',
  'Vùng Đồng bằng sông Hồng',
  'Vùng Bắc Trung Bộ và Duyên hải miền Trung',
  'Vùng Tây Nguyên',
  'Vùng Đông Nam Bộ',
  'Vùng Đồng bằng sông Cửu Long',
];

/**
 * The slide on screen, once it shows: the page's one h1 names it. (The copies drawn for print and
 * for the thumbnails are hidden from assistive technology, so role queries skip them.)
 */
async function slideTitle(name: string) {
  await screen.findByRole('heading', { level: 1, name }, SETTLED);
  return within(screen.getByRole('region', { name }));
}

function key(k: string) {
  fireEvent.keyDown(window, { key: k });
}

function search(router: ReturnType<typeof renderApp>['router']) {
  return new URLSearchParams(router.state.location.search);
}

describe('presentation deck', { timeout: 30_000 }, () => {
  it('opens with the feeds that have arrived, names the one awaited, and fills in when it comes', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(`${FEEDS}42.json`, async () => {
        await held;
        return HttpResponse.json({ error: 'released' }, { status: 503 });
      }),
    );
    const { router } = renderApp('/present');
    await slideTitle(TITLES_VI[0]!);
    expect(
      await screen.findByText(
        'Đang chờ số liệu của Hà Tĩnh: trang sẽ tự cập nhật khi có.',
        {},
        SETTLED,
      ),
    ).toBeVisible();
    await waitFor(() => expect(search(router).get('period')).toBe('2020-08'));
    act(() => release());
    await waitFor(
      () => expect(screen.queryByText(/Đang chờ số liệu/)).not.toBeInTheDocument(),
      SETTLED,
    );
    const slide = await slideTitle(TITLES_VI[0]!);
    expect(slide.getByText('Trang 1/12')).toBeInTheDocument();
    expect(slide.getByText('Số liệu đến 08/2020')).toBeVisible();
    expect(search(router).get('slide')).toBe('1');
  });

  it('steps through every slide with clicker keys, each with its title and the period', async () => {
    const { router } = renderApp('/present?period=2020-08');
    await slideTitle(TITLES_VI[0]!);
    for (let n = 2; n <= TITLES_VI.length; n++) {
      key(n % 2 === 0 ? 'PageDown' : 'ArrowRight');
      const slide = await slideTitle(TITLES_VI[n - 1]!);
      expect(search(router).get('slide')).toBe(String(n));
      expect(slide.getByText('Số liệu đến 08/2020')).toBeInTheDocument();
      expect(slide.getByText(`Trang ${n}/12`)).toBeInTheDocument();
    }
    key('PageDown');
    expect(search(router).get('slide')).toBe('12');
    key('PageUp');
    await slideTitle(TITLES_VI[10]!);
    key('Home');
    await slideTitle(TITLES_VI[0]!);
    key('End');
    await slideTitle(TITLES_VI[11]!);
    key('4');
    expect(screen.getByText('Đến trang: 4 (nhấn Enter)')).toBeVisible();
    key('Enter');
    await slideTitle(TITLES_VI[3]!);
  });

  it('takes two clicker keys pressed before the slide changes: forward then back, forward twice', async () => {
    const { router } = renderApp('/present?period=2020-08&slide=3');
    await slideTitle(TITLES_VI[2]!);
    // Both keys in one task: React has not rendered the first one's slide when the second comes.
    const both = (first: string, second: string) =>
      act(() => {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: first, bubbles: true }));
        window.dispatchEvent(new KeyboardEvent('keydown', { key: second, bubbles: true }));
      });
    both('PageDown', 'PageUp');
    await slideTitle(TITLES_VI[2]!);
    expect(search(router).get('slide')).toBe('3');
    both('PageDown', 'PageDown');
    await slideTitle(TITLES_VI[4]!);
    expect(search(router).get('slide')).toBe('5');
    // The same with the on-screen button clicked twice.
    const next = screen.getByRole('button', { name: /^Sau/ });
    act(() => {
      next.click();
      next.click();
    });
    await slideTitle(TITLES_VI[6]!);
    expect(search(router).get('slide')).toBe('7');
  });

  it('keeps a key pressed the moment the deck first appears, before it writes its slide to the URL', async () => {
    // Outside act(), React runs a commit's passive effects in a later task, as in the browser; a
    // MutationObserver sends the key between the two, where a presenter's key can land.
    const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown };
    const acting = scope.IS_REACT_ACT_ENVIRONMENT;
    scope.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      const seen = new MutationObserver(() => {
        if (document.querySelector('.deck__main') === null) return;
        seen.disconnect();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'End' }));
      });
      seen.observe(document.body, { childList: true, subtree: true });
      const { router } = renderApp('/present?period=2020-08&pick=42');
      await slideTitle('Hà Tĩnh');
      await waitFor(() => expect(search(router).get('slide')).toBe('13'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(search(router).get('slide')).toBe('13');
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hà Tĩnh');
    } finally {
      scope.IS_REACT_ACT_ENVIRONMENT = acting;
    }
  });

  it('reopens the slide named in the URL', async () => {
    const { router } = renderApp('/present?period=2020-08&slide=5');
    const slide = await slideTitle('Đơn vị chậm tiến độ và lý do');
    expect(slide.getByText(/^\d+ đơn vị có cảnh báo:$/)).toBeVisible();
    expect(slide.getAllByRole('listitem', { name: /^\d\. / })).toHaveLength(4);
    expect(search(router).get('slide')).toBe('5');
    router.dispose();
  });

  it('draws a failed feed on the map as a failure, not as a unit that did not report', async () => {
    server.use(http.get(`${FEEDS}42.json`, () => new HttpResponse(null, { status: 404 })));
    const { router } = renderApp('/present?period=2020-08&slide=4');
    const slide = await slideTitle(TITLES_VI[3]!);
    const tile = await slide.findByRole('img', { name: /^Hà Tĩnh: Lỗi nguồn số liệu/ }, SETTLED);
    expect(tile).toHaveTextContent(/!$/);
    for (const look of ['Lỗi nguồn số liệu', 'Chưa báo cáo', 'Không có dịch vụ công']) {
      expect(slide.getByText(look)).toBeVisible();
    }
    router.dispose();
  });

  it('names a unit without a rank with the kind of its fault, the details left to Data health', async () => {
    server.use(
      http.get(`${FEEDS}42.json`, () =>
        HttpResponse.json({ format: 'egov-kpi-feed/2', unit: '42', observations: [] }),
      ),
    );
    const { router } = renderApp('/present?period=2020-08&slide=9');
    const slide = await slideTitle(TITLES_VI[8]!);
    expect(
      await slide.findByText(/Hà Tĩnh.*\(Lỗi nguồn số liệu: Sai định dạng\)/, {}, SETTLED),
    ).toBeVisible();
    expect(slide.queryByText(/egov-kpi-feed/)).toBeNull();
    router.dispose();
  });

  it('corrects a slide number out of range to the last slide', async () => {
    const { router } = renderApp('/present?period=2020-08&slide=99');
    await slideTitle(TITLES_VI[11]!);
    await waitFor(() => expect(search(router).get('slide')).toBe('12'));
  });

  it('blacks the screen and brings it back with any key', async () => {
    renderApp('/present?period=2020-08&slide=2');
    await slideTitle(TITLES_VI[1]!);
    key('b');
    expect(
      await screen.findByText('Màn hình đen. Nhấn phím bất kỳ để quay lại.'),
    ).toBeInTheDocument();
    key('ArrowRight');
    await waitFor(() =>
      expect(screen.queryByText('Màn hình đen. Nhấn phím bất kỳ để quay lại.')).toBeNull(),
    );
    // The key that brought the slide back did not also move on.
    expect(screen.getByRole('heading', { level: 1, name: TITLES_VI[1] })).toBeVisible();
  });

  it('jumps from the thumbnail overview, which names every slide', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/present?period=2020-08');
    await slideTitle(TITLES_VI[0]!);
    key('g');
    const dialog = await screen.findByRole('dialog', { name: 'Tổng quan bài trình chiếu' });
    const thumbnails = within(dialog).getAllByRole('button', { name: /^\d+ / });
    expect(thumbnails.map((b) => b.textContent)).toEqual(
      TITLES_VI.map((title, i) => `${i + 1} ${title}`),
    );
    expect(thumbnails[0]).toHaveAttribute('aria-current', 'true');
    expect(thumbnails[0]).toHaveFocus();
    await user.click(thumbnails[3]!);
    await slideTitle(TITLES_VI[3]!);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(search(router).get('slide')).toBe('4');
    key('t');
    await screen.findByRole('dialog');
    key('Escape');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Escape closed the overview only: still in the deck.
    expect(router.state.location.pathname).toBe('/present');
  });

  it('gives the presenter’s picked units a slide each, kept in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/present?period=2020-08&pick=42&pick=XX');
    await slideTitle(TITLES_VI[0]!);
    key('End');
    const slide = await slideTitle('Hà Tĩnh');
    expect(slide.getByText(/^Hạng \d+\/63$/)).toBeVisible();
    expect(slide.getByText('Trang 13/13')).toBeInTheDocument();

    key('g');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Không có trong danh mục, đã bỏ qua: XX')).toBeVisible();
    await user.selectOptions(within(dialog).getByLabelText('Chọn đơn vị'), 'Bộ Tài chính');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm trang' }));
    await waitFor(() => expect(search(router).getAll('pick')).toEqual(['42', 'XX', 'MOF']));
    expect(within(dialog).getByRole('button', { name: /^14 Bộ Tài chính$/ })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Bỏ trang của Hà Tĩnh' }));
    await waitFor(() => expect(search(router).getAll('pick')).toEqual(['XX', 'MOF']));
  });

  it('gives a valid deck for a registry without regions, and says why there are no region slides', async () => {
    const units = (registry.units as Record<string, unknown>[]).map((u) => ({
      ...u,
      region: undefined,
    }));
    server.use(
      http.get(TEST_REGISTRY_URL, () => HttpResponse.json({ ...registry, units, regions: [] })),
    );
    renderApp('/present?period=2020-08');
    const slide = await slideTitle(TITLES_VI[0]!);
    expect(slide.getByText('Trang 1/6')).toBeInTheDocument();
    key('g');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByRole('button', { name: /^\d+ / })).toHaveLength(6);
    expect(
      within(dialog).getByText(
        'Danh mục không chia vùng nên bài trình chiếu không có trang theo vùng.',
      ),
    ).toBeVisible();
  });

  it('reads in English', async () => {
    renderApp('/present?lang=en&period=2020-08&slide=6');
    const slide = await slideTitle('Biggest rank changes since Jul 2020');
    expect(slide.getByText('Data as of Aug 2020')).toBeVisible();
    expect(slide.getAllByRole('heading', { name: 'Biggest climbs', level: 3 })).toHaveLength(2);
  });

  it('exits with Escape pressed twice to the overview, keeping the language and the period', async () => {
    const { router } = renderApp('/present?lang=en&period=2020-06&slide=3');
    const slide = await slideTitle('Ministry ranking: Level-4 services');
    expect(slide.getByText('Data as of Jun 2020')).toBeVisible();
    key('Escape');
    expect(await screen.findByText('Press Esc again to leave the presentation')).toBeVisible();
    expect(router.state.location.pathname).toBe('/present');
    key('Escape');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toBe('?lang=en&period=2020-06');
  });

  it('opens from the Present link on every screen and goes back there on Escape', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/rankings/provinces?period=2020-06&sort=name');
    const link = await screen.findByRole('link', { name: 'Trình chiếu' }, SETTLED);
    expect(link).toHaveAttribute('href', '/present?period=2020-06');
    await user.click(link);
    const slide = await slideTitle(TITLES_VI[0]!);
    expect(slide.getByText('Số liệu đến 06/2020')).toBeVisible();
    key('PageDown');
    await slideTitle(TITLES_VI[1]!);
    key('Escape');
    key('Escape');
    await waitFor(() => expect(router.state.location.pathname).toBe('/rankings/provinces'));
    expect(router.state.location.search).toBe('?period=2020-06&sort=name');
  });
});
