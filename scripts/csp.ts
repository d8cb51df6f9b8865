/**
 * The dashboard's Content-Security-Policy, in one place: `vite preview` sends it (vite.config.ts),
 * and `scripts/csp-header.ts` prints it for a deployment's web server. See SECURITY.md.
 *
 * - scripts only from the app's own origin: no inline script, no eval (zod runs jitless);
 * - styles only from the app's own origin: the build emits CSS files, and React and Recharts set
 *   styles through the CSSOM (element.style), which style-src does not govern;
 * - connect-src: the app's origin plus the feed origins the deployer lists;
 * - no plugins, no framing, no <base> or form targets; Trusted Types so no string reaches an
 *   HTML or script sink (only the app's own worker scripts pass its one policy).
 */

/** An origin a deployment may fetch feeds from: https (or http on localhost), host wildcards ok. */
const ORIGIN =
  /^(https:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?|http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?)$/i;

export function isCspOrigin(value: string): boolean {
  return ORIGIN.test(value);
}

/** Splits a list of origins (spaces or commas) and checks each one; throws on anything else. */
export function parseOrigins(list: string | undefined): string[] {
  if (!list) return [];
  const origins = list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((o) => o.replace(/\/+$/, ''));
  for (const origin of origins) {
    if (!isCspOrigin(origin)) {
      throw new Error(
        `Not an allowed feed origin for connect-src: ${JSON.stringify(origin)} ` +
          '(expected https://host[:port], https://*.host, or http://localhost[:port])',
      );
    }
  }
  return [...new Set(origins)];
}

/** The one route other sites may frame (the chrome-less charts); everything else refuses. */
export const EMBED_PATH = /^\/(?:[^?#]*\/)?embed\//;

/**
 * Who may frame the embed route: CSP_EMBED_ANCESTORS ("https://baochinhphu.vn https://*.gov.vn"),
 * or any site when unset (the embeds are public, read-only charts).
 */
export function parseAncestors(list: string | undefined): string[] {
  const origins = parseOrigins(list);
  return origins.length > 0 ? origins : ['*'];
}

/**
 * The response headers for a path: the embed route may be framed by `embedAncestors`, every
 * other route by nobody (frame-ancestors 'none' and, for old browsers, X-Frame-Options DENY).
 */
export function headersFor(
  pathname: string,
  feedOrigins: readonly string[] = [],
  embedAncestors: readonly string[] = ['*'],
): Record<string, string> {
  const embed = EMBED_PATH.test(pathname);
  return {
    'Content-Security-Policy': contentSecurityPolicy(
      feedOrigins,
      embed ? embedAncestors : ["'none'"],
    ),
    ...(embed ? {} : { 'X-Frame-Options': 'DENY' }),
    ...COMPANION_HEADERS,
  };
}

export function contentSecurityPolicy(
  feedOrigins: readonly string[] = [],
  frameAncestors: readonly string[] = ["'none'"],
): string {
  for (const origin of feedOrigins) {
    if (!isCspOrigin(origin)) throw new Error(`Not a feed origin: ${JSON.stringify(origin)}`);
  }
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...feedOrigins],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', ...frameAncestors] as [string, ...string[]],
    ['require-trusted-types-for', "'script'"],
    // One policy, 'default' (src/app/trusted-types.ts): only the app's two worker scripts pass.
    ['trusted-types', 'default'],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Other headers every deployment should send with the app (not security-critical alone). */
export const COMPANION_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every origin other than the page's own that a registry makes the dashboard fetch: its feeds,
 * national.json and rankings.json, resolved against the registry's URL as the app does. Addresses
 * the app would refuse (contract §2) are left out: they are never fetched.
 */
export function feedOriginsOf(
  registry: unknown,
  registryUrl: string,
  pageOrigin: string,
): string[] {
  const raw: unknown[] = [];
  if (isRecord(registry)) {
    if (Array.isArray(registry.units)) {
      for (const unit of registry.units) if (isRecord(unit)) raw.push(unit.feed);
    }
    raw.push(registry.national, registry.rankings);
  }
  const origins = new Set<string>();
  const registryOrigin = new URL(registryUrl).origin;
  if (registryOrigin !== pageOrigin) origins.add(registryOrigin);
  for (const address of raw) {
    if (typeof address !== 'string') continue;
    let url: URL;
    try {
      url = new URL(address, registryUrl);
    } catch {
      continue;
    }
    if (url.origin === pageOrigin) continue;
    if (isCspOrigin(url.origin)) origins.add(url.origin);
  }
  return [...origins].sort();
}
