import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as NetworkSettings from '../../src/data/network-settings';
import { renderApp, TEST_REGISTRY_URL } from '../support/render-app';

// Few feeds at once, and no request times out while the test runs.
vi.mock('../../src/data/network-settings', async (importOriginal) => {
  const { NETWORK } = await importOriginal<typeof NetworkSettings>();
  return { NETWORK: { ...NETWORK, maxConcurrentFeeds: 3, timeoutMs: 3_600_000 } };
});

vi.setConfig({ testTimeout: 30_000 });

const API = TEST_REGISTRY_URL.replace('registry.json', '');
/** Twelve units: the first two answer at once, the others never do. */
const IDS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
const ANSWERING = new Set(['01', '02']);
const nameOf = (id: string) => `Đơn vị ${id}`;

const registry = {
  format: 'egov-kpi-registry/1',
  asOf: '2020-08',
  regions: [],
  units: IDS.map((id) => ({
    id,
    kind: 'province',
    name: { vi: nameOf(id), en: `Unit ${id}` },
    feed: `feeds/${id}.json`,
  })),
  targets: [],
};

/** The feeds whose request reached the server: the ones actually in flight. */
const requested = new Set<string>();

const server = setupServer(
  http.get(`${API}registry.json`, () => HttpResponse.json(registry)),
  http.get(`${API}feeds/:file`, async ({ params }) => {
    const id = String(params.file).replace('.json', '');
    requested.add(id);
    if (!ANSWERING.has(id)) await delay('infinite');
    return HttpResponse.json({
      format: 'egov-kpi-feed/1',
      unit: id,
      updatedAt: '2020-08-25T17:00:00+07:00',
      observations: [{ period: '2020-08', servicesTotal: 100, servicesLevel4: 10 }],
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

function statusOf(table: HTMLElement, id: string): string {
  const row = within(table)
    .getByRole('link', { name: nameOf(id) })
    .closest('tr');
  if (!row) throw new Error(`no row for ${id}`);
  if (/Chậm, vẫn đang tải/.test(row.textContent)) return 'slow';
  if (/Đang tải/.test(row.textContent)) return 'loading';
  if (/Bình thường/.test(row.textContent)) return 'ok';
  return row.textContent;
}

describe('Data health: slow feeds', () => {
  it('lists as slow only the feeds whose own request has been under way 2 s, not those waiting their turn', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderApp('/data');
    const table = await screen.findByRole('table', { name: /Nguồn số liệu của từng đơn vị/ });
    // The two that answer free their places: three hanging feeds are in flight, seven wait.
    await waitFor(() => expect(requested.size).toBe(5));
    const inFlight = [...requested].filter((id) => !ANSWERING.has(id));
    expect(inFlight).toHaveLength(3);
    // Past the screens' grace period and past 2 s since every request so far began.
    vi.advanceTimersByTime(2_000);

    await waitFor(() => {
      expect(statusOf(table, '01')).toBe('ok');
      expect(statusOf(table, '02')).toBe('ok');
      for (const id of inFlight) expect(statusOf(table, id)).toBe('slow');
    });
    for (const id of IDS.filter((i) => !requested.has(i))) {
      expect(statusOf(table, id)).toBe('loading');
    }
    expect(requested.size).toBe(5);
  });
});
