import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { FAULT_UNITS, PARTLY_INVALID_RULES } from '../../mocks/scenarios/faults-scenario';
import viCommon from '../../src/i18n/locales/vi/common.json';
import { renderApp } from '../support/render-app';

const server = createMockServer('faults');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Generous waits: the whole app loads 85 feeds, and test machines can be busy. */
const WAIT = { timeout: 20_000 };
const SLOW = { timeout: 60_000 };

describe('unit page: feeds that fail (faults scenario)', SLOW, () => {
  it('a failed feed still shows the unit’s page, with the failure explained', async () => {
    renderApp(`/units/${FAULT_UNITS.httpError}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hà Nam' }, WAIT)).toBeVisible();
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'Không tải được nguồn số liệu của đơn vị này',
    );
    expect(alert).toHaveTextContent('Lý do: Lỗi HTTP 503.');
    expect(within(alert).getByRole('link', { name: 'Xem tình trạng dữ liệu' })).toHaveAttribute(
      'href',
      '/data',
    );
    // no value is presented as a number, nor as "not reported": the feed failed
    const card = screen.getByRole('region', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' });
    expect(within(card).getByText('Lỗi nguồn số liệu: Lỗi HTTP 503')).toBeVisible();
    const rank = screen.getByRole('region', {
      name: 'Thứ hạng về tỷ lệ dịch vụ công trực tuyến mức độ 4',
    });
    expect(rank).toHaveTextContent('Không được xếp hạng kỳ này: Lỗi nguồn số liệu: Lỗi HTTP 503');
    expect(rank).toHaveTextContent('Đơn vị chưa được xếp hạng kỳ này');
    const flags = screen.getByRole('region', { name: 'Cờ cảnh báo' });
    expect(flags).toHaveTextContent('Số liệu không cập nhật Không tải được nguồn số liệu');
    const feed = screen.getByRole('region', { name: 'Nguồn số liệu' });
    expect(feed).toHaveTextContent('Tình trạngLỗi HTTP 503');
  });

  it('a partly invalid feed lists every rejected observation with its reason', async () => {
    renderApp(`/units/${FAULT_UNITS.partlyInvalid}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kiên Giang' }, WAIT),
    ).toBeVisible();
    const feed = screen.getByRole('region', { name: 'Nguồn số liệu' });
    expect(await within(feed).findByText('Có 6 kỳ báo cáo bị loại', {}, WAIT)).toBeVisible();
    const table = within(feed).getByRole('table', { name: '6 kỳ báo cáo bị loại, kèm lý do' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [
        within(r).getByRole('rowheader').textContent,
        ...within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ]);
    const shown = (period: string) =>
      /^\d{4}-(0[1-9]|1[0-2])$/.test(period) ? `${period.slice(5)}/${period.slice(0, 4)}` : period;
    // each bad observation, in feed order, with its rule in words
    expect(rows.map(([period, , rule]) => [period, rule])).toEqual(
      Object.entries(PARTLY_INVALID_RULES).map(([period, rule]) => [
        shown(period),
        viCommon.rule[rule].replace('{{asOf}}', '08/2020'),
      ]),
    );
    // and the field and the value found
    expect(rows[0]).toEqual([
      '02/2019',
      'Số DVC mức độ 4 (servicesLevel4)',
      'phải là số nguyên từ 0 đến 1.000.000.000',
      '120.5',
    ]);
    expect(rows[3]).toEqual([
      '01/2020',
      'Trung tâm giám sát an toàn, an ninh mạng (SOC) (soc)',
      'phải là có hoặc không (true hoặc false trong tệp)',
      '"yes"',
    ]);
    expect(rows[4]![3]).toBe('"2020-13"');
    // the rest of the feed is still used: the unit is ranked
    expect(screen.getByRole('main')).toHaveTextContent(/Hạng \d+\/\d+ tỉnh, thành phố/);
  });

  it('a stale feed says so', async () => {
    renderApp(`/units/${FAULT_UNITS.stale}`);
    const feed = await screen.findByRole('region', { name: 'Nguồn số liệu' }, WAIT);
    expect(await within(feed).findByText('Số liệu cũ', {}, WAIT)).toBeVisible();
    expect(feed).toHaveTextContent('Kỳ mới nhất04/2020');
    expect(screen.getByRole('region', { name: 'Cờ cảnh báo' })).toHaveTextContent(
      'Số liệu mới nhất là 04/2020, chậm 4 tháng',
    );
  });
});
