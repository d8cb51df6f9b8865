import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as pipelineClient from '../../src/data/pipeline-client';
import { enginePeriodParts, loadSnapshotFeeds } from '../../src/data/pipeline-client';
import { renderApp } from '../support/render-app';
import { createDataServer, feedDoc, serveSnapshot } from './data-fixtures';

/** The snapshot's feeds are read only when the test lets them go. */
let release: () => void = () => undefined;

vi.mock('../../src/data/pipeline-client', async (original) => {
  const actual = await original<typeof pipelineClient>();
  return {
    ...actual,
    enginePeriodParts: vi.fn(actual.enginePeriodParts),
    loadSnapshotFeeds: vi.fn((...args: Parameters<typeof actual.loadSnapshotFeeds>) => {
      release = () => actual.loadSnapshotFeeds(...args);
    }),
  };
});

const server = createDataServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.mocked(enginePeriodParts).mockClear();
  vi.mocked(loadSnapshotFeeds).mockClear();
});
afterAll(() => server.close());

describe('a snapshot being read', () => {
  it('asks the engine once, for the picture of every feed, not for one of none of them', async () => {
    server.use(
      serveSnapshot({
        'feeds/01.json': { body: feedDoc('01') },
        'feeds/02.json': { body: feedDoc('02') },
        'feeds/04.json': { body: feedDoc('04') },
        'feeds/99.json': { body: feedDoc('99') },
        'feeds/MOF.json': { body: feedDoc('MOF') },
      }),
    );
    renderApp('/rankings/provinces');
    await waitFor(() => expect(loadSnapshotFeeds).toHaveBeenCalled());
    // The page with the registry in it has rendered and its effects have run: nothing asked yet.
    expect(await screen.findByText(/Ảnh chụp số liệu lúc 26\/08\/2020/)).toBeVisible();
    expect(enginePeriodParts).not.toHaveBeenCalled();
    expect(screen.queryByText(/Đang chờ các nguồn số liệu/)).toBeNull();

    release();
    const table = await screen.findByRole('table', { name: /Xếp hạng tỉnh, thành phố/ });
    expect(within(table).getByRole('link', { name: 'Hà Nội' })).toBeVisible();
    expect(enginePeriodParts).toHaveBeenCalledTimes(1);
  });
});
