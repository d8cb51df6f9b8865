import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { MY_UNIT_KEY, SESSION_KEY } from '../../src/features/unit/my-unit-storage';
import { renderApp } from '../support/render-app';
import { serveUnits, UNITS } from './small-registry';
import { NOT_ALL_IN } from '../support/not-all-in';

// My unit marked, the unit search and the page titles, on the small registry of
// small-registry.ts (Bạc Liêu, An Giang, Bắc Giang, Đà Nẵng, Cà Mau, Hà Nội, Yên Bái, a ministry).
vi.setConfig({ testTimeout: 20_000 });

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => server.close());
beforeEach(() => serveUnits(server, UNITS));

const DA_NANG = '48';

function chooseMyUnit(id: string) {
  localStorage.setItem(MY_UNIT_KEY, JSON.stringify({ unitId: id }));
  sessionStorage.setItem(SESSION_KEY, '1');
}

async function settledTable() {
  const table = await screen.findByRole('table', {}, { timeout: 5000 });
  await waitFor(() => expect(screen.queryByText(NOT_ALL_IN)).toBeNull());
  return table;
}

describe('my unit', () => {
  it('is marked in the rankings: its row only, with words, not colour alone', async () => {
    chooseMyUnit(DA_NANG);
    renderApp('/rankings/provinces');
    const table = await settledTable();
    const marked = within(table)
      .getAllByRole('row')
      .filter((row) => within(row).queryByText('Đơn vị của tôi') !== null);
    expect(marked).toHaveLength(1);
    expect(within(marked[0]!).getByRole('link', { name: 'Đà Nẵng' })).toBeVisible();
  });

  it('has a link in the header, in the view’s language', async () => {
    chooseMyUnit(DA_NANG);
    renderApp('/rankings/provinces?lang=en');
    await settledTable();
    const link = within(screen.getByRole('banner')).getByRole('link', { name: /Da Nang/ });
    expect(link).toHaveAttribute('href', `/units/${DA_NANG}?lang=en`);
    expect(link).toHaveAccessibleName('My unit: Da Nang');
  });

  it('shows no header link and no mark while none is chosen', async () => {
    renderApp('/rankings/provinces');
    const table = await settledTable();
    expect(within(table).queryByText('Đơn vị của tôi')).toBeNull();
    expect(within(screen.getByRole('banner')).queryByRole('link', { name: /★/ })).toBeNull();
  });
});

describe('find a unit', () => {
  it('the header search finds a name typed without diacritics, đ as d', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'Tìm đơn vị' });
    await user.type(box, 'da nang');
    const results = within(screen.getByRole('search'));
    expect(await results.findByRole('link', { name: 'Đà Nẵng' })).toHaveAttribute(
      'href',
      `/units/${DA_NANG}`,
    );
    await user.clear(box);
    await user.type(box, 'zzz');
    expect(results.getByText('Không có đơn vị nào khớp')).toBeVisible();
  });

  it('the rankings keep only the matching rows, and clearing the filters brings all back', async () => {
    const user = userEvent.setup();
    renderApp('/rankings/provinces');
    const table = await settledTable();
    const main = within(screen.getByRole('main'));
    await user.type(main.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'bac');
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((h) => h.textContent),
      ).toEqual(['Bạc Liêu', 'Bắc Giang']),
    );
    await user.click(main.getByRole('button', { name: 'Bỏ lọc' }));
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(7));
  });
});

describe('page titles', () => {
  it('name the screen, and the unit on its page', async () => {
    renderApp('/rankings/provinces');
    await settledTable();
    expect(document.title).toBe('Xếp hạng tỉnh, thành — Theo dõi tiến độ Chính phủ điện tử');
    renderApp(`/units/${DA_NANG}?lang=en`);
    await waitFor(() => expect(document.title).toMatch(/^Da Nang — /));
  });
});
