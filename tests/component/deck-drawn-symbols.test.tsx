import { fireEvent, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { renderApp } from '../support/render-app';
import { serveUnits, UNITS } from './small-registry';

vi.setConfig({ testTimeout: 30_000 });

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// The page's font has no arrows or triangles: the deck draws them, and says them in words.
const FONT_LACKS = /[←↑→↓▲▼]/;

async function moversSlide(lang: 'vi' | 'en', title: string) {
  serveUnits(server, UNITS);
  renderApp(`/present?lang=${lang}&period=2020-08&slide=6`);
  await screen.findByRole('heading', { level: 1, name: title }, { timeout: 10_000 });
  return screen.getByRole('region', { name: title });
}

describe('the deck’s movers slide and key table', () => {
  // small-registry: Bạc Liêu 10.0 % → 30.0 % of services at level 4, rank 3 → 1 among provinces;
  // An Giang 25.0 % → 23.41 %, rank 1 → 2.
  it('draws the rise, its arrows and its triangle, and says them as words', async () => {
    const slide = await moversSlide('vi', 'Thay đổi thứ hạng lớn nhất so với 07/2020');
    const up = within(slide).getByRole('region', { name: 'Tăng hạng nhiều nhất' });
    expect(up.querySelector('h3 svg.rank-change-mark--up')).not.toBeNull();
    const item = within(up).getByText('Bạc Liêu').closest('li')!;
    const detail = item.querySelector('.mover__detail')!;
    expect(detail.textContent).toMatch(/^Hạng 3 đến 1 · 10,0% đến 30,0% \(\+20,0/);
    expect(detail.querySelectorAll('svg.mover__arrow')).toHaveLength(2);
    expect(within(item).getByText('lên 2 bậc')).toBeInTheDocument();
    expect(slide.textContent).not.toMatch(FONT_LACKS);
  });

  it('reads the same in English', async () => {
    const slide = await moversSlide('en', 'Biggest rank changes since Jul 2020');
    const down = within(slide).getByRole('region', { name: 'Biggest falls' });
    expect(down.querySelector('h3 svg.rank-change-mark--down')).not.toBeNull();
    const detail = within(down)
      .getByText('An Giang')
      .closest('li')!
      .querySelector('.mover__detail')!;
    expect(detail.textContent).toMatch(/^Rank 1 to 2 · 25\.0% to 23\.4% \(−1\.6/);
    expect(slide.textContent).not.toMatch(FONT_LACKS);
  });

  it('draws the arrow keys in its key table, each named', async () => {
    await moversSlide('vi', 'Thay đổi thứ hạng lớn nhất so với 07/2020');
    fireEvent.keyDown(window, { key: 'g' });
    const dialog = await screen.findByRole('dialog');
    const keys = within(dialog).getByRole('table', { name: 'Phím điều khiển' });
    const next = within(keys).getByRole('row', { name: /Trang sau/ });
    expect(within(next).getByRole('rowheader')).toHaveTextContent(
      'Right arrow Down arrow PageDown Space Enter N',
    );
    expect(next.querySelectorAll('kbd svg')).toHaveLength(2);
    const previous = within(keys).getByRole('row', { name: /Trang trước/ });
    expect(within(previous).getByRole('rowheader')).toHaveTextContent(
      'Left arrow Up arrow PageUp Backspace P',
    );
    expect(keys.textContent).not.toMatch(FONT_LACKS);
  });
});
