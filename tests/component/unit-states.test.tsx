import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultDataset } from '../../mocks/generate/default-dataset';
import type { FeedDocument, ObservationDocument } from '../../mocks/generate/documents';
import { createMockServer } from '../../mocks/node';
import { renderApp } from '../support/render-app';

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Generous waits: the whole app loads 85 feeds, and test machines can be busy. */
const WAIT = { timeout: 20_000 };
const SLOW = { timeout: 60_000 };
const FEED_42 = '*/mock-api/feeds/42.json';

function feed42(change: (observations: ObservationDocument[]) => object[]): object {
  const original = defaultDataset().feeds['42'] as FeedDocument;
  return { ...original, observations: change(original.observations.map((o) => ({ ...o }))) };
}

describe('unit page states', SLOW, () => {
  it('while its feed loads: the header, “loading” instead of values, and provisional figures', async () => {
    server.use(
      http.get(FEED_42, async () => {
        await delay('infinite');
        return HttpResponse.error();
      }),
    );
    renderApp('/units/42');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hà Tĩnh' }, WAIT)).toBeVisible();
    expect(screen.getByText('Đang tải số liệu của đơn vị này…')).toBeVisible();
    expect(
      await screen.findByText(
        'Mới tính trên 84/85 nguồn — số liệu tạm thời: thứ hạng và so sánh với đơn vị khác có thể còn thay đổi.',
        {},
        WAIT,
      ),
    ).toBeVisible();
    // nothing is presented as "not reported" or as a rank while the data is on its way
    expect(screen.queryByText('Chưa báo cáo')).toBeNull();
    expect(screen.queryByText(/^Hạng \d+/)).toBeNull();
    // Still loading ("slow" once its request has run 2 s, which a loaded test machine may reach).
    expect(screen.getByRole('region', { name: 'Nguồn số liệu' })).toHaveTextContent(
      /Tình trạng(Đang tải|Chậm, vẫn đang tải)/,
    );
  });

  it('a unit with 0 services has no rate (not 0 %) and is not ranked', async () => {
    server.use(
      http.get(FEED_42, () =>
        HttpResponse.json(
          feed42((obs) =>
            obs.map((o) =>
              o.period === '2020-08'
                ? { ...o, servicesTotal: 0, servicesLevel3: 0, servicesLevel4: 0 }
                : o,
            ),
          ),
        ),
      ),
    );
    renderApp('/units/42');
    const card = await screen.findByRole(
      'region',
      { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' },
      WAIT,
    );
    expect(within(card).getByText('Không có tỷ lệ: tổng số dịch vụ là 0')).toBeVisible();
    expect(card).not.toHaveTextContent('0,0%');
    expect(within(card).getByText('Chưa đủ số liệu')).toBeVisible();
    expect(screen.getByRole('main')).toHaveTextContent(
      'Không được xếp hạng kỳ này: Không có tỷ lệ: tổng số dịch vụ là 0',
    );
  });

  it('too little history: no trend (“chưa đủ số liệu”), and values not reported are words', async () => {
    server.use(
      http.get(FEED_42, () =>
        HttpResponse.json(
          feed42((obs) =>
            obs
              .filter((o) => o.period >= '2020-07')
              .map((o) => {
                if (o.period !== '2020-08') return o;
                // not reported: the fields are absent
                const rest: Partial<ObservationDocument> = { ...o };
                delete rest.dossiersTotal;
                delete rest.dossiersOnline;
                delete rest.soc;
                return rest;
              }),
          ),
        ),
      ),
    );
    renderApp('/units/42');
    const card = await screen.findByRole(
      'region',
      { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' },
      WAIT,
    );
    expect(within(card).getByText('11,9%')).toBeVisible();
    expect(card).toHaveTextContent(
      'Xu hướng (6 tháng gần nhất)chưa đủ số liệu (cần ít nhất 3 tháng có báo cáo trong 6 tháng gần nhất)',
    );
    expect(card).toHaveTextContent('Dự báo đến 12/2020chưa tính được');
    expect(card).toHaveTextContent('cần +4,5 điểm %/tháng');
    expect(card).toHaveTextContent('Chưa đủ số liệu để biết xu hướng.');
    expect(within(card).getByText('Chưa đủ số liệu')).toBeVisible(); // the status badge
    const dossiers = screen.getByRole('region', { name: 'Tỷ lệ hồ sơ nộp trực tuyến' });
    expect(within(dossiers).getByText('Chưa báo cáo')).toBeVisible();
    const soc = screen
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('Trung tâm giám sát'));
    expect(soc).toHaveTextContent('Chưa báo cáoMục tiêu: đạt trước 12/2020Chưa báo cáo');
  });
});
