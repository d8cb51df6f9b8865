import { StrictMode, useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { AppConfig } from '../data/app-config';
import { createI18n } from '../i18n/i18n';
import { createPersistOptions } from './persistence';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { reportHandledError } from './report-error';
import { routes } from './routes';

export function App({ config }: { config: AppConfig }) {
  const [queryClient] = useState(createQueryClient);
  const [persistOptions] = useState(() => createPersistOptions(config));
  const [i18n] = useState(() => createI18n(config.defaultLocale));
  const [router] = useState(() =>
    createBrowserRouter(routes, { basename: import.meta.env.BASE_URL }),
  );
  return (
    <StrictMode>
      <Providers
        config={config}
        i18n={i18n}
        queryClient={queryClient}
        persistOptions={persistOptions}
      >
        <RouterProvider router={router} onError={reportHandledError} />
      </Providers>
    </StrictMode>
  );
}
