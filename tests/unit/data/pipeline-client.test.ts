import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadFeed } from '../../../src/data/pipeline-client';
import { pipeline } from '../../../src/data/pipeline';
import { registryUnit as unit } from '../../support/dataset-builder';

const REGISTRY = 'http://feeds.test/registry.json';
const PAGE = 'http://feeds.test';
const feed = (id: string, level4: number) => ({
  format: 'egov-kpi-feed/1',
  unit: id,
  updatedAt: null,
  observations: [{ period: '2020-08', servicesTotal: 10, servicesLevel4: level4 }],
});

let answerSlow: (() => void) | null = null;
const server = setupServer(
  http.get('http://feeds.test/feeds/fast.json', () => HttpResponse.json(feed('fast', 3))),
  http.get('http://feeds.test/feeds/slow.json', async () => {
    await new Promise<void>((resolve) => (answerSlow = resolve));
    return HttpResponse.json(feed('slow', 7));
  }),
  http.get('http://feeds.test/feeds/gone.json', () => new HttpResponse(null, { status: 404 })),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('loadFeed: feeds asked in one task cross to the pipeline together', () => {
  it('sends them in one call, and gives each feed its own outcome as soon as it settles', async () => {
    const calls = vi.spyOn(pipeline, 'loadFeeds');
    const slow = loadFeed(unit('slow'), REGISTRY, null, PAGE, false);
    const fast = loadFeed(unit('fast'), REGISTRY, null, PAGE, false);
    const gone = loadFeed(unit('gone'), REGISTRY, null, PAGE, false);
    gone.catch(() => undefined);

    // The slow feed is still at the server: the others are answered meanwhile.
    const arrived = await fast;
    expect(arrived.unitId).toBe('fast');
    expect(arrived.observations.map((o) => o.servicesLevel4)).toEqual([3]);
    await expect(gone).rejects.toMatchObject({ kind: 'http', detail: { status: 404 } });
    expect(answerSlow).not.toBeNull();

    answerSlow!();
    expect((await slow).observations.map((o) => o.servicesLevel4)).toEqual([7]);

    expect(calls).toHaveBeenCalledTimes(1);
    expect(calls.mock.calls[0]![0].map((r) => r.unit.id)).toEqual(['slow', 'fast', 'gone']);
  });
});
