import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import type { AppConfig } from '../data/app-config';
import { AppConfigContext } from '../data/app-config-context';
import type { PersistOptions } from './persistence';
import { PersistingQueryClientProvider } from './persisting-provider';

/**
 * Everything a screen needs above the router: config, translations, the query cache (restored
 * from the browser's saved copy first, when `persistOptions` is given).
 */
export function Providers({
  config,
  i18n,
  queryClient,
  persistOptions = null,
  children,
}: {
  config: AppConfig;
  i18n: i18n;
  queryClient: QueryClient;
  persistOptions?: PersistOptions | null;
  children: ReactNode;
}) {
  return (
    <AppConfigContext value={config}>
      <I18nextProvider i18n={i18n}>
        {persistOptions ? (
          <PersistingQueryClientProvider
            client={queryClient}
            persistOptions={persistOptions}
            // The saved copy is shown at once, and everything is fetched again behind it (paused
            // while offline): a reload always asks for the current data.
            onSuccess={() => void queryClient.invalidateQueries()}
          >
            {children}
          </PersistingQueryClientProvider>
        ) : (
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        )}
      </I18nextProvider>
    </AppConfigContext>
  );
}
