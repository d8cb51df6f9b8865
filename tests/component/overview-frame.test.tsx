import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as LazyCharts from '../../src/components/charts/lazy-charts';
import { renderApp, TEST_REGISTRY_URL } from '../support/render-app';

// How often the chart code was asked for; the real request goes on.
const chartCode = vi.hoisted(() => ({ asked: 0 }));
vi.mock('../../src/components/charts/lazy-charts', async (importOriginal) => {
  const actual = await importOriginal<typeof LazyCharts>();
  return {
    ...actual,
    requestChartCode: () => {
      chartCode.asked += 1;
      return actual.requestChartCode();
    },
  };
});

vi.setConfig({ testTimeout: 20_000 });

const API = TEST_REGISTRY_URL.replace('registry.json', '');

/** Two provinces; their feeds answer only when the test lets them. */
const registry = {
  format: 'egov-kpi-registry/1',
  asOf: '2020-08',
  regions: [],
  units: ['01', '02'].map((id) => ({
    id,
    kind: 'province',
    name: { vi: `Tỉnh ${id}`, en: `Province ${id}` },
    feed: `feeds/${id}.json`,
  })),
  targets: [
    {
      indicator: 'level4Rate',
      value: 0.3,
      deadline: '2020-12',
      basis: { vi: 'NQ 17', en: 'Res 17' },
    },
    {
      indicator: 'socOperational',
      value: 1,
      deadline: '2020-12',
      basis: { vi: 'NQ 17', en: 'Res 17' },
    },
  ],
};

let answer!: () => void;
let feedsMayAnswer: Promise<void>;
/** The feeds that reached the server. */
const requested = new Set<string>();
beforeEach(() => {
  feedsMayAnswer = new Promise<void>((resolve) => (answer = resolve));
  requested.clear();
  chartCode.asked = 0;
});

const server = setupServer(
  http.get(`${API}registry.json`, () => HttpResponse.json(registry)),
  http.get(`${API}feeds/:file`, async ({ params }) => {
    const id = String(params.file).replace('.json', '');
    requested.add(id);
    await feedsMayAnswer;
    return HttpResponse.json({
      format: 'egov-kpi-feed/1',
      unit: id,
      updatedAt: '2020-08-25T17:00:00+07:00',
      observations: [
        { period: '2020-08', servicesTotal: 200, servicesLevel4: id === '01' ? 50 : 30 },
      ],
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

/** A frame and the task after it: when work scheduled "after the next paint" has run. */
const afterAFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
afterAll(() => server.close());

describe('overview before the first feed', () => {
  it("shows each target's card by name while the feeds load, and the same card then shows its figure", async () => {
    renderApp('/');
    const cards = await screen.findByRole('region', { name: 'Chỉ tiêu và mục tiêu' });
    const level4 = within(cards).getByRole('region', {
      name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    });
    expect(level4).toHaveAttribute('aria-busy', 'true');
    expect(within(level4).getByText('Đang tải số liệu…')).toBeVisible();
    // One card per indicator with a target, in the usual order; none shows a figure yet.
    expect(
      within(cards)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
      'Trung tâm giám sát an toàn, an ninh mạng (SOC)',
    ]);
    expect(within(cards).queryByText(/%/)).toBeNull();
    expect(screen.getByText('Số liệu đến 08/2020')).toBeVisible();

    answer();
    // (50 + 30) / 400 = 20.0 %, in the card that was already there.
    expect(await within(level4).findByText('20,0%', {}, { timeout: 5000 })).toBeVisible();
    expect(level4).not.toHaveAttribute('aria-busy');
    expect(level4).toBeInTheDocument();
  });

  it('asks for the chart code once the first feed is in, not as the frame renders', async () => {
    renderApp('/');
    expect(await screen.findByRole('region', { name: 'Chỉ tiêu và mục tiêu' })).toBeVisible();
    await waitFor(() => expect(requested.size).toBe(2));
    await afterAFrame();
    await afterAFrame();
    expect(chartCode.asked).toBe(0);

    answer();
    await waitFor(() => expect(chartCode.asked).toBeGreaterThan(0));
  });
});
