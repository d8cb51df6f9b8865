export type UrlCheck =
  | { ok: true; url: URL }
  | {
      ok: false;
      reason: 'unparseable' | 'scheme' | 'insecure-http' | 'credentials';
      url: string;
    };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/** An address as shown when refused for its credentials: never with them ("https://…@host/"). */
function withoutCredentials(url: URL): string {
  const shown = new URL(url.href);
  shown.username = '';
  shown.password = '';
  return shown.href.replace('//', '//…@');
}

/** Any address as shown to a reader: its credentials, which may be a password, never written. */
export function shownAddress(raw: string): string {
  try {
    const url = new URL(raw);
    return url.username === '' && url.password === '' ? raw : withoutCredentials(url);
  } catch {
    return raw;
  }
}

/**
 * Contract §2: feed, national and rankings addresses are resolved against the registry's URL, and
 * only https:, same-origin and http://localhost / 127.0.0.1 are fetched. Anything else
 * (javascript:, data:, plain http elsewhere, an address with credentials such as
 * `http://evil.example:80@127.0.0.1/`) is refused, never requested. The same check applies to
 * where a response came from after redirects (`fetch-json.ts`).
 */
export function checkUrl(raw: string, base: string | URL, pageOrigin: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, reason: 'unparseable', url: raw };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'credentials', url: withoutCredentials(url) };
  }
  if (url.origin === pageOrigin && (url.protocol === 'https:' || url.protocol === 'http:')) {
    return { ok: true, url };
  }
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:') {
    return LOOPBACK_HOSTS.has(url.hostname)
      ? { ok: true, url }
      : { ok: false, reason: 'insecure-http', url: url.href };
  }
  return { ok: false, reason: 'scheme', url: raw };
}
