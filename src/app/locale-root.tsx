import { Outlet, useSearchParams } from 'react-router';
import { useAppConfig } from '../data/app-config-context';
import { LocaleContext } from '../i18n/use-locale';
import { parseViewState } from '../lib/view-state';
import { DashboardDataProvider } from './dashboard-data-provider';

/** The URL's language (or the deployment's default), and the data, for everything below. */
export function LocaleRoot() {
  const config = useAppConfig();
  const [search] = useSearchParams();
  const locale = parseViewState(search).lang ?? config.defaultLocale;
  return (
    <LocaleContext value={locale}>
      <DashboardDataProvider>
        <Outlet />
      </DashboardDataProvider>
    </LocaleContext>
  );
}
