import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson } from '../../../src/data/fetch-json';
import { FetchFailure } from '../../../src/data/fetch-failure';

const server = setupServer(
  http.get('http://feeds.test/ok.json', () => HttpResponse.json({ a: 1 })),
  http.get('http://feeds.test/503.json', () => new HttpResponse('busy', { status: 503 })),
  http.get('http://feeds.test/404.json', () => new HttpResponse('nope', { status: 404 })),
  http.get('http://feeds.test/html.json', () => HttpResponse.html('<!doctype html><p>Hello')),
  http.get('http://feeds.test/down.json', () => HttpResponse.error()),
  http.get('http://feeds.test/never.json', async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function failure(url: string, timeoutMs?: number): Promise<FetchFailure> {
  try {
    await fetchJson(new URL(url), { timeoutMs });
  } catch (error) {
    if (error instanceof FetchFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('fetchJson', () => {
  it('parses JSON', async () => {
    expect(await fetchJson(new URL('http://feeds.test/ok.json'))).toEqual({ a: 1 });
  });

  it('names each way a document fails, and which are worth retrying', async () => {
    const e503 = await failure('http://feeds.test/503.json');
    expect([e503.kind, e503.detail.status, e503.transient]).toEqual(['http', 503, true]);
    const e404 = await failure('http://feeds.test/404.json');
    expect([e404.kind, e404.detail.status, e404.transient]).toEqual(['http', 404, false]);
    const html = await failure('http://feeds.test/html.json');
    expect([html.kind, html.transient]).toEqual(['not-json', false]);
    const down = await failure('http://feeds.test/down.json');
    expect([down.kind, down.transient]).toEqual(['network', true]);
  });

  it('keeps 40 characters of a text that is not JSON, or as many as asked up to the bound', async () => {
    const page = `<!doctype html><title>502 Bad Gateway</title>${'x'.repeat(70_000)}`;
    server.use(http.get('http://feeds.test/long.html', () => HttpResponse.html(page)));
    const url = new URL('http://feeds.test/long.html');
    const reasonOf = async (notJsonChars?: number) => {
      const error = await fetchJson(url, notJsonChars ? { notJsonChars } : {}).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(FetchFailure);
      return (error as FetchFailure).detail.reason ?? '';
    };
    expect(await reasonOf()).toBe(page.slice(0, 40));
    expect(await reasonOf(65_536)).toBe(page.slice(0, 65_536));
    expect(await reasonOf(100_000)).toBe(page);
  });

  it('gives up after the timeout', async () => {
    const timeout = await failure('http://feeds.test/never.json', 50);
    expect([timeout.kind, timeout.transient]).toEqual(['timeout', true]);
  });

  it('passes a caller’s cancellation through, not as a failure', async () => {
    const controller = new AbortController();
    const pending = fetchJson(new URL('http://feeds.test/never.json'), {
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.not.toBeInstanceOf(FetchFailure);
  });
});
