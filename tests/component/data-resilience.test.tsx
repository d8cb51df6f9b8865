import { QueryClient, onlineManager } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../src/app/providers';
import { routes } from '../../src/app/routes';
import { PanelBoundary } from '../../src/components/error-boundary';
import { parseFeed } from '../../src/data/parse-feed';
import { parseRegistry } from '../../src/data/parse-registry';
import { feedQueryOptions } from '../../src/data/queries/feed-query';
import { registryQueryOptions } from '../../src/data/queries/registry-query';
import { createI18n } from '../../src/i18n/i18n';
import { TEST_CONFIG, TEST_REGISTRY_URL, renderApp } from '../support/render-app';
import { createDataServer, feedDoc, registryDoc } from './data-fixtures';

const server = createDataServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  onlineManager.setOnline(true);
  vi.restoreAllMocks();
});
afterAll(() => server.close());

/** 25/08/2020 17:00 in Hà Nội. */
const SAVED_AT = Date.UTC(2020, 7, 25, 10, 0);

function Bomb({ armed }: { armed: boolean }) {
  if (armed) throw new Error('engine exploded');
  return <p>Panel content</p>;
}

function Screen() {
  const [armed, setArmed] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setArmed(false)}>
        Defuse
      </button>
      <PanelBoundary>
        <Bomb armed={armed} />
      </PanelBoundary>
      <p>Other panel still here</p>
    </>
  );
}

describe('error boundaries', () => {
  it('an unexpected error in one panel shows a message; the others keep working; retry renders again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nextProvider i18n={createI18n('vi')}>
        <Screen />
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Không hiển thị được phần này');
    expect(alert).toHaveTextContent('engine exploded');
    expect(screen.getByText('Other panel still here')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Defuse' }));
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(screen.getByText('Panel content')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('offline', () => {
  it('with no saved copy, says so instead of loading forever', async () => {
    onlineManager.setOnline(false);
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Máy này chưa lưu danh mục nguồn số liệu nào',
    );
  });

  it(
    'losing the network while open, says when the figures shown arrived, not that none are saved',
    { timeout: 20_000 },
    async () => {
      renderApp('/?period=2020-08');
      const card = await screen.findByRole('region', {
        name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
      });
      await waitFor(() => {
        expect(card).toHaveTextContent(/Tính trên \d\/6 đơn vị có báo cáo/);
        expect(screen.queryByText(/Đang tải/)).toBeNull();
      });
      const figures = card.textContent;
      act(() => onlineManager.setOnline(false));
      const banner = await screen.findByText(/^Đang ngoại tuyến/);
      expect(banner).toHaveTextContent(
        /^Đang ngoại tuyến — số liệu (tính đến \d\d\/\d\d\/\d{4} \d\d:\d\d|nhận từ .+ đến .+, tùy từng nguồn)$/,
      );
      expect(screen.queryByText(/chưa lưu số liệu nào/)).toBeNull();
      expect(card.textContent).toBe(figures);
    },
  );

  it('on a snapshot, says the figures are still the snapshot’s, not a date of their own', async () => {
    server.use(
      http.get(TEST_REGISTRY_URL, () =>
        HttpResponse.json({
          format: 'egov-kpi-snapshot/1',
          takenAt: '2020-08-26T09:00:00+07:00',
          registry: registryDoc,
          documents: Object.fromEntries(
            ['01', '02', '04', '99', 'MOF'].map((id) => [
              `feeds/${id}.json`,
              { body: feedDoc(id) },
            ]),
          ),
        }),
      ),
    );
    renderApp('/?period=2020-08');
    const card = await screen.findByRole('region', {
      name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    });
    await waitFor(() => expect(card).toHaveTextContent('Tính trên 5/6 đơn vị có báo cáo'));
    act(() => onlineManager.setOnline(false));
    const banner = await screen.findByText(/^Đang ngoại tuyến/);
    expect(banner).toHaveTextContent(/^Đang ngoại tuyến — số liệu vẫn là của ảnh chụp$/);
    expect(screen.getByText(/^Ảnh chụp số liệu lúc 26\/08\/2020 09:00/)).toBeVisible();
  });

  it('with the saved copy, shows its figures and says "offline — data as of" its time', async () => {
    onlineManager.setOnline(false);
    const parsed = parseRegistry(registryDoc);
    if (!parsed.ok) throw new Error('fixture registry');
    const registry = { ...parsed.registry, fromSavedCopy: true as const };
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, gcTime: Infinity } },
    });
    queryClient.setQueryData(registryQueryOptions(TEST_REGISTRY_URL).queryKey, registry);
    for (const unit of registry.units) {
      const feed = parseFeed(feedDoc(unit.id), unit.id, registry.asOf);
      if (!feed.ok || unit.feed.startsWith('javascript:')) continue;
      const { queryKey } = feedQueryOptions(
        unit,
        TEST_REGISTRY_URL,
        registry.asOf,
        'http://localhost',
      );
      queryClient.setQueryData(queryKey, {
        unitId: unit.id,
        url: unit.feed,
        updatedAt: feed.updatedAt,
        updatedAtInvalid: null,
        observations: feed.observations,
        rejections: [],
        receivedAt: SAVED_AT,
        fromSavedCopy: true as const,
      });
    }
    const router = createMemoryRouter(routes, { initialEntries: ['/?period=2020-08'] });
    render(
      <Providers config={TEST_CONFIG} i18n={createI18n('vi')} queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>,
    );
    expect(
      await screen.findByText('Đang ngoại tuyến — số liệu tính đến 25/08/2020 17:00'),
    ).toBeVisible();
    // One feed (refused address) has no saved copy.
    expect(await screen.findByText(/1 nguồn chưa có bản lưu\./)).toBeVisible();
    const card = await screen.findByRole('region', {
      name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    });
    await waitFor(() => expect(card).toHaveTextContent('Tính trên 5/6 đơn vị có báo cáo'));
  });
});
