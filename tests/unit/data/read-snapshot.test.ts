import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromFeedOutcomes } from '../../../src/data/feed-outcomes-wire';
import { failureStatus } from '../../../src/data/feed-status';
import { loadFeed, loadRegistry } from '../../../src/data/load-documents';
import { unsettle, type Outcome } from '../../../src/data/outcome';
import { pipeline } from '../../../src/data/pipeline';
import type { RegistryUnit } from '../../../src/data/parse-registry';
import { isSnapshot, readSnapshot } from '../../../src/data/read-snapshot';

// A snapshot built here (contract §8): one unit per kind of entry, and one the snapshot lacks.
const SNAPSHOT_URL = 'http://snap.test/archive/snapshot.json';
const PAGE = 'http://snap.test';
const feed = (unit: string) => ({
  format: 'egov-kpi-feed/1',
  unit,
  updatedAt: '2020-08-25T17:00:00+07:00',
  observations: [{ period: '2020-08', servicesTotal: 100, servicesLevel4: 25 }],
});
const ids = ['ok', 'h503', 'net', 'slow', 'ref', 'big', 'html', 'gone', 'wrong'];
// Malformed entries: each is its own feed's failure, never the whole snapshot's.
const malformed = ['odd', 'two', 'str', 'h200'];
const unitRef = (id: string) => (id === 'proto' ? '__proto__' : `feeds/${id}.json`);
const registry = {
  format: 'egov-kpi-registry/1',
  asOf: '2020-08',
  regions: [],
  units: [...ids, ...malformed, 'proto'].map((id) => ({
    id,
    kind: 'ministry',
    name: { vi: `Bộ ${id}`, en: `Ministry ${id}` },
    feed: unitRef(id),
  })),
};
const snapshot = {
  format: 'egov-kpi-snapshot/1',
  takenAt: '2020-08-26T09:00:00+07:00',
  registry,
  documents: {
    'feeds/ok.json': { fetchedAt: '2020-08-26T08:59:00+07:00', body: feed('ok') },
    'feeds/h503.json': { failure: { kind: 'http', status: 503 } },
    'feeds/net.json': { failure: { kind: 'network' } },
    'feeds/slow.json': { failure: { kind: 'timeout' } },
    'feeds/ref.json': { failure: { kind: 'refused' } },
    'feeds/big.json': { failure: { kind: 'too-large' } },
    'feeds/html.json': { text: '<html>502 Bad Gateway</html>' },
    'feeds/wrong.json': { body: feed('ok') },
    'feeds/odd.json': { failure: { kind: 'exploded' } },
    'feeds/two.json': { body: feed('two'), failure: { kind: 'network' } },
    'feeds/str.json': 'hello',
    'feeds/h200.json': { failure: { kind: 'http', status: 200 } },
    // As JSON.parse reads it: an entry of its own, not the object's prototype.
    ...(JSON.parse(`{"__proto__": ${JSON.stringify({ body: feed('proto') })}}`) as object),
  },
};

let requests = 0;
const server = setupServer(
  http.get(SNAPSHOT_URL, () => {
    requests++;
    return HttpResponse.json(snapshot);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function statusOf(unit: RegistryUnit) {
  try {
    const result = await loadFeed(unit, SNAPSHOT_URL, null, PAGE, true);
    return { kind: 'loaded', observations: result.observations.length };
  } catch (error) {
    return failureStatus(error);
  }
}

describe('reading a snapshot (contract §8)', () => {
  it('recognises a snapshot by its format and says what is wrong with a broken one', () => {
    expect(isSnapshot(snapshot)).toBe(true);
    expect(isSnapshot(registry)).toBe(false);
    expect(readSnapshot({ ...snapshot, takenAt: 'yesterday' })).toEqual({
      ok: false,
      field: 'takenAt',
      found: expect.stringContaining('yesterday') as string,
    });
  });

  it('names a broken registry inside it where it is in the snapshot', async () => {
    server.use(
      http.get('http://snap.test/nested/snapshot.json', () =>
        HttpResponse.json({ ...snapshot, registry: snapshot }),
      ),
    );
    await expect(loadRegistry('http://snap.test/nested/snapshot.json')).rejects.toMatchObject({
      kind: 'wrong-format',
      detail: { field: 'registry.format', found: '"egov-kpi-snapshot/1"' },
    });
  });

  it('gives the registry inside it, with when it was taken', async () => {
    const read = await loadRegistry(SNAPSHOT_URL);
    expect(read.snapshot).toEqual({ takenAt: '2020-08-26T09:00:00+07:00' });
    expect(read.units.map((u) => u.id)).toEqual([...ids, ...malformed, 'proto']);
  });

  it('reads every feed from the snapshot with no request, failing as a live fetch would', async () => {
    const read = await loadRegistry(SNAPSHOT_URL);
    const before = requests;
    const statuses = Object.fromEntries(
      await Promise.all(read.units.map(async (u) => [u.id, await statusOf(u)] as const)),
    );
    expect(requests).toBe(before);
    expect(statuses).toEqual({
      ok: { kind: 'loaded', observations: 1 },
      h503: { kind: 'http-error', status: 503 },
      net: { kind: 'network-error' },
      slow: { kind: 'timeout' },
      ref: { kind: 'refused', url: 'http://snap.test/archive/feeds/ref.json' },
      big: { kind: 'too-large' },
      html: { kind: 'not-json' },
      gone: { kind: 'network-error' },
      wrong: { kind: 'wrong-unit', found: '"ok"' },
      odd: expect.objectContaining({
        kind: 'wrong-format',
        detail: 'documents.feeds/odd.json.failure: {"kind":"exploded"}',
      }) as object,
      two: expect.objectContaining({
        kind: 'wrong-format',
        detail:
          'documents.feeds/two.json.body and failure: more than one of body, text and failure',
      }) as object,
      str: expect.objectContaining({
        kind: 'wrong-format',
        detail: 'documents.feeds/str.json: "hello"',
      }) as object,
      h200: expect.objectContaining({
        kind: 'wrong-format',
        detail: 'documents.feeds/h200.json.failure.status: 200',
      }) as object,
      proto: { kind: 'loaded', observations: 1 },
    });
  });

  it('gives failures across the worker boundary as plain data, thrown again as the same failure', async () => {
    const read = unsettle(await pipeline.loadRegistry(SNAPSHOT_URL));
    const unit = read.units.find((u) => u.id === 'h503')!;
    const outcome = await new Promise<Outcome<unknown>>((resolve) => {
      pipeline.onFeedResults((_, feeds) => resolve(fromFeedOutcomes(structuredClone(feeds))[0]!));
      const request = { unit, registryUrl: SNAPSHOT_URL, asOf: null, pageOrigin: PAGE };
      pipeline.loadFeeds([{ ...request, fromSnapshot: true, attempt: 1 }]);
    });
    expect(outcome).toEqual({
      ok: false,
      kind: 'http',
      detail: { status: 503, url: 'http://snap.test/archive/feeds/h503.json' },
    });
    expect(() => unsettle(outcome)).toThrow(expect.objectContaining({ kind: 'http' }) as Error);
  });
});
