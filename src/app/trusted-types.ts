/**
 * Trusted Types (the CSP says `require-trusted-types-for 'script'; trusted-types default`): no
 * string reaches an HTML or script sink unless this policy lets it through. The app itself uses
 * no sink; the only one is registering a service worker (MSW's mock worker, or the offline shell),
 * so the default policy lets exactly those two same-origin scripts through and nothing else: no
 * HTML, no inline script, no other script URL.
 */
interface TrustedTypePolicyOptions {
  createScriptURL?: (input: string) => string | null;
}
interface TrustedTypesFactory {
  createPolicy(name: string, options: TrustedTypePolicyOptions): unknown;
}

/** The worker scripts the app registers, relative to its base URL. */
const WORKER_SCRIPTS = ['mockServiceWorker.js', 'sw.js'];

export function allowedScriptUrl(input: string, base: URL): string | null {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  const allowed = WORKER_SCRIPTS.some((name) => url.pathname === `${base.pathname}${name}`);
  return allowed && url.search === '' && url.hash === '' ? url.href : null;
}

export function installTrustedTypesPolicy(base: URL): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy('default', {
      createScriptURL: (input) => allowedScriptUrl(input, base),
    });
  } catch {
    // Already created (hot reload) or not allowed by the page's CSP: sinks stay blocked.
  }
}
