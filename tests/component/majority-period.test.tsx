import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nationalDocument, nationalFigure } from '../support/national-document';
import { renderApp } from '../support/render-app';

// Contract §2 ★: a registry without asOf. Six provinces report June to August 2020; two of them
// have already published September, one has a mistyped year (2029-03); one feed fails.
const API = 'http://localhost/mock-api/';
const PROVINCES = [
  { id: '01', vi: 'Hà Nội', early: ['2020-09'] },
  { id: '02', vi: 'Hà Giang', early: ['2020-09'] },
  { id: '04', vi: 'Cao Bằng', early: ['2029-03'] },
  { id: '06', vi: 'Bắc Kạn', early: [] },
  { id: '08', vi: 'Tuyên Quang', early: [] },
  { id: '10', vi: 'Lào Cai', early: [] },
  { id: '11', vi: 'Điện Biên', early: null },
];

const server = setupServer(
  http.get(`${API}registry.json`, () =>
    HttpResponse.json({
      format: 'egov-kpi-registry/1',
      regions: [],
      units: PROVINCES.map((p) => ({
        id: p.id,
        kind: 'province',
        name: { vi: p.vi, en: p.vi },
        feed: `feeds/${p.id}.json`,
      })),
      targets: [
        {
          indicator: 'level4Rate',
          value: 0.3,
          deadline: '2020-12',
          basis: { vi: 'NQ 17', en: 'Res. 17' },
        },
      ],
      national: 'national.json',
      rankings: 'rankings.json',
    }),
  ),
  // The optional documents, also with months after the period under review.
  http.get(`${API}national.json`, () =>
    HttpResponse.json(
      nationalDocument([
        nationalFigure({
          series: [
            { period: '2020-07', value: 86 },
            { period: '2020-10', value: 80 },
          ],
        }),
      ]),
    ),
  ),
  http.get(`${API}rankings.json`, () =>
    HttpResponse.json({
      format: 'egov-kpi-rankings/1',
      rankings: [
        {
          id: 'ict-2019',
          name: { vi: 'Chỉ số ICT 2019', en: 'ICT index 2019' },
          kind: 'province',
          period: '2019-12',
          order: ['06', '01', '02'],
        },
        {
          id: 'ict-2099',
          name: { vi: 'Chỉ số ICT 2099', en: 'ICT index 2099' },
          kind: 'province',
          period: '2099-12',
          order: ['01', '02'],
        },
      ],
    }),
  ),
  http.get(`${API}feeds/:file`, ({ params }) => {
    const p = PROVINCES.find((u) => `${u.id}.json` === params.file);
    if (!p || p.early === null) return new HttpResponse('down', { status: 500 });
    const months = ['2020-06', '2020-07', '2020-08', ...p.early];
    return HttpResponse.json({
      format: 'egov-kpi-feed/1',
      unit: p.id,
      updatedAt: '2020-08-25T17:00:00+07:00',
      observations: months.map((period) => ({
        period,
        servicesTotal: 1000,
        servicesLevel4: 100 + Number(p.id),
      })),
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the period under review without asOf', () => {
  it('stays at the month most feeds reported; Data health lists what is later', async () => {
    renderApp('/data');
    const later = await screen.findByRole(
      'region',
      { name: 'Muộn hơn kỳ đánh giá' },
      { timeout: 10_000 },
    );
    // the three observations, then the two entries of the optional documents, whichever first
    await waitFor(() => expect(within(later).getAllByRole('listitem')).toHaveLength(5), {
      timeout: 10_000,
    });
    expect(screen.getByText('Kỳ đánh giá: 08/2020')).toBeInTheDocument();
    expect(later).toHaveTextContent('3 số liệu thuộc kỳ muộn hơn kỳ đánh giá (08/2020)');
    expect(
      within(later)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Hà Nội: 09/2020',
      'Hà Giang: 09/2020',
      'Cao Bằng: 03/2029',
      'Chỉ tiêu quốc gia Xếp hạng EGDI: 10/2020',
      'Bảng xếp hạng đã công bố Chỉ số ICT 2099: 12/2099',
    ]);
    expect(later).toHaveTextContent(
      'Trong các tệp bổ sung, 2 mục thuộc kỳ muộn hơn kỳ đánh giá (08/2020) và không được hiển thị.',
    );
  }, 20_000);

  it('shows the published rankings up to the period under review, and the figures as of it', async () => {
    renderApp('/');
    const extras = await screen.findByRole(
      'region',
      { name: 'Chỉ số quốc gia' },
      { timeout: 10_000 },
    );
    await waitFor(() => expect(extras).toHaveTextContent('Chỉ số ICT 2019'));
    expect(extras).not.toHaveTextContent('Chỉ số ICT 2099');
    expect(extras).toHaveTextContent('86');
    expect(extras).not.toHaveTextContent(/\b80\b/);
  }, 20_000);

  it('ranks every province that reported August, the early ones by their August figure', async () => {
    renderApp('/rankings/provinces');
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(7));
    expect(table).toHaveAccessibleName(/số liệu đến 08\/2020$/);
    const rows = within(table).getAllByRole('row').slice(1);
    // Lào Cai (11.0 %) leads; Hà Nội (10.1 % in August) is sixth, not unranked
    expect(rows[0]).toHaveTextContent(/^1Lào Cai/);
    expect(rows[0]).toHaveTextContent('11,0');
    expect(rows[5]).toHaveTextContent(/^6Hà Nội/);
    expect(rows[5]).toHaveTextContent('10,1');
  }, 20_000);
});
