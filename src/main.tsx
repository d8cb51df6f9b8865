// First: zod must be jitless before any schema is built (the CSP forbids eval).
import './data/schemas/zod-setup';
// Latin and Vietnamese letters only: with the Latin Extended faces too, the two tone-marked
// letters both cover (ỳ, ỷ) were drawn from those, three more files on every first visit.
// Two weights, regular and bold, as the exports (src/export/export-fonts.ts): a third (600) was
// 35 kB more of the first visit's downloads, ahead of the page's first figures on a phone.
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import './styles/global.css';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { batchQueryNotifications } from './app/query-client';
import { reportHandledError } from './app/report-error';
import { StartupError } from './app/startup-error';
import { installTrustedTypesPolicy } from './app/trusted-types';
import { loadConfig } from './data/load-config';
import { startPipeline } from './data/pipeline-client';
import { followBrowserOnline } from './data/use-online';
import { formattersOf } from './i18n/use-locale';
import { warmUpIcu } from './i18n/warm-up-icu';

async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from index.html');
  // Errors caught by the app's error boundaries are shown on screen with a retry; log them as
  // warnings. Uncaught ones keep React's default (reported as errors).
  const root = createRoot(container, {
    onCaughtError: (error, info) => reportHandledError(error, info.componentStack),
  });
  document.documentElement.lang = 'vi';
  // An app opened offline starts offline, so queries wait (showing the saved copy) instead of
  // failing one by one.
  followBrowserOnline();
  batchQueryNotifications();

  const appBase = new URL(import.meta.env.BASE_URL, window.location.origin);
  installTrustedTypesPolicy(appBase);
  // ICU's data, which the page's first number format would otherwise load on the main thread,
  // is loaded by a worker while the config and the registry are on their way.
  const icuLoaded = warmUpIcu();
  const result = await loadConfig(appBase);
  if (!result.ok) {
    root.render(<StartupError kind={result.error.kind} detail={result.error.detail} />);
    return;
  }
  const { config } = result;
  if (config.mock) {
    // No offline shell in mock mode: MSW's service worker owns the page's scope.
    try {
      // The only import of mocks/ from src/: a separate chunk, loaded only in mock mode.
      const { startMockWorker } = await import('../mocks/browser');
      await startMockWorker(config.mock);
    } catch (error) {
      root.render(
        <StartupError
          kind="mock"
          detail={error instanceof Error ? error.message : String(error)}
        />,
      );
      return;
    }
  } else {
    // In mock mode the worker starts later: its requests must go through the mock's service worker.
    startPipeline(config.registryUrl, config.pageOrigin);
  }
  await icuLoaded;
  // It serves both languages: an English page pays only for its own formatters, next to nothing.
  formattersOf('vi');
  // A transition: the first render is done in slices, so the page answers input meanwhile.
  startTransition(() => root.render(<App config={config} />));
}

void start();
