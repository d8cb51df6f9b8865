import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fromFeedOutcomes } from '../../../src/data/feed-outcomes-wire';
import type * as NetworkSettings from '../../../src/data/network-settings';
import type { Outcome } from '../../../src/data/outcome';
import { pipeline } from '../../../src/data/pipeline';
import { registryUnit as unit } from '../../support/dataset-builder';

// One feed at a time, so the second waits its turn.
vi.mock('../../../src/data/network-settings', async (importOriginal) => {
  const { NETWORK } = await importOriginal<typeof NetworkSettings>();
  return { NETWORK: { ...NETWORK, maxConcurrentFeeds: 1 } };
});

const REGISTRY = 'http://localhost/api/registry.json';
const PAGE = 'http://localhost';
const feed = (id: string) => ({
  format: 'egov-kpi-feed/1',
  unit: id,
  updatedAt: null,
  observations: [{ period: '2020-08', servicesTotal: 10, servicesLevel4: 1 }],
});

let answerFirst: (() => void) | null = null;
const server = setupServer(
  http.get('http://localhost/api/feeds/a.json', async () => {
    await new Promise<void>((resolve) => (answerFirst = resolve));
    return HttpResponse.json(feed('a'));
  }),
  http.get('http://localhost/api/feeds/b.json', () => HttpResponse.json(feed('b'))),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const answers = new Map<number, (outcome: Outcome<unknown>) => void>();
pipeline.onFeedResults((attempts, feeds) =>
  fromFeedOutcomes(feeds).forEach((outcome, i) => answers.get(attempts[i]!)?.(outcome)),
);

/** Asks the pipeline for one feed under an attempt number; resolves with its outcome. */
const ask = (id: string, attempt: number) =>
  new Promise<Outcome<unknown>>((resolve) => {
    answers.set(attempt, resolve);
    pipeline.loadFeeds([
      {
        unit: unit(id),
        registryUrl: REGISTRY,
        asOf: null,
        pageOrigin: PAGE,
        fromSnapshot: false,
        attempt,
      },
    ]);
  });

describe('pipeline: when each feed’s own request begins', () => {
  it('reports a feed’s start only when its turn comes, each attempt under its own number', async () => {
    const heard: number[][] = [];
    pipeline.onFeedStarts((attempts) => heard.push(attempts));
    const first = ask('a', 1);
    const second = ask('b', 2);
    // The first feed's request is at the server; the second is still waiting its turn.
    await vi.waitFor(() => expect(answerFirst).not.toBeNull());
    expect(heard).toEqual([[1]]);
    answerFirst!();
    await first;
    await second;
    expect(heard.flat()).toEqual([1, 2]);
    // A retry is a new attempt: its start is reported again.
    await ask('b', 3);
    expect(heard.flat()).toEqual([1, 2, 3]);
  });
});
