import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { serveUnits, UNITS } from './small-registry';
import { renderApp } from '../support/render-app';

vi.setConfig({ testTimeout: 20_000 });

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Bắc Giang (24, Đồng bằng sông Hồng) compared with the nation and Đà Nẵng. 07/2020: the four
// provinces that reported have 600 level-4 services of 4,000, so the nation is 15,0 %; Đà Nẵng
// has 5,0 % in July and 10,0 % in August.

async function trendFrame() {
  serveUnits(server, UNITS);
  const user = userEvent.setup();
  const app = renderApp('/units/24');
  const frame = await screen.findByRole(
    'figure',
    { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4 của Bắc Giang' },
    { timeout: 10_000 },
  );
  await waitFor(() => expect(screen.queryByText(/số liệu tạm thời/)).toBeNull(), {
    timeout: 10_000,
  });
  return { ...app, user, frame };
}

function columnOf(table: HTMLElement, header: string) {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const i = headers.indexOf(header);
  expect(i, `${header} in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelectorAll('th, td')[i]?.textContent ?? '');
}

describe('compare on the trend chart', () => {
  it('adds the nation and a unit found without diacritics to the URL and as table columns', async () => {
    const { user, frame, router } = await trendFrame();
    const picker = screen.getByRole('group', { name: 'So sánh với' });
    await user.click(within(picker).getByRole('checkbox', { name: 'Cả nước' }));
    await user.type(within(picker).getByLabelText('Thêm đơn vị'), 'da nang');
    await user.click(within(picker).getByRole('button', { name: '+ Đà Nẵng' }));
    expect(router.state.location.search).toContain('cmp=national%2C48');
    expect(within(picker).getByRole('button', { name: 'Bỏ Đà Nẵng khỏi biểu đồ' })).toBeVisible();

    await user.click(within(frame).getByRole('button', { name: 'Bảng số liệu' }));
    const table = within(frame).getByRole('table');
    // Rows from 06/2020 (Cà Mau's only month): Đà Nẵng has no June figure, a gap, not 0.
    expect(columnOf(table, 'Cả nước')[1]).toBe('15,0%');
    expect(columnOf(table, 'Đà Nẵng').slice(0, 3)).toEqual(['Chưa báo cáo', '5,0%', '10,0%']);
  });

  it('writes "–" where the trend table has no projection, not "not reported"', async () => {
    const { user, frame } = await trendFrame();
    await user.click(within(frame).getByRole('button', { name: 'Bảng số liệu' }));
    const table = within(frame).getByRole('table');
    // Bắc Giang reported July and August: too few months for a trend, so no month has a
    // projection; the path to the target starts from August, the month under review. The rows
    // start in June (Cà Mau's only month), when Bắc Giang had not reported.
    const months = columnOf(table, 'Kỳ báo cáo');
    const aug = months.indexOf('08/2020');
    expect(new Set(columnOf(table, 'Dự báo theo xu hướng'))).toEqual(new Set(['–']));
    expect(columnOf(table, 'Lộ trình cần đạt').slice(0, aug + 1)).toEqual(['–', '–', '23,4%']);
    expect(columnOf(table, 'Thực tế').slice(0, aug + 1)).toEqual([
      'Chưa báo cáo',
      '20,0%',
      '23,4%',
    ]);
  });

  it('reads the comparison from the URL, ignoring unknown ids and units past the fifth', async () => {
    serveUnits(server, UNITS);
    renderApp('/units/24?cmp=region:red-river-delta,nope,95,89,48,96,01,15');
    const frame = await screen.findByRole(
      'figure',
      { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4 của Bắc Giang' },
      { timeout: 10_000 },
    );
    const picker = screen.getByRole('group', { name: 'So sánh với' });
    expect(
      within(picker).getByRole('checkbox', { name: 'Vùng Đồng bằng sông Hồng' }),
    ).toBeChecked();
    const chosen = within(within(picker).getByRole('list', { name: 'Đơn vị đang so sánh' }))
      .getAllByRole('listitem')
      .map((li) => li.firstChild?.textContent);
    expect(chosen).toEqual(['Bạc Liêu', 'An Giang', 'Đà Nẵng', 'Cà Mau', 'Hà Nội']);
    expect(within(picker).getByLabelText('Thêm đơn vị')).toBeDisabled();
    await userEvent.setup().click(within(frame).getByRole('button', { name: 'Bảng số liệu' }));
    const headers = within(within(frame).getByRole('table'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(-6)).toEqual([
      'Đồng bằng sông Hồng',
      'Bạc Liêu',
      'An Giang',
      'Đà Nẵng',
      'Cà Mau',
      'Hà Nội',
    ]);
  });
});
