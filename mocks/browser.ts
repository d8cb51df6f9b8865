import { setupWorker } from 'msw/browser';
import type { MockScenario } from '../src/data/schemas/config-schema';
import { createHandlers } from './handlers';

/** Starts the mock API in the page (config.json `"registry": "mock"`). */
export async function startMockWorker(scenario: MockScenario): Promise<void> {
  const worker = setupWorker(...createHandlers(scenario));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
