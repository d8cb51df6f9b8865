import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { renderApp } from '../support/render-app';
import { NOT_ALL_IN } from '../support/not-all-in';

// 85 feeds through jsdom: allow more than the default 5 s.
vi.setConfig({ testTimeout: 20_000 });

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function open(path: string) {
  const user = userEvent.setup();
  const app = renderApp(path);
  const table = await screen.findByRole('table', {}, { timeout: 10_000 });
  await waitFor(() => expect(screen.queryByText(NOT_ALL_IN)).toBeNull(), {
    timeout: 10_000,
  });
  return { ...app, user, table };
}

const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('rankings with the mock feeds', () => {
  it('ranks the 63 provinces on the level-4 rate for the period under review', async () => {
    const { table } = await open('/rankings/provinces');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Xếp hạng tỉnh, thành phố');
    expect(table).toHaveAccessibleName(
      'Xếp hạng tỉnh, thành phố theo tỷ lệ DVC mức độ 4 — số liệu đến 08/2020',
    );
    expect(within(table).getAllByRole('rowheader')).toHaveLength(63);
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByRole('link', { name: 'An Giang' })).toHaveAttribute(
      'href',
      '/units/89',
    );
    expect(first).toHaveTextContent(/^1An Giang/);
    expect(screen.getByText('63 đơn vị')).toBeVisible();
  });

  it('follows the period in the URL', async () => {
    const { table } = await open('/rankings/provinces?period=2020-02');
    expect(table).toHaveAccessibleName(
      'Xếp hạng tỉnh, thành phố theo tỷ lệ DVC mức độ 4 — số liệu đến 02/2020',
    );
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('33,0%');
    expect(within(table).getByRole('link', { name: 'An Giang' })).toHaveAttribute(
      'href',
      '/units/89?period=2020-02',
    );
  });

  it('filters the provinces of a region from the registry', async () => {
    const { user, table } = await open('/rankings/provinces');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vùng' }), 'Tây Nguyên (5)');
    expect([...names(table)].sort()).toEqual(
      ['Gia Lai', 'Kon Tum', 'Lâm Đồng', 'Đắk Lắk', 'Đắk Nông'].sort(),
    );
    expect(screen.getByText('5 đơn vị')).toBeVisible();
  });

  it('ranks the 22 ministries, with no region filter', async () => {
    const { table } = await open('/rankings/ministries');
    expect(table).toHaveAccessibleName(
      'Xếp hạng bộ, ngành theo tỷ lệ DVC mức độ 4 — số liệu đến 08/2020',
    );
    expect(within(table).getAllByRole('rowheader')).toHaveLength(22);
    expect(screen.queryByRole('combobox', { name: 'Vùng' })).toBeNull();
  });

  it('writes numbers the English way in English', async () => {
    const { table } = await open('/rankings/provinces?lang=en');
    expect(table).toHaveAccessibleName(
      'Provinces ranked by level-4 online service rate — data as of Aug 2020',
    );
    const first = within(table).getAllByRole('row')[1]!;
    expect(first).toHaveTextContent('42.0%');
    expect(first).not.toHaveTextContent('42,0%');
    expect(screen.getByRole('columnheader', { name: 'Rank' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });
});
