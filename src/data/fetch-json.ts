import { FetchFailure } from './fetch-failure';
import { NETWORK } from './network-settings';

interface FetchJsonOptions {
  /** The caller's cancellation (TanStack Query's signal). */
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
  /** Largest document accepted, in characters (NETWORK.maxDocumentChars unless said). */
  maxChars?: number;
}

/**
 * GETs a JSON document with a timeout. Resolves with the parsed value or throws a FetchFailure
 * saying which way it failed; a cancellation by the caller is rethrown as is.
 */
export async function fetchJson(url: URL, options: FetchJsonOptions = {}): Promise<unknown> {
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
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      if (timedOut) throw new FetchFailure('timeout', { url: url.href });
      if (options.signal?.aborted) throw error;
      throw new FetchFailure('network', { url: url.href });
    }
    if (!response.ok) {
      throw new FetchFailure('http', { status: response.status, url: url.href });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
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
      throw new FetchFailure('not-json', { reason: text.slice(0, 40), url: url.href });
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
}
