import { screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as PipelineClient from '../../src/data/pipeline-client';
import { createMockServer } from '../../mocks/node';
import { renderApp } from '../support/render-app';

// The engine (in the data worker) fails on every period it is asked for.
vi.mock('../../src/data/pipeline-client', async (importOriginal) => ({
  ...(await importOriginal<typeof PipelineClient>()),
  enginePeriodParts: () => Promise.reject(new Error('the engine stopped')),
}));

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('a failure of the engine', { timeout: 30_000 }, () => {
  it('replaces the screen with the error message and a reload, not a blank or endless wait', async () => {
    renderApp('/');
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Không hiển thị được màn hình này');
    expect(screen.getByRole('button', { name: 'Tải lại trang' })).toBeVisible();
  });
});
