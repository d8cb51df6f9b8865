import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_UNITS } from '../../../mocks/scenarios/faults-scenario';
import { createMockServer } from '../../../mocks/node';
import { fetchJson } from '../../../src/data/fetch-json';
import { MOCK_API_PATH } from '../../../src/data/mock-paths';
import { parseFeed } from '../../../src/data/parse-feed';
import { parseNational, parseRankings } from '../../../src/data/parse-extras';
import { registryOf } from './load-dataset';

const api = (path: string) => new URL(`${MOCK_API_PATH}${path}`, 'http://localhost/');
const failureOf = async (path: string, timeoutMs = 1_000) =>
  fetchJson(api(path), { timeoutMs }).then(
    () => null,
    (error: unknown) => error,
  );

describe('mock API handlers, default scenario', () => {
  const server = createMockServer('default');
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('serves the registry and every unit feed it lists', async () => {
    const registry = registryOf(await fetchJson(api('registry.json')));
    expect(registry.units).toHaveLength(85);
    const feed = await fetchJson(new URL(registry.units[0]?.feed ?? '', api('registry.json')));
    const parsed = parseFeed(feed, registry.units[0]?.id ?? '', registry.asOf);
    expect(parsed.ok && parsed.rejections).toEqual([]);
  });

  it('answers JSON with a JSON content type, at once', async () => {
    const response = await fetch(api('feeds/42.json'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await response.json()) as { unit: string }).unit).toBe('42');
  });

  it('serves national.json and rankings.json', async () => {
    const national = parseNational(await fetchJson(api('national.json')));
    expect(national.ok && national.items.length).toBeGreaterThanOrEqual(4);
    const rankings = parseRankings(await fetchJson(api('rankings.json')));
    expect(rankings.ok && rankings.items.length).toBe(2);
  });

  it('answers 404 with JSON for a feed that does not exist', async () => {
    for (const file of ['XX.json', '42', 'constructor.json']) {
      const response = await fetch(api(`feeds/${file}`));
      expect(response.status, file).toBe(404);
      expect(await response.json()).toMatchObject({ error: 'not-found' });
    }
  });

  it('answers from any origin (the browser serves the app under its own base URL)', async () => {
    const response = await fetch(`http://127.0.0.1:4173/some/base/${MOCK_API_PATH}feeds/MOF.json`);
    expect(response.status).toBe(200);
  });
});

describe('mock API handlers, faults scenario', () => {
  const server = createMockServer('faults');
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  const feed = (id: string) => `feeds/${id}.json`;

  it('fails each transport fault the way the client expects', async () => {
    expect(await failureOf(feed(FAULT_UNITS.httpError))).toMatchObject({
      kind: 'http',
      detail: { status: 503 },
    });
    expect(await failureOf(feed(FAULT_UNITS.httpNotFound))).toMatchObject({
      kind: 'http',
      detail: { status: 404 },
    });
    expect(await failureOf(feed(FAULT_UNITS.networkError))).toMatchObject({ kind: 'network' });
    expect(await failureOf(feed(FAULT_UNITS.notJson))).toMatchObject({ kind: 'not-json' });
  });

  it('keeps the timeout and slow feeds waiting (checked with a short client timeout)', async () => {
    expect(await failureOf(feed(FAULT_UNITS.timeout), 50)).toMatchObject({ kind: 'timeout' });
    expect(await failureOf(feed(FAULT_UNITS.slow), 50)).toMatchObject({ kind: 'timeout' });
  });

  it('serves the document faults as JSON, for the parser to reject', async () => {
    const wrong = parseFeed(
      await fetchJson(api(feed(FAULT_UNITS.wrongFormat))),
      FAULT_UNITS.wrongFormat,
      null,
    );
    expect(wrong).toMatchObject({ ok: false, failure: 'wrong-format' });
    const registry = registryOf(await fetchJson(api('registry.json')));
    expect(registry.units.map((u) => u.id)).toContain('98');
  });
});

describe('mock API handlers, scale scenario', () => {
  const server = createMockServer('scale');
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('serves 10,022 units and generates a commune feed on request', async () => {
    const registry = registryOf(await fetchJson(api('registry.json')));
    expect(registry.units).toHaveLength(10_022);
    const parsed = parseFeed(await fetchJson(api('feeds/C09999.json')), 'C09999', registry.asOf);
    expect(parsed.ok && parsed.observations.length).toBe(20);
  });
});
