import { readFile } from 'node:fs/promises';
import { dirname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FetchFailure, isFetchFailure } from '../../src/data/fetch-failure';
import { fetchJson } from '../../src/data/fetch-json';
import { NETWORK } from '../../src/data/network-settings';
import { backoffDelay, retryTransient } from '../../src/data/retry-policy';
import { checkUrl } from '../../src/data/url-policy';

/** What reading one document gave: JSON, a text that is not JSON, or a failure (contract §8). */
export type DocumentOutcome =
  | { kind: 'body'; body: unknown; at: Date }
  | { kind: 'text'; text: string; at: Date }
  | { kind: 'failure'; failure: FetchFailure; at: Date };

export interface ReadOptions {
  timeoutMs?: number;
  /** Wait before retry n (from 0); the app's backoff unless a test shortens it. */
  backoff?: (attempt: number) => number;
  now?: () => Date;
  /**
   * The origin of the page the dashboard runs on, for the URL policy's "same origin". Defaults to
   * the base's own origin (a dashboard served beside its registry); 'null' when there is no page.
   */
  pageOrigin?: string;
}

/** A command-line source: an http(s) URL, or a file path (turned into a file: URL). */
/** A document named on the command line: no page, so no "same origin" to allow plain http. */
export function readSource(source: string, options: ReadOptions = {}): Promise<DocumentOutcome> {
  const url = sourceUrl(source);
  return readDocument(url.href, url, { ...options, pageOrigin: 'null' });
}

export function sourceUrl(source: string): URL {
  return /^https?:\/\//i.test(source) ? new URL(source) : pathToFileURL(source);
}

/** A response that is not JSON is recorded as it came, up to this many characters (64 k). */
export const NOT_JSON_TEXT_CHARS = 65_536;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The reason of a file that does not exist (the tools say so in words, not as a network error). */
export const NO_SUCH_FILE = 'no such file';

/**
 * A local file read as the client would read it over HTTP: too large, not JSON, or JSON.
 * A file that cannot be read is a network failure (there is no HTTP status to tell).
 */
async function readLocal(url: URL): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(fileURLToPath(url));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? NO_SUCH_FILE : undefined;
    throw new FetchFailure('network', {
      reason: reason ?? (error as Error).message,
      url: url.href,
    });
  }
  // The cap counts bytes, as a download does (contract §3): 4 million Vietnamese characters are
  // over 5 MB.
  if (bytes.byteLength > NETWORK.maxDocumentBytes) {
    throw new FetchFailure('too-large', { reason: `${bytes.byteLength} bytes`, url: url.href });
  }
  let text = bytes.toString('utf8');
  // A browser's decoder drops a leading byte-order mark; so does this reading, to agree with it.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FetchFailure('not-json', {
      reason: text.slice(0, NOT_JSON_TEXT_CHARS),
      url: url.href,
    });
  }
}

/** A failure as recorded (contract §8): a response that was not JSON is kept as its text. */
export function failureOutcome(failure: FetchFailure, at: Date): DocumentOutcome {
  return failure.kind === 'not-json'
    ? { kind: 'text', text: failure.detail.reason ?? '', at }
    : { kind: 'failure', failure, at };
}

/**
 * A file a registry on disk names must be in the registry's own folder or below it: a hostile
 * registry naming `/etc/passwd` or `../../.ssh/id_rsa` would otherwise have its text copied
 * into a snapshot.
 */
function insideFolderOf(url: URL, base: URL): boolean {
  const folder = dirname(fileURLToPath(base)) + sep;
  return fileURLToPath(url).startsWith(folder);
}

/**
 * Reads `ref` (as written in a registry, or given on the command line) against `base`, under the
 * app's client rules: the URL policy (https, or http on localhost/127.0.0.1; files only when the
 * base is a file too, i.e. a registry on disk naming feeds in its folder), the app's fetchJson with
 * its timeout and size cap, and retries of transient failures (network, timeout, HTTP 5xx).
 */
export async function readDocument(
  ref: string,
  base: URL,
  options: ReadOptions = {},
): Promise<DocumentOutcome> {
  const now = options.now ?? (() => new Date());
  let url: URL;
  try {
    url = new URL(ref, base);
  } catch {
    const failure = new FetchFailure('refused', { reason: 'unparseable', url: ref });
    return { kind: 'failure', failure, at: now() };
  }
  const local = url.protocol === 'file:' && base.protocol === 'file:';
  if (local && !insideFolderOf(url, base)) {
    const failure = new FetchFailure('refused', { reason: 'outside-folder', url: url.href });
    return { kind: 'failure', failure, at: now() };
  }
  if (!local) {
    const pageOrigin = options.pageOrigin ?? (base.protocol === 'file:' ? 'null' : base.origin);
    const check = checkUrl(ref, base, pageOrigin);
    if (!check.ok) {
      const failure = new FetchFailure('refused', { reason: check.reason, url: check.url });
      return { kind: 'failure', failure, at: now() };
    }
    url = check.url;
  }
  const fetchOptions = {
    timeoutMs: options.timeoutMs ?? NETWORK.timeoutMs,
    pageOrigin: base.protocol === 'file:' ? url.origin : base.origin,
    notJsonChars: NOT_JSON_TEXT_CHARS,
  };
  for (let attempt = 0; ; attempt++) {
    try {
      const body = local ? await readLocal(url) : await fetchJson(url, fetchOptions);
      return { kind: 'body', body, at: now() };
    } catch (error) {
      const failure = isFetchFailure(error)
        ? error
        : new FetchFailure('network', { reason: String(error), url: url.href });
      if (failure.kind === 'not-json' || !retryTransient(attempt, failure)) {
        return failureOutcome(failure, now());
      }
      await sleep((options.backoff ?? backoffDelay)(attempt));
    }
  }
}
