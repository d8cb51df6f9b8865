/**
 * Trusted Types (the CSP says `require-trusted-types-for 'script'; trusted-types default`): no
 * string reaches an HTML or script sink unless this policy lets it through. The app itself uses
 * no sink. One is used on its behalf: starting a worker (MSW's mock service worker, the offline
 * shell's, and the app's two dedicated workers). The default policy lets exactly those scripts
 * through and nothing else: no HTML at all (the image export builds its SVG as text in a Blob,
 * no sink), no inline script, no other script URL.
 */
interface TrustedTypePolicyOptions {
  createScriptURL?: (input: string) => string | null;
  createHTML?: (input: string) => string | null;
}

/** No HTML reaches a sink: every string is refused. */
export function allowedHtml(input: string): string | null {
  void input;
  return null;
}
interface TrustedTypesFactory {
  createPolicy(name: string, options: TrustedTypePolicyOptions): unknown;
}

/** The worker scripts the app registers, relative to its base URL. */
const WORKER_SCRIPTS = ['mockServiceWorker.js', 'sw.js'];
/**
 * The dedicated workers as the build emits them: the data worker (src/data/pipeline.worker.ts) and
 * the one that loads ICU's data (src/i18n/icu-warm-up.worker.ts), assets/<name>.worker-<hash>.js.
 */
const APP_WORKERS = /^assets\/(pipeline|icu-warm-up)\.worker-[\w-]+\.js$/;

export function allowedScriptUrl(input: string, base: URL): string | null {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  const path = url.pathname.startsWith(base.pathname)
    ? url.pathname.slice(base.pathname.length)
    : null;
  const allowed = path !== null && (WORKER_SCRIPTS.includes(path) || APP_WORKERS.test(path));
  return allowed && url.search === '' && url.hash === '' ? url.href : null;
}

export function installTrustedTypesPolicy(base: URL): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy('default', {
      createScriptURL: (input) => allowedScriptUrl(input, base),
      createHTML: allowedHtml,
    });
  } catch {
    // Already created (hot reload) or not allowed by the page's CSP: sinks stay blocked.
  }
}
