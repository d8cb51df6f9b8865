import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { renderApp } from '../support/render-app';
import { serveUnits, type FixtureUnit, type Obs } from './small-registry';

vi.setConfig({ testTimeout: 30_000 });

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const MONTHS = ['2020-05', '2020-06', '2020-07', '2020-08'];

/**
 * Four provinces of 100 services each, 10 → 16 at level 4 (10 % → 16 %, +2.0 points since July).
 * Connected platforms 0, 1, 2, 2 of 4: 50 % in August, unchanged since July, but a trend of
 * +17.5 points a month (least squares over 0, 25, 50, 50 %) against +12.5 needed to reach 100 %
 * in the four months left: on track. A SOC: one of the three provinces that report it.
 */
function province(n: number): FixtureUnit {
  const feed: Obs[] = MONTHS.map((period, m) => ({
    period,
    servicesTotal: 100,
    servicesLevel4: 10 + 2 * m,
    lgsp: n <= Math.min(m, 2) ? 'connected' : 'operational',
    ...(n === 4 ? {} : { soc: n === 1 }),
  }));
  return { id: `P${n}`, kind: 'province', vi: `Tỉnh ${n}`, en: `Province ${n}`, feed };
}

async function headlineSlide(lang: 'vi' | 'en', title: string | RegExp) {
  serveUnits(server, [1, 2, 3, 4].map(province));
  renderApp(`/present?lang=${lang}&period=2020-08&slide=1`);
  await screen.findByRole('heading', { level: 1, name: title }, { timeout: 10_000 });
  return screen.getByRole('region', { name: title });
}

describe('the deck’s headline slide', () => {
  it('gives each status the pace it is read on, and a card’s coverage only where it differs from the note', async () => {
    const slide = await headlineSlide('vi', 'Chỉ tiêu toàn quốc — Mục tiêu đến 12/2020 theo NQ 17');
    const platform = within(slide).getByRole('article', {
      name: 'Nền tảng tích hợp, chia sẻ dữ liệu kết nối quốc gia',
    });
    expect(platform).toHaveTextContent('Đúng tiến độ');
    expect(platform).toHaveTextContent('Cần +12,5 điểm %/tháng; xu hướng +17,5 điểm %/tháng');
    expect(platform).not.toHaveTextContent('Tính trên');

    const soc = within(slide).getByRole('article', {
      name: 'Trung tâm giám sát an toàn, an ninh mạng (SOC)',
    });
    expect(soc).toHaveTextContent('Chậm tiến độ');
    expect(soc).toHaveTextContent('Tính trên 3/4 đơn vị');

    const rate = within(slide).getByRole('article', {
      name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    });
    expect(rate).toHaveTextContent('+2,0 điểm % so với 07/2020');
    expect(rate).toHaveTextContent('Cần +3,5 điểm %/tháng; xu hướng +2,0 điểm %/tháng');
    expect(rate).toHaveTextContent('Tính trên 4/4 đơn vị');
  });

  it('reads the same in English', async () => {
    const slide = await headlineSlide('en', /^National figures/);
    const platform = within(slide).getByRole('article', {
      name: 'Data platform connected to the national platform',
    });
    expect(platform).toHaveTextContent('On track');
    expect(platform).toHaveTextContent('Needs +12.5 pp/month; trend +17.5 pp/month');
  });
});
