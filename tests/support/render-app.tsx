import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Providers } from '../../src/app/providers';
import { routes } from '../../src/app/routes';
import type { AppConfig } from '../../src/data/app-config';
import { createI18n } from '../../src/i18n/i18n';

export const TEST_REGISTRY_URL = 'http://localhost/mock-api/registry.json';

export const TEST_CONFIG: AppConfig = {
  registryUrl: TEST_REGISTRY_URL,
  mock: null,
  defaultLocale: 'vi',
  pageOrigin: 'http://localhost',
};

/** The whole app at `path`, with a fresh query cache (no retries) and router per test. */
export function renderApp(path = '/', config: Partial<AppConfig> = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, staleTime: Infinity } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const fullConfig = { ...TEST_CONFIG, ...config };
  const utils = render(
    <Providers
      config={fullConfig}
      i18n={createI18n(fullConfig.defaultLocale)}
      queryClient={queryClient}
    >
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...utils, router, queryClient };
}
