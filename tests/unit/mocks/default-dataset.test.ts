import { describe, expect, it } from 'vitest';
import { buildDefaultDataset, defaultDataset } from '../../../mocks/generate/default-dataset';
import { LGSP_STAGES } from '../../../src/domain/types';
import { loadDataset, m } from './load-dataset';

const data = defaultDataset();
const loaded = loadDataset(data.registry, (id) => data.feeds[id]);
const ministries = loaded.registry.units.filter((u) => u.kind === 'ministry');
const provinces = loaded.registry.units.filter((u) => u.kind === 'province');

describe('default dataset: documents', () => {
  it('is deterministic: two generations are deep-equal', () => {
    expect(buildDefaultDataset()).toEqual(buildDefaultDataset());
    expect(buildDefaultDataset()).toEqual(data);
  });

  it('has a registry of 85 units with Resolution 17 targets, parsed without problems', () => {
    expect(loaded.registry.problems).toEqual([]);
    expect(provinces).toHaveLength(63);
    expect(ministries).toHaveLength(22);
    expect(loaded.registry.asOf).toBe(m('2020-08'));
    for (const u of loaded.registry.units) expect(u.feed).toBe(`feeds/${u.id}.json`);
    for (const u of ministries) expect(u.region).toBeNull();
    for (const u of provinces) expect(u.region).not.toBeNull();
    expect(data.registry.national).toBe('national.json');
    expect(data.registry.rankings).toBe('rankings.json');
    const targets = loaded.registry.targets.map((t) => [t.indicator, t.value, t.deadline]);
    expect(targets).toEqual([
      ['level4Rate', 0.3, m('2020-12')],
      ['lgspConnected', 1, m('2020-12')],
      ['socOperational', 1, m('2020-12')],
      ['vdxpConnected', 1, m('2020-12')],
      ['portalConnected', 1, m('2020-12')],
    ]);
    for (const t of loaded.registry.targets) {
      expect(t.basis).toEqual({ vi: 'Nghị quyết 17/NQ-CP', en: 'Resolution 17/NQ-CP' });
    }
  });

  it('has one feed per unit, every observation accepted', () => {
    expect(Object.keys(data.feeds).sort()).toEqual(loaded.registry.units.map((u) => u.id).sort());
    for (const [id, result] of loaded.results) {
      expect(result.ok, id).toBe(true);
      if (!result.ok) continue;
      expect(result.rejections, id).toEqual([]);
      expect(result.updatedAtInvalid).toBeNull();
    }
  });

  it('publishes each feed late in Sept 2020, Vietnam time, after its newest month (Aug 2020)', () => {
    for (const feed of Object.values(data.feeds)) {
      expect(feed.updatedAt).toMatch(/^2020-09-2\dT\d\d:\d\d:00\+07:00$/);
      expect(feed.observations.at(-1)?.period).toBe('2020-08');
      expect(feed.observations[0]?.period).toBe('2019-01');
    }
  });

  it('fills every field with plausible, consistent numbers', () => {
    for (const u of loaded.dataset.units) {
      const [low, high] = u.unit.kind === 'province' ? [1200, 2100] : [100, 900];
      for (const o of u.observations.values()) {
        expect(Object.values(o).every((v) => v !== null)).toBe(true);
        expect(o.servicesTotal).toBeGreaterThanOrEqual(low);
        expect(o.servicesTotal).toBeLessThanOrEqual(high * 1.06);
        expect(o.dossiersTotal).toBeGreaterThanOrEqual(10_000);
        expect(o.dossiersTotal).toBeLessThan(100_000);
        expect(o.servicesLevel3).toBeGreaterThan(0);
      }
    }
  });

  it('moves each unit smoothly: level-4 rate never falls, never jumps more than 3 pp a month', () => {
    for (const u of loaded.dataset.units) {
      const rates = [...u.observations.values()].map(
        (o) => (o.servicesLevel4 ?? 0) / (o.servicesTotal ?? 1),
      );
      for (let i = 1; i < rates.length; i++) {
        const step = (rates[i] ?? 0) - (rates[i - 1] ?? 0);
        expect(step, u.unit.id).toBeGreaterThan(-0.001);
        expect(step, u.unit.id).toBeLessThan(0.03);
      }
    }
  });

  it('moves data platforms forward only: none → building → operational → connected', () => {
    let everyStageSeen = 0;
    for (const u of loaded.dataset.units) {
      const stages = [...u.observations.values()].map((o) => LGSP_STAGES.indexOf(o.lgsp ?? 'none'));
      for (let i = 1; i < stages.length; i++)
        expect(stages[i]).toBeGreaterThanOrEqual(stages[i - 1] ?? 0);
      const flags = [...u.observations.values()];
      for (const key of ['soc', 'vdxp', 'portalConnected'] as const) {
        const firstTrue = flags.findIndex((o) => o[key]);
        if (firstTrue >= 0) expect(flags.slice(firstTrue).every((o) => o[key])).toBe(true);
      }
      if (new Set(stages).size === 4) everyStageSeen++;
    }
    expect(everyStageSeen).toBeGreaterThan(5);
  });
});
