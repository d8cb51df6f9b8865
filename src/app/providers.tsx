import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import type { AppConfig } from '../data/app-config';
import { AppConfigContext } from '../data/app-config-context';

/** Everything a screen needs above the router: config, translations, the query cache. */
export function Providers({
  config,
  i18n,
  queryClient,
  children,
}: {
  config: AppConfig;
  i18n: i18n;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <AppConfigContext value={config}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </I18nextProvider>
    </AppConfigContext>
  );
}
