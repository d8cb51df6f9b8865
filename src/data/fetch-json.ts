import { FetchFailure } from './fetch-failure';
import { NETWORK } from './network-settings';
import { checkUrl } from './url-policy';

interface FetchJsonOptions {
  /** The caller's cancellation (TanStack Query's signal). */
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
  /**
   * The page's origin for the URL policy, applied to the address asked for and to the address the
   * response finally came from (after redirects). Defaults to the asked address's own origin.
   */
  pageOrigin?: string | undefined;
  /** Largest body accepted, in bytes (defaults to NETWORK.maxDocumentBytes). */
  maxBytes?: number;
  /**
   * Sent without an Accept header, as a `<link rel="preload" as="fetch">` in index.html asks for
   * it: a request whose headers differ would not take the preloaded answer and fetch again.
   */
  preloaded?: boolean;
  /** Largest document accepted, in characters (NETWORK.maxDocumentChars unless said). */
  maxChars?: number;
  /**
   * Characters of a response that is not JSON kept in the failure's reason: the dashboard shows a
   * short excerpt (40), the harvester records the text itself in a snapshot (contract §8).
   */
  notJsonChars?: number;
}

/** Lets go of a body not to be read (not awaited: some fetch stand-ins never settle a cancel). */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

function refusedIfPolicyFails(raw: string, pageOrigin: string, redirected = false): void {
  const check = checkUrl(raw, raw, pageOrigin);
  if (!check.ok) {
    throw new FetchFailure('refused', {
      reason: check.reason,
      url: check.url,
      ...(redirected && { redirected }),
    });
  }
}

/**
 * A redirect may move within the server that was asked (`/feeds/42` → `/feeds/42.json`), never to
 * another origin: an address the policy refuses is refused, and so is another origin that the
 * policy would allow (a publisher's server must not hand the dashboard someone else's numbers, and
 * `127.0.0.1:8080` → `127.0.0.1:9090` is another origin too).
 */
function refusedIfRedirectedAway(asked: URL, finalRaw: string, pageOrigin: string): void {
  let final: URL;
  try {
    final = new URL(finalRaw);
  } catch {
    throw new FetchFailure('refused', { reason: 'unparseable', url: finalRaw, redirected: true });
  }
  if (final.href.split('#')[0] === asked.href.split('#')[0]) return;
  refusedIfPolicyFails(final.href, pageOrigin, true);
  if (final.origin !== asked.origin) {
    throw new FetchFailure('refused', { reason: 'redirect', url: final.href, redirected: true });
  }
}

/**
 * Whether a request that failed at the network failed at a redirect the policy refuses. The
 * browser follows redirects itself and fails the whole request, as a network error, when one
 * leads to `data:`, `javascript:` or an address with credentials; asked again without following,
 * the answer shows the redirect. A browser hides where it led (an opaque redirect): every
 * redirect away from the address asked is refused anyway but one within its origin, whose failure
 * this one then was. Node shows the address, which is checked as the policy would.
 */
async function redirectRefused(
  url: URL,
  signal: AbortSignal,
  pageOrigin: string,
): Promise<FetchFailure | null> {
  let probe: Response;
  try {
    probe = await fetch(url, { signal, credentials: 'same-origin', redirect: 'manual' });
  } catch {
    return null;
  }
  discard(probe);
  if (probe.type === 'opaqueredirect') {
    return new FetchFailure('refused', { reason: 'redirect', url: url.href, redirected: true });
  }
  const location = probe.status >= 300 && probe.status < 400 && probe.headers.get('location');
  if (!location) return null;
  let target: string;
  try {
    target = new URL(location, url).href;
  } catch {
    return new FetchFailure('refused', { reason: 'unparseable', url: location, redirected: true });
  }
  try {
    refusedIfRedirectedAway(url, target, pageOrigin);
    return null;
  } catch (failure) {
    return failure as FetchFailure;
  }
}

/**
 * Reads a body as text, counting bytes as they arrive and stopping as soon as the cap is passed:
 * a compression bomb is cut at the cap, never inflated whole. Works with the fetch, ReadableStream
 * and TextDecoder of browsers and Node alike.
 */
async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(response);
    throw new FetchFailure('too-large', { reason: `${declared} bytes`, url });
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw new FetchFailure('too-large', { reason: `> ${maxBytes} bytes`, url });
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * GETs a JSON document with a timeout. Resolves with the parsed value or throws a FetchFailure
 * saying which way it failed; a cancellation by the caller is rethrown as is.
 */
export async function fetchJson(url: URL, options: FetchJsonOptions = {}): Promise<unknown> {
  const pageOrigin = options.pageOrigin ?? url.origin;
  // Before anything is requested: an address with credentials or a foreign plain-http address.
  refusedIfPolicyFails(url.href, pageOrigin);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? NETWORK.timeoutMs);
  const onCallerAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: options.preloaded ? {} : { Accept: 'application/json' },
      });
    } catch (error) {
      if (timedOut) throw new FetchFailure('timeout', { url: url.href });
      if (options.signal?.aborted) throw error;
      throw (
        (await redirectRefused(url, controller.signal, pageOrigin)) ??
        new FetchFailure('network', { url: url.href })
      );
    }
    // Contract §2: the policy holds for where the answer came from, not only for what was asked.
    // (An empty response.url means no redirect was followed: some fetch stand-ins leave it empty.)
    const finalUrl = response.url || url.href;
    try {
      refusedIfRedirectedAway(url, finalUrl, pageOrigin);
    } catch (failure) {
      discard(response);
      throw failure;
    }
    if (!response.ok) {
      discard(response);
      throw new FetchFailure('http', { status: response.status, url: url.href });
    }
    let text: string;
    try {
      text = await readCapped(response, options.maxBytes ?? NETWORK.maxDocumentBytes, url.href);
    } catch (error) {
      if (error instanceof FetchFailure) {
        controller.abort(); // stop the download too, not only the reading
        throw error;
      }
      if (timedOut) throw new FetchFailure('timeout', { url: url.href });
      if (options.signal?.aborted) throw error;
      throw new FetchFailure('network', { url: url.href });
    }
    if (text.length > (options.maxChars ?? NETWORK.maxDocumentChars)) {
      throw new FetchFailure('too-large', { reason: `${text.length}`, url: url.href });
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new FetchFailure('not-json', {
        reason: text.slice(0, options.notJsonChars ?? 40),
        url: url.href,
      });
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
}
