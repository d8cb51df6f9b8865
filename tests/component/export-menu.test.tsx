import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu, type ExportMenuProps } from '../../src/components/export-menu/export-menu';
import { parsePeriod } from '../../src/domain/period';
import { createI18n } from '../../src/i18n/i18n';
import { LocaleContext } from '../../src/i18n/use-locale';
import { captureDownloads, type Download } from '../support/captured-downloads';

vi.mock('../../src/export/image', () => ({
  PIXEL_RATIO: 2,
  svgBlob: (svg: string) => new Blob([svg]),
  svgToPng: () => Promise.reject(new Error('canvas unavailable')),
}));
// jsdom cannot fetch the app's font files: the image tests embed none.
vi.mock('../../src/export/export-fonts', () => ({ embeddedFontCss: () => Promise.resolve('') }));

const TABLE: ExportMenuProps['table'] = {
  caption: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
  columns: [
    { key: 'unit', label: 'Tỉnh, thành phố', kind: 'unit' },
    { key: 'rate', label: 'DVC mức độ 4', kind: 'percent' },
  ],
  rows: [
    { unitId: '89', cells: { unit: 'An Giang', rate: 0.33 } },
    { unitId: '98', cells: { unit: '=HYPERLINK("http://x","y")', rate: -0.004 } },
  ],
};

const SOURCE: ExportMenuProps = {
  title: 'Xếp hạng tỉnh, thành',
  period: parsePeriod('2020-08')!,
  table: TABLE,
  fileName: { subject: 'level4Rate', scope: 'province' },
};

function renderMenu(props: Partial<ExportMenuProps> = {}, locale: 'vi' | 'en' = 'vi') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <LocaleContext value={locale}>
        <ExportMenu {...SOURCE} {...props} />
      </LocaleContext>
    </I18nextProvider>,
  );
}

/** The files handed to the browser's downloads, by name. */
const saved: Download[] = [];

beforeEach(() => {
  captureDownloads(saved);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const menuButton = () => screen.getByRole('button', { name: /^Tải xuống \/ chia sẻ/ });

describe('export menu', () => {
  it('is a menu button named after what it exports', () => {
    renderMenu();
    const button = menuButton();
    expect(button).toHaveAccessibleName('Tải xuống / chia sẻ: Xếp hạng tỉnh, thành');
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
    // No live region until the menu is used: pages with many charts stay quiet.
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('opens with Enter, moves with the arrows, closes with Escape and returns focus', async () => {
    const user = userEvent.setup();
    renderMenu({ renderChart: () => <svg /> });
    menuButton().focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Excel (.xlsx)',
      'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)',
      'CSV cho Excel tiếng Việt (dấu chấm phẩy, số thập phân dấu phẩy)',
      'PNG 16:9 (2400×1350 px)',
      'PNG vuông (2160×2160 px)',
      'SVG (vector)',
      'Sao chép liên kết',
    ]);
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[6]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(items[6]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(menuButton()).toHaveFocus();
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens with Space, and with ArrowUp on the last item', async () => {
    const user = userEvent.setup();
    renderMenu();
    menuButton().focus();
    await user.keyboard(' ');
    expect(within(screen.getByRole('menu')).getAllByRole('menuitem')[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('{ArrowUp}');
    const items = within(screen.getByRole('menu')).getAllByRole('menuitem');
    expect(items.at(-1)).toHaveTextContent('Sao chép liên kết');
    expect(items.at(-1)).toHaveFocus();
  });

  it('offers spreadsheets first, then paged table images, for a table without a chart', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(menuButton());
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual([
      'Excel (.xlsx)',
      'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)',
      'CSV cho Excel tiếng Việt (dấu chấm phẩy, số thập phân dấu phẩy)',
      'PNG bảng (rộng 2400 px, tối đa 35 dòng mỗi tệp)',
      'SVG bảng (vector, tối đa 35 dòng mỗi tệp)',
      'Sao chép liên kết',
    ]);
  });

  it('offers chart and table images together when asked (a ranking and its bar chart)', async () => {
    const user = userEvent.setup();
    renderMenu({ renderChart: () => <svg />, tableImages: true, imageShape: 'tall' });
    await user.click(menuButton());
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual([
      'Excel (.xlsx)',
      'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)',
      'CSV cho Excel tiếng Việt (dấu chấm phẩy, số thập phân dấu phẩy)',
      'PNG khổ dọc (rộng 2400 px)',
      'SVG (vector)',
      'PNG bảng (rộng 2400 px, tối đa 35 dòng mỗi tệp)',
      'SVG bảng (vector, tối đa 35 dòng mỗi tệp)',
      'Sao chép liên kết',
    ]);
  });

  it('saves the CSV under a name that says what it is, and says so', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(menuButton());
    await user.click(
      screen.getByRole('menuitem', { name: 'CSV chuẩn (dấu phẩy, số thập phân dấu chấm)' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Đã tạo tệp ty-le-dvc-muc-do-4_tinh_2020-08.csv',
      ),
    );
    expect(saved.map((s) => s.name)).toEqual(['ty-le-dvc-muc-do-4_tinh_2020-08.csv']);
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(
      '\uFEFF"Mã đơn vị","Tỉnh, thành phố","DVC mức độ 4 (%)"\r\n' +
        '"89","An Giang",33.0\r\n' +
        `"98","'=HYPERLINK(""http://x"",""y"")",-0.4\r\n`,
    );
    expect(menuButton()).toHaveFocus();
  });

  it('says "Preparing" in English while it works, then the file name', async () => {
    const user = userEvent.setup();
    renderMenu({}, 'en');
    await user.click(screen.getByRole('button', { name: /^Download \/ share/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Excel (.xlsx)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Preparing Excel (.xlsx)…');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Saved level4-rate_provinces_2020-08.xlsx',
      ),
    );
    expect(saved[0]!.blob.size).toBeGreaterThan(0);
  });

  it('saves the semicolon CSV with decimal commas for a Vietnamese Excel', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(menuButton());
    await user.click(
      screen.getByRole('menuitem', {
        name: 'CSV cho Excel tiếng Việt (dấu chấm phẩy, số thập phân dấu phẩy)',
      }),
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      new Uint8Array(await saved[0]!.blob.arrayBuffer()),
    );
    expect(text.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFF"Mã đơn vị";"Tỉnh, thành phố";"DVC mức độ 4 (%)"',
      '"89";"An Giang";33,0',
    ]);
  });

  it('draws a table image with flags in words, no key of codes, and a key to rank changes', async () => {
    const user = userEvent.setup();
    renderMenu({
      table: {
        caption: 'Xếp hạng',
        columns: [
          { key: 'unit', label: 'Tỉnh, thành phố', kind: 'unit' },
          { key: 'change', label: 'Thay đổi hạng', kind: 'rankChange' },
          { key: 'flags', label: 'Cảnh báo', kind: 'flags' },
        ],
        rows: [
          { unitId: '89', cells: { unit: 'An Giang', change: 0, flags: ['off-track', 'no-soc'] } },
          { unitId: '02', cells: { unit: 'Hà Giang', change: null, flags: [] } },
        ],
      },
    });
    await user.click(menuButton());
    await user.click(
      screen.getByRole('menuitem', { name: 'SVG bảng (vector, tối đa 35 dòng mỗi tệp)' }),
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    const svg = new TextDecoder().decode(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    const texts = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!);
    expect(texts).toContain('Chậm tiến độ, Chưa có SOC');
    expect(svg).not.toMatch(/C = Chậm tiến độ/);
    // No move is a zero; "=" is kept for a tie (the ranked bars' "2=").
    expect(texts).toContain('0');
    expect(texts).not.toContain('=');
    expect(texts.join(' ')).toContain('0 là giữ nguyên hạng');
  });

  it('says when an image cannot be made, instead of failing silently', async () => {
    const user = userEvent.setup();
    renderMenu({ renderChart: () => <svg /> });
    await user.click(menuButton());
    await user.click(screen.getByRole('menuitem', { name: 'PNG 16:9 (2400×1350 px)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Không xuất được PNG 16:9 (2400×1350 px): canvas unavailable',
    );
    expect(saved).toEqual([]);
  });

  it('copies the link to the view and confirms it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    window.history.replaceState(null, '', '/rankings/provinces?period=2020-08&sort=level4Rate');
    renderMenu();
    await user.click(menuButton());
    await user.click(screen.getByRole('menuitem', { name: 'Sao chép liên kết' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Đã sao chép liên kết'),
    );
    expect(writeText).toHaveBeenCalledWith(
      'http://localhost:3000/rankings/provinces?period=2020-08&sort=level4Rate&lang=vi',
    );
  });

  it('shows the link to select and copy when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    window.history.replaceState(null, '', '/?lang=vi');
    renderMenu();
    await user.click(menuButton());
    await act(() => user.click(screen.getByRole('menuitem', { name: 'Sao chép liên kết' })));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Trình duyệt không cho sao chép tự động. Hãy chọn và sao chép liên kết dưới đây.',
    );
    const field = screen.getByRole('textbox', { name: 'Liên kết đến đúng trang này' });
    // The period the view shows is pinned, so the link keeps showing 08/2020 after new data.
    expect(field).toHaveValue('http://localhost:3000/?lang=vi&period=2020-08');
    expect(field).toHaveFocus();
  });
});
