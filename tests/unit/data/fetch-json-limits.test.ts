import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from '../../../src/data/fetch-json';
import { FetchFailure } from '../../../src/data/fetch-failure';
import { failureStatus } from '../../../src/data/feed-status';
import { retryTransient } from '../../../src/data/retry-policy';

/** A response as a browser or Node hands it over after following redirects to `url`. */
function answered(body: BodyInit | null, url: string, init: ResponseInit = {}): Response {
  const response = new Response(body, { status: 200, ...init });
  Object.defineProperty(response, 'url', { value: url });
  Object.defineProperty(response, 'redirected', { value: true });
  return response;
}

function stubFetch(respond: (url: string) => Response) {
  const spy = vi.fn((input: URL | string) => Promise.resolve(respond(input.toString())));
  vi.stubGlobal('fetch', spy);
  return spy;
}

async function failureOf(promise: Promise<unknown>): Promise<FetchFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchJson against a hostile publisher (contract 1.1 §2, §3)', () => {
  it('refuses an address with credentials before asking anything, and never retries it', async () => {
    const spy = stubFetch(() => new Response('{}'));
    const failure = await failureOf(
      fetchJson(new URL('http://evil.example:80@127.0.0.1/feeds/1.json')),
    );
    expect(spy).not.toHaveBeenCalled();
    expect([failure.kind, failure.detail.reason, failure.transient]).toEqual([
      'refused',
      'credentials',
      false,
    ]);
    expect(retryTransient(0, failure)).toBe(false);
    // Named without its credentials, which may be a password.
    expect(failureStatus(failure)).toEqual({
      kind: 'refused',
      url: 'http://…@127.0.0.1/feeds/1.json',
    });
  });

  it.each([
    ['another loopback port', 'http://127.0.0.1:4219/feeds/1.json'],
    ['another https origin', 'https://evil.example/feeds/1.json'],
    ['plain http elsewhere', 'http://evil.example/feeds/1.json'],
    ['an address with credentials', 'http://u:p@127.0.0.1:4218/feeds/1.json'],
  ])('refuses a redirect to %s, naming where it went', async (what, finalUrl) => {
    stubFetch(() => answered('{"format":"egov-kpi-feed/1"}', finalUrl));
    const failure = await failureOf(
      fetchJson(new URL('http://127.0.0.1:4218/feeds/1.json'), {
        pageOrigin: 'http://127.0.0.1:4218',
      }),
    );
    expect(failure.kind).toBe('refused');
    expect(failure.detail.url).toBe(
      what === 'an address with credentials'
        ? 'http://…@127.0.0.1:4218/feeds/1.json'
        : new URL(finalUrl).href,
    );
    expect(failure.transient).toBe(false);
    // Said to be a redirect, not taken for the address the registry names.
    expect(failureStatus(failure)).toMatchObject({ kind: 'refused', at: 'redirect' });
  });

  it('refuses a redirect the browser failed as a network error, found by asking again', async () => {
    // What a browser does at a redirect to data: or to credentials: the request fails whole, and
    // asked without following, the answer is an opaque redirect that hides where it led.
    const spy = vi.fn((_: URL | string, init?: RequestInit) =>
      init?.redirect === 'manual'
        ? Promise.resolve({ type: 'opaqueredirect', status: 0, body: null } as unknown as Response)
        : Promise.reject(new TypeError('Failed to fetch')),
    );
    vi.stubGlobal('fetch', spy);
    const failure = await failureOf(fetchJson(new URL('https://kpi.example.gov.vn/feeds/42.json')));
    expect([failure.kind, failure.detail.reason, failure.transient]).toEqual([
      'refused',
      'redirect',
      false,
    ]);
    expect(failureStatus(failure)).toEqual({
      kind: 'refused',
      url: 'https://kpi.example.gov.vn/feeds/42.json',
      at: 'redirect',
    });
    // A request that fails with no redirect stays a network error, worth trying again.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const network = await failureOf(fetchJson(new URL('https://kpi.example.gov.vn/feeds/42.json')));
    expect([network.kind, network.transient]).toEqual(['network', true]);
  });

  it('follows a redirect within the same origin', async () => {
    stubFetch(() => answered('{"a":1}', 'https://kpi.example.gov.vn/feeds/42.json'));
    const doc = await fetchJson(new URL('https://kpi.example.gov.vn/feeds/42'));
    expect(doc).toEqual({ a: 1 });
  });

  it('refuses a declared Content-Length over the cap before reading the body', async () => {
    const pull = vi.fn();
    const body = new ReadableStream<Uint8Array>({ pull });
    stubFetch(() => new Response(body, { headers: { 'content-length': '6000000' } }));
    const failure = await failureOf(fetchJson(new URL('https://kpi.example.gov.vn/big.json')));
    expect([failure.kind, failure.transient]).toEqual(['too-large', false]);
    expect(pull.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('stops reading an endless body at the cap (a compression bomb inflating without end)', async () => {
    let served = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        served += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    stubFetch(() => new Response(endless));
    const failure = await failureOf(
      fetchJson(new URL('https://kpi.example.gov.vn/bomb.json'), { maxBytes: 1_000_000 }),
    );
    expect([failure.kind, failure.transient]).toEqual(['too-large', false]);
    expect(retryTransient(0, failure)).toBe(false);
    // Read up to the cap and a chunk or two of look-ahead, never the gigabyte.
    expect(served).toBeLessThan(1_000_000 + 4 * chunk.byteLength);
  });

  it('reads a document within the cap whole, multi-byte characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"name":"Hà Tĩnh"}');
    const chunks = [bytes.slice(0, 11), bytes.slice(11)];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
        controller.close();
      },
    });
    stubFetch(() => new Response(body));
    expect(await fetchJson(new URL('https://kpi.example.gov.vn/42.json'))).toEqual({
      name: 'Hà Tĩnh',
    });
  });
});
