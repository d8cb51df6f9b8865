import { setupServer } from 'msw/node';
import type { MockScenario } from '../src/data/schemas/config-schema';
import { createHandlers } from './handlers';

/** The mock API for Node (component tests): `server.listen({ onUnhandledRequest: 'error' })`. */
export function createMockServer(scenario: MockScenario) {
  return setupServer(...createHandlers(scenario));
}
