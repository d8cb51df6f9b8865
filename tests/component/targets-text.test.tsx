import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

// Contract §2 ★: the text that names "the targets" comes from the registry's active targets.
const API = 'http://localhost/mock-api/';
const PLANS = [
  {
    indicator: 'level4Rate',
    value: 0.3,
    deadline: '2020-12',
    basis: { vi: 'NQ 17', en: 'Res. 17' },
  },
  {
    indicator: 'level4Rate',
    value: 0.8,
    deadline: '2025-12',
    basis: { vi: 'Kế hoạch 2021–2025', en: '2021–2025 plan' },
  },
];

function serve(asOf: string) {
  server.use(
    http.get(`${API}registry.json`, () =>
      HttpResponse.json({
        format: 'egov-kpi-registry/1',
        asOf,
        regions: [],
        units: [
          {
            id: '42',
            kind: 'province',
            name: { vi: 'Hà Tĩnh', en: 'Ha Tinh' },
            feed: 'feeds/42.json',
          },
        ],
        targets: PLANS,
      }),
    ),
    http.get(`${API}feeds/42.json`, () =>
      HttpResponse.json({
        format: 'egov-kpi-feed/1',
        unit: '42',
        observations: [{ period: asOf, servicesTotal: 100, servicesLevel4: 35 }],
      }),
    ),
  );
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the app names the active targets from the registry', () => {
  it('before the 2020 deadline: the 2020 plan', async () => {
    serve('2020-08');
    renderApp('/data');
    expect(await screen.findByText('Mục tiêu đến 12/2020 theo NQ 17')).toBeVisible();
  });

  it('after it: the next plan, never a hard-coded one', async () => {
    serve('2021-03');
    renderApp('/data?lang=en');
    expect(await screen.findByText('Targets for Dec 2025 under 2021–2025 plan')).toBeVisible();
    expect(screen.queryByText(/17/)).toBeNull();
  });
});
