import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { renderApp } from '../support/render-app';
import { moveOf } from '../support/rank-move';
import { NOT_ALL_IN } from '../support/not-all-in';

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Generous waits: the whole app loads 85 feeds, and test machines can be busy. */
const SETTLED = { timeout: 20_000 };
const SLOW = { timeout: 60_000 };

/** Waits until every feed has arrived: the rank of a unit depends on all of them. */
async function settled() {
  await screen.findByText(/^Hạng \d+\/\d+|^Ranked \d+ of \d+/, {}, SETTLED);
  await waitNoProvisional();
}

async function waitNoProvisional() {
  await waitFor(() => expect(screen.queryByText(NOT_ALL_IN)).toBeNull(), SETTLED);
}

describe('unit page: a province (Hà Tĩnh, 08/2020)', SLOW, () => {
  it('says which unit, of what kind and region, and the period under review', async () => {
    renderApp('/units/42');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hà Tĩnh' }, SETTLED),
    ).toBeVisible();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('Tỉnh, thành phố trực thuộc trung ương');
    expect(main).toHaveTextContent('Bắc Trung Bộ và Duyên hải miền Trung');
    expect(main).toHaveTextContent('Kỳ xem xét08/2020');
  });

  it('shows the level-4 rate against its target: value, status, trend, projection and pace', async () => {
    renderApp('/units/42');
    await settled();
    const card = screen.getByRole('region', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' });
    expect(within(card).getByText('11,9%')).toBeVisible();
    expect(within(card).getByText('Chậm tiến độ')).toBeVisible();
    expect(card).toHaveTextContent('221/1.856 dịch vụ');
    expect(card).toHaveTextContent('30% đến 12/2020');
    expect(card).toHaveTextContent('Xu hướng (6 tháng gần nhất)+0,8 điểm %/tháng');
    expect(card).toHaveTextContent('Dự báo đến 12/202015,0%');
    expect(card).toHaveTextContent('cần +4,5 điểm %/tháng, đang +0,8 điểm %/tháng');
    // pace gap 4.5 − 0.8 = 3.7 pp/month (engine numbers unrounded); at +0.8/month 30 % in 08/2022
    expect(card).toHaveTextContent('Mỗi tháng cần tăng nhanh hơn hiện nay 3,7 điểm %.');
    expect(card).toHaveTextContent('đạt 30% vào 08/2022, chậm 20 tháng so với hạn');
  });

  it('rate indicators without a target say so; 0/1 indicators are met or not, with the LGSP stage', async () => {
    renderApp('/units/42');
    await settled();
    const dossiers = screen.getByRole('region', { name: 'Tỷ lệ hồ sơ nộp trực tuyến' });
    expect(dossiers).toHaveTextContent('30,0%');
    expect(within(dossiers).getByText('Không có mục tiêu')).toBeVisible();
    expect(dossiers).toHaveTextContent('Danh mục không đặt mục tiêu cho chỉ tiêu này');
    const items = screen.getAllByRole('listitem').filter((li) => li.className.includes('binary'));
    expect(items.map((li) => li.textContent)).toEqual([
      'Nền tảng tích hợp, chia sẻ dữ liệu kết nối quốc giaGiai đoạn: đã vận hànhMục tiêu: đạt trước 12/2020Chưa đạt',
      'Trung tâm giám sát an toàn, an ninh mạng (SOC)Chưa vận hànhMục tiêu: đạt trước 12/2020Chưa đạt',
      'Kết nối Trục liên thông văn bản quốc giaĐã kết nốiMục tiêu: đạt trước 12/2020Đạt',
      'Kết nối Cổng Dịch vụ công quốc giaĐã kết nốiMục tiêu: đạt trước 12/2020Đạt',
    ]);
  });

  it('gives the rank, how it moved, its history as a chart with a table, and the neighbours', async () => {
    renderApp('/units/42');
    await settled();
    const rank = screen.getByRole('region', {
      name: 'Thứ hạng về tỷ lệ dịch vụ công trực tuyến mức độ 4',
    });
    expect(within(rank).getByText('Hạng 45/63 tỉnh, thành phố')).toBeVisible();
    expect(moveOf(rank)).toBe('▼ 1');
    expect(rank).toHaveTextContent('giảm 1 bậc so với 07/2020 (hạng 44)');
    const chart = screen.getByRole('figure', { name: 'Thứ hạng qua các kỳ' });
    expect(
      within(chart).getByText(/^Thứ hạng của Hà Tĩnh qua các kỳ: hạng 45 vào 08\/2020/),
    ).toHaveClass('visually-hidden');
    // the gap to the next unit up, and the one just behind
    expect(rank).toHaveTextContent('Cần thêm 0,3 điểm % để bằng Hòa Bình (hạng 44).');
    expect(rank).toHaveTextContent('Hơn Phú Yên (hạng 46) 0,2 điểm %.');
    const table = within(rank).getByRole('table', { name: /Liền trên và liền dưới Hà Tĩnh/ });
    const rows = within(table).getAllByRole('row').slice(1);
    // Numbers and units are joined by no-break spaces; read them as spaces here.
    expect(rows.map((r) => r.textContent?.replace(/\u00a0/g, ' '))).toEqual([
      '43Bình PhướcXếp trên12,5%+0,6 điểm %',
      '44Hòa BìnhXếp trên12,2%+0,3 điểm %',
      '45Hà TĩnhĐơn vị này11,9%–',
      '46Phú YênXếp dưới11,7%−0,2 điểm %',
      // tied 47th: both come
      '47Gia LaiXếp dưới11,4%−0,5 điểm %',
      '47Sóc TrăngXếp dưới11,4%−0,5 điểm %',
    ]);
    expect(within(table).getByRole('link', { name: 'Hòa Bình' })).toHaveAttribute(
      'href',
      '/units/17',
    );
  });

  it('shows the rank history as a table on request', async () => {
    renderApp('/units/42');
    await settled();
    const chart = screen.getByRole('figure', { name: 'Thứ hạng qua các kỳ' });
    await userEvent.setup().click(within(chart).getByRole('button', { name: 'Bảng số liệu' }));
    const table = within(chart).getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 20); // 01/2019 … 08/2020
    // period, rank, units ranked, change
    const cells = within(rows[rows.length - 1]!).getAllByRole('cell');
    expect(cells.slice(0, 2).map((c) => c.textContent)).toEqual(['45', '63']);
    // "▼ 1" with the triangle drawn (no font of the page's has it), said in words.
    const change = cells[2]!;
    expect(change.querySelector('[aria-hidden="true"]')?.textContent).toBe('\u00a01');
    expect(change.querySelector('svg.rank-change-mark--down')).not.toBeNull();
    expect(within(change).getByText('xuống 1 bậc')).toHaveClass('visually-hidden');
    expect(rows[rows.length - 1]).toHaveTextContent(/^08\/2020/);
  });

  it('lists the flags with their reasons in numbers, and the feed’s status', async () => {
    renderApp('/units/42');
    await settled();
    const flags = screen.getByRole('region', { name: 'Cờ cảnh báo' });
    expect(flags).toHaveTextContent(
      'Chậm tiến độ 11,9% hiện nay, +0,8 điểm %/tháng, dự báo 15,0% vào 12/2020 so với mục tiêu 30%; cần +4,5 điểm %/tháng',
    );
    const feed = screen.getByRole('region', { name: 'Nguồn số liệu' });
    expect(feed).toHaveTextContent('Tình trạngBình thường');
    expect(feed).toHaveTextContent('Cập nhật lần cuối24/09/2020');
    expect(feed).toHaveTextContent('Kỳ mới nhất08/2020');
    expect(feed).toHaveTextContent('Không có kỳ báo cáo nào bị loại.');
    expect(
      within(feed).getByRole('link', { name: 'Xem tình trạng dữ liệu của mọi đơn vị' }),
    ).toHaveAttribute('href', '/data');
  });
});

describe('unit page: a ministry', SLOW, () => {
  it('ranks it among ministries, first with nobody above', async () => {
    renderApp('/units/MOF');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bộ Tài chính' }, SETTLED),
    ).toBeVisible();
    await settled();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('Bộ, cơ quan ngang bộ');
    expect(main).not.toHaveTextContent('Vùng');
    const card = screen.getByRole('region', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' });
    expect(card).toHaveTextContent('37,8%');
    expect(within(card).getByText('Đạt')).toBeVisible();
    expect(card).toHaveTextContent('Đã đạt mục tiêu.');
    expect(main).toHaveTextContent('Hạng 1/22 bộ, ngành');
    expect(main).toHaveTextContent('giữ nguyên hạng so với 07/2020');
    expect(main).toHaveTextContent('Đứng đầu bộ, ngành.');
    expect(main).toHaveTextContent('Hơn Bộ Công Thương (hạng 2) 2,2 điểm %.');
    expect(main).toHaveTextContent('Không có cờ cảnh báo nào trong kỳ 08/2020.');
  });
});

describe('unit page: an id not in the registry', SLOW, () => {
  it('says so and links to the rankings', async () => {
    renderApp('/units/XYZ?lang=vi');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Không có đơn vị mã “XYZ” trong danh mục' },
        SETTLED,
      ),
    ).toBeVisible();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Xếp hạng tỉnh, thành' })).toHaveAttribute(
      'href',
      '/rankings/provinces?lang=vi',
    );
    expect(within(main).getByRole('link', { name: 'Xếp hạng bộ, ngành' })).toHaveAttribute(
      'href',
      '/rankings/ministries?lang=vi',
    );
  });
});

describe('unit page in English', SLOW, () => {
  it('uses English words and number formats', async () => {
    renderApp('/units/42?lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ha Tinh' }, SETTLED),
    ).toBeVisible();
    await settled();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('Province or centrally-run city');
    expect(main).toHaveTextContent('North Central and Central Coast');
    const card = screen.getByRole('region', { name: 'Level-4 online public services' });
    expect(card).toHaveTextContent('11.9%');
    expect(card).toHaveTextContent('221 of 1,856 services');
    expect(card).toHaveTextContent('needs +4.5 pp/month, going +0.8 pp/month');
    expect(card).toHaveTextContent('Must gain 3.7 pp more each month than it does now.');
    expect(main).toHaveTextContent('Ranked 45 of 63 provinces');
    expect(main).toHaveTextContent('down 1 place since Jul 2020 (ranked 44)');
    expect(main).toHaveTextContent('Needs 0.3 pp more to draw level with Hoa Binh (rank 44).');
    expect(screen.getByRole('button', { name: 'My unit' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
