/**
 * Where the embedded mock API answers, relative to the app's base URL. The mock handlers and
 * start-up both read this; nothing else in src/ knows about the mock.
 */
export const MOCK_API_PATH = 'mock-api/';
export const MOCK_REGISTRY_PATH = `${MOCK_API_PATH}registry.json`;
