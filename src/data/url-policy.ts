export type UrlCheck =
  | { ok: true; url: URL }
  | { ok: false; reason: 'unparseable' | 'scheme' | 'insecure-http'; url: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * Contract §2: feed, national and rankings addresses are resolved against the registry's URL, and
 * only https:, same-origin and http://localhost / 127.0.0.1 are fetched. Anything else
 * (javascript:, data:, plain http elsewhere) is refused, never requested.
 */
export function checkUrl(raw: string, base: string | URL, pageOrigin: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, reason: 'unparseable', url: raw };
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
