import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { pipeline, STARTED_REGISTRY_KEPT_MS } from '../../../src/data/pipeline';

const PAGE = 'http://start.test';
const REGISTRY = `${PAGE}/kpi/registry.json`;
const OTHER = `${PAGE}/kpi/other.json`;

/** Each answer names its file and its request's number: a test sees which request it came from. */
let requests: string[] = [];
/** The server's answers, in turn, from the first request: 'ok' or an HTTP status. */
let answers: ('ok' | 503)[] = [];
const registryOf = (file: string, n: number) => ({
  format: 'egov-kpi-registry/1',
  asOf: '2020-08',
  regions: [],
  units: [
    {
      id: `${file}-${n}`,
      kind: 'ministry',
      name: { vi: `Bộ ${n}`, en: `Ministry ${n}` },
      feed: `feeds/${n}.json`,
    },
  ],
});
const server = setupServer(
  http.get(`${PAGE}/kpi/:file`, ({ request, params }) => {
    requests.push(new URL(request.url).pathname);
    const answer = answers[requests.length - 1] ?? 'ok';
    if (answer !== 'ok') return new HttpResponse(null, { status: answer });
    return HttpResponse.json(registryOf(String(params.file).replace('.json', ''), requests.length));
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  requests = [];
  answers = [];
});
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const unitIdOf = async (url: string) => {
  const outcome = await pipeline.loadRegistry(url, undefined, PAGE);
  if (!outcome.ok) throw new Error(`registry failed: ${outcome.kind}`);
  return outcome.value.units[0]!.id;
};

describe('pipeline: the registry asked for at start', () => {
  it('is what the first load of that registry gives, without asking the server again', async () => {
    pipeline.startRegistry(REGISTRY, PAGE);
    // Asked for before the load below, as the page asks only after its first render.
    await vi.waitFor(() => expect(requests).toEqual(['/kpi/registry.json']));
    expect(await unitIdOf(REGISTRY)).toBe('registry-1');
    expect(requests).toEqual(['/kpi/registry.json']);
  });

  it('serves one load only: a retry or a refresh asks the server anew', async () => {
    pipeline.startRegistry(REGISTRY, PAGE);
    expect(await unitIdOf(REGISTRY)).toBe('registry-1');
    expect(await unitIdOf(REGISTRY)).toBe('registry-2');
    expect(requests).toHaveLength(2);
  });

  it('is not given for another address, which is loaded as asked', async () => {
    pipeline.startRegistry(REGISTRY, PAGE);
    expect(await unitIdOf(OTHER)).toMatch(/^other-/);
    expect(requests.toSorted()).toEqual(['/kpi/other.json', '/kpi/registry.json']);
  });

  it('is not given when it failed: the page’s load asks again', async () => {
    answers = [503];
    pipeline.startRegistry(REGISTRY, PAGE);
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(await unitIdOf(REGISTRY)).toBe('registry-2');
  });

  it('is not given when the page asks for the registry long after its start', async () => {
    const start = performance.now();
    pipeline.startRegistry(REGISTRY, PAGE);
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    vi.spyOn(performance, 'now').mockReturnValue(start + STARTED_REGISTRY_KEPT_MS + 1);
    expect(await unitIdOf(REGISTRY)).toBe('registry-2');
  });
});
