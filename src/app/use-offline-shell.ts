import { useEffect } from 'react';
import { useAppConfig } from '../data/app-config-context';
import { registerOfflineShell } from './offline-shell';

/**
 * Installs the offline app shell once the first picture has settled (every feed arrived or
 * failed), for deployments on real feeds: in mock mode MSW's service worker owns the scope.
 */
export function useOfflineShell(settled: boolean): void {
  const { mock } = useAppConfig();
  useEffect(() => {
    if (!settled || mock !== null) return;
    registerOfflineShell();
  }, [settled, mock]);
}
