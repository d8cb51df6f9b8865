import { describe, expect, it } from 'vitest';
import {
  SCALE_COMMUNES,
  communeFeed,
  scaleRegistry,
  scaleScenario,
} from '../../../mocks/scenarios/scale-scenario';
import { parseFeed } from '../../../src/data/parse-feed';
import { parseRankings } from '../../../src/data/parse-extras';
import { registryOf } from './load-dataset';

describe('scale scenario', () => {
  const registry = registryOf(scaleRegistry());

  it('lists 10,000 communes across the six regions plus the 22 ministries', () => {
    expect(registry.problems).toEqual([]);
    expect(registry.units).toHaveLength(SCALE_COMMUNES + 22);
    const communes = registry.units.filter((u) => u.kind === 'province');
    expect(communes).toHaveLength(10_000);
    expect(communes[0]?.id).toBe('C00001');
    expect(communes.at(-1)?.id).toBe('C10000');
    const perRegion = new Map<string, number>();
    for (const u of communes)
      perRegion.set(u.region ?? '', (perRegion.get(u.region ?? '') ?? 0) + 1);
    expect(perRegion.size).toBe(6);
    for (const count of perRegion.values()) expect(count).toBeGreaterThan(1_000);
    expect(registry.units.filter((u) => u.kind === 'ministry')).toHaveLength(22);
  });

  it('generates each feed on request, deterministically, fully valid', () => {
    for (const id of ['C00001', 'C04321', 'C10000']) {
      const feed = communeFeed(id);
      expect(communeFeed(id)).toEqual(feed);
      const parsed = parseFeed(feed, id, registry.asOf);
      if (!parsed.ok) throw new Error(`${id} rejected`);
      expect(parsed.rejections).toEqual([]);
      expect(parsed.observations).toHaveLength(20);
    }
    expect(communeFeed('C00002')).not.toEqual(communeFeed('C00001'));
  });

  it('serves ministries from the default dataset and nothing for unknown ids', () => {
    const scenario = scaleScenario();
    expect(scenario.feed('MOF')?.kind).toBe('json');
    expect(scenario.feed('C10001')).toBeNull();
    expect(scenario.feed('C0001')).toBeNull();
    expect(scenario.feed('42')).toBeNull();
    expect(scenario.feed('constructor')).toBeNull();
  });

  it('publishes only the ministries ranking (its registry has no provinces)', () => {
    const parsed = parseRankings(scaleScenario().rankings());
    expect(parsed.ok && parsed.items.map((r) => r.kind)).toEqual(['ministry']);
  });
});
