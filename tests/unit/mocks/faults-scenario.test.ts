import { describe, expect, it } from 'vitest';
import {
  FAULT_UNITS,
  HOSTILE_NAME_UNITS,
  PARTLY_INVALID_RULES,
  REFUSED_HTTP_FEED,
  SLOW_FEED_DELAY_MS,
  WRONG_UNIT_SERVES,
  faultsDocuments,
  faultsScenario,
} from '../../../mocks/scenarios/faults-scenario';
import { defaultDataset } from '../../../mocks/generate/default-dataset';
import { parseFeed } from '../../../src/data/parse-feed';
import { checkUrl } from '../../../src/data/url-policy';
import { buildPeriodModel } from '../../../src/domain/model';
import { loadDataset, m } from './load-dataset';

const scenario = faultsScenario();
const docs = faultsDocuments();
const loaded = loadDataset(docs.registry, (id) => docs.feeds[id]);
const result = (id: string) => {
  const r = loaded.results.get(id);
  if (!r) throw new Error(`no result for ${id}`);
  return r;
};
const registryFeed = (id: string) => loaded.registry.units.find((u) => u.id === id)?.feed;

describe('faults scenario', () => {
  it('uses existing units, each for one fault', () => {
    const ids = Object.values(FAULT_UNITS);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(defaultDataset().feeds[id], id).toBeDefined();
    expect(loaded.registry.problems).toEqual([]);
    expect(loaded.registry.units).toHaveLength(87);
  });

  it('answers the transport faults without a body', () => {
    expect(scenario.feed(FAULT_UNITS.httpError)).toEqual({ kind: 'status', status: 503 });
    expect(scenario.feed(FAULT_UNITS.httpNotFound)).toEqual({ kind: 'status', status: 404 });
    expect(scenario.feed(FAULT_UNITS.networkError)).toEqual({ kind: 'network-error' });
    expect(scenario.feed(FAULT_UNITS.timeout)).toEqual({ kind: 'never' });
    const html = scenario.feed(FAULT_UNITS.notJson);
    expect(html?.kind).toBe('html');
    expect(() => JSON.parse(html?.kind === 'html' ? html.body : '') as unknown).toThrow();
  });

  it('answers the slow unit correctly, after 4 s', () => {
    const slow = scenario.feed(FAULT_UNITS.slow);
    expect(slow).toMatchObject({ kind: 'json', delayMs: SLOW_FEED_DELAY_MS });
    expect(SLOW_FEED_DELAY_MS).toBeGreaterThan(2_000);
    expect(SLOW_FEED_DELAY_MS).toBeLessThan(10_000);
    const parsed = parseFeed(
      slow?.kind === 'json' ? slow.body : null,
      FAULT_UNITS.slow,
      m('2020-08'),
    );
    expect(parsed.ok && parsed.rejections.length).toBe(0);
  });

  it('rejects the wrong-format and wrong-unit feeds whole', () => {
    expect(result(FAULT_UNITS.wrongFormat)).toMatchObject({
      ok: false,
      failure: 'wrong-format',
      field: 'format',
      found: '"egov-kpi-feed/2"',
    });
    expect(result(FAULT_UNITS.wrongUnit)).toMatchObject({
      ok: false,
      failure: 'wrong-unit',
      found: `"${WRONG_UNIT_SERVES}"`,
    });
  });

  it('rejects each bad observation of the partly invalid feed with its rule, keeps the rest', () => {
    const parsed = result(FAULT_UNITS.partlyInvalid);
    if (!parsed.ok) throw new Error('partly invalid feed rejected whole');
    const rules: Record<string, string[]> = Object.fromEntries(
      parsed.rejections.map((r) => [r.period ?? '', r.issues.map((i) => i.rule)]),
    );
    expect(rules).toEqual(
      Object.fromEntries(Object.entries(PARTLY_INVALID_RULES).map(([p, rule]) => [p, [rule]])),
    );
    expect(parsed.rejections.length).toBeGreaterThanOrEqual(4);
    expect(parsed.rejections.length).toBeLessThanOrEqual(6);
    expect(parsed.observations).toHaveLength(16);
    expect(parsed.observations.at(-1)?.period).toBe(m('2020-08'));
  });

  it('has a stale feed, newest 2020-04, flagged by the engine', () => {
    const model = buildPeriodModel(loaded.dataset, m('2020-08'));
    const stale = model.byId.get(FAULT_UNITS.stale);
    expect(stale?.newestPeriod).toBe(m('2020-04'));
    expect(stale?.flags.find((f) => f.rule === 'stale-feed')).toMatchObject({
      cause: 'old',
      monthsBehind: 4,
    });
  });

  it('points two registry entries at addresses the URL policy refuses', () => {
    const base = 'http://localhost/mock-api/registry.json';
    const js = registryFeed(FAULT_UNITS.refusedJavascript) ?? '';
    const http = registryFeed(FAULT_UNITS.refusedHttp) ?? '';
    expect(js).toBe('javascript:alert(1)');
    expect(http).toBe(REFUSED_HTTP_FEED);
    expect(checkUrl(js, base, 'http://localhost')).toMatchObject({ ok: false, reason: 'scheme' });
    expect(checkUrl(http, base, 'http://localhost')).toMatchObject({
      ok: false,
      reason: 'insecure-http',
    });
  });

  it('adds two provinces whose names are a formula and markup, with valid feeds', () => {
    for (const h of Object.values(HOSTILE_NAME_UNITS)) {
      const u = loaded.registry.units.find((x) => x.id === h.id);
      expect(u?.name).toEqual({ vi: h.name, en: h.name });
      const parsed = result(h.id);
      expect(parsed.ok && parsed.rejections.length === 0 && parsed.observations.length).toBe(20);
    }
    expect(HOSTILE_NAME_UNITS.formula.name.startsWith('=')).toBe(true);
    expect(HOSTILE_NAME_UNITS.markup.name).toContain('<img');
  });

  it('leaves every other feed as in the default scenario', () => {
    const special = new Set<string>([
      FAULT_UNITS.wrongFormat,
      FAULT_UNITS.wrongUnit,
      FAULT_UNITS.partlyInvalid,
      FAULT_UNITS.stale,
    ]);
    for (const [id, feed] of Object.entries(defaultDataset().feeds)) {
      if (!special.has(id)) expect(docs.feeds[id]).toBe(feed);
    }
    expect(scenario.feed('00')).toBeNull();
  });
});
