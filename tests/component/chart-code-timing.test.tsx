import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as LazyCharts from '../../src/components/charts/lazy-charts';
import { renderApp, TEST_REGISTRY_URL } from '../support/render-app';

// Who asked for the chart code, and when: the real request goes on.
const asked = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/components/charts/lazy-charts', async (importOriginal) => {
  const actual = await importOriginal<typeof LazyCharts>();
  return {
    ...actual,
    requestChartCode: () => {
      asked.count += 1;
      return actual.requestChartCode();
    },
  };
});

const API = TEST_REGISTRY_URL.replace('registry.json', '');
const IDS = ['01', '02'];
const registry = {
  format: 'egov-kpi-registry/1',
  asOf: '2020-08',
  regions: [],
  units: IDS.map((id) => ({
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
      basis: { vi: 'NQ 17', en: 'Res. 17' },
    },
  ],
};

/** The feeds wait at the server until the test lets them answer. */
let answerFeeds: () => void = () => undefined;
const feedsMayAnswer = new Promise<void>((resolve) => {
  answerFeeds = resolve;
});
const requested = new Set<string>();

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
      observations: [{ period: '2020-08', servicesTotal: 100, servicesLevel4: 10 }],
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** A frame and the task after it: when code scheduled "after the next paint" has run. */
const afterAFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('the chart code', () => {
  it('is asked for once the first feed is in, not as the registry’s frame renders', async () => {
    renderApp('/');
    // The registry is in: the overview's frame (its heading and the cards' titles) is drawn.
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
    expect(screen.getByText('Tỷ lệ dịch vụ công trực tuyến mức độ 4')).toBeVisible();
    await waitFor(() => expect(requested.size).toBe(IDS.length));
    await afterAFrame();
    await afterAFrame();
    expect(asked.count).toBe(0);

    answerFeeds();
    await waitFor(() => expect(asked.count).toBeGreaterThan(0));
  });
});
