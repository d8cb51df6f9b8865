/** The service worker that vite-plugin-pwa generates (see vite.config.ts): the offline app shell. */
export const SHELL_WORKER = 'sw.js';

/**
 * Installs the offline app shell (index.html, scripts, styles, fonts; config.json network-first)
 * for deployments that read real feeds. Never in mock mode: there MSW's worker owns the page's
 * scope. Data is not cached by the worker: the last good data is kept by the query persister,
 * and only after it validated. Called once the first picture has settled: installing means
 * downloading the whole shell (1.5 MB), which on a first visit over a slow connection would
 * otherwise share it with the registry and the feeds.
 */
let registered = false;

export function registerOfflineShell(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  const base = import.meta.env.BASE_URL;
  const configUrl = new URL(`${base}config.json`, location.origin);
  // On the very first visit config.json was fetched before the worker existed: once the worker
  // takes control, fetch it again through the worker so that an offline start finds it.
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      fetch(configUrl, { cache: 'no-cache' }).catch(() => undefined);
    },
    { once: true },
  );
  navigator.serviceWorker
    .register(`${base}${SHELL_WORKER}`, { scope: base })
    .catch((error: unknown) => console.warn('Offline shell not installed:', error));
}
