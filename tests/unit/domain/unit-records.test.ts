import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/domain/indicators';
import { FLAG_RULES, hasFlagRule } from '../../../src/domain/laggards';
import { buildPeriodModel } from '../../../src/domain/model';
import type { UnitIndicator } from '../../../src/domain/model-types';
import { UnitIndicatorStore } from '../../../src/domain/unit-indicator-views';
import { dataset, l4, m, obs, unit } from '../../support/dataset-builder';

const model = buildPeriodModel(
  dataset([
    unit('A', [l4('2020-05', 10, 100), l4('2020-06', 10, 100), l4('2020-08', 10, 100)]),
    unit('B', [
      l4('2020-06', 20, 100),
      l4('2020-07', 30, 100),
      l4('2020-08', 40, 100, { lgsp: 'building', soc: false }),
    ]),
    unit('C', [l4('2020-03', 5, 100)]),
    unit('D', [obs('2020-08', { lgsp: 'connected', soc: true })], { kind: 'ministry' }),
  ]),
  m('2020-08'),
);

describe('a unit record of the period model', () => {
  it('describes exactly the flags of the rules decided for it', () => {
    for (const u of model.units) {
      const decided = FLAG_RULES.filter((rule) => hasFlagRule(u.flagRules, rule));
      expect(
        u.flags.map((f) => f.rule),
        u.unit.id,
      ).toEqual(decided);
    }
    expect(model.byId.get('A')!.flags.map((f) => f.rule)).toEqual([
      'off-track',
      'stalled',
      'bottom-decile',
    ]);
    expect(model.byId.get('C')!.flags.map((f) => f.rule)).toEqual(['stale-feed']);
  });

  it('gives the same record each time one is read', () => {
    const a = model.byId.get('B')!;
    expect(a.indicators).toBe(a.indicators);
    expect(a.indicators.level4Rate).toBe(a.indicators.level4Rate);
    expect(a.flags).toBe(a.flags);
    expect(a.indicators.level4Rate.tenths).toBe(400);
    expect(a.indicators.lgspConnected.value).toBe(0);
  });

  it('writes every indicator and flag when turned into JSON', () => {
    const json = JSON.parse(JSON.stringify(model.byId.get('B'))) as {
      indicators: Record<string, { tenths: number | null }>;
      flags: { rule: string }[];
    };
    expect(Object.keys(json.indicators)).toEqual([...INDICATORS]);
    expect(json.indicators.level4Rate!.tenths).toBe(400);
    expect(json.flags.map((f) => f.rule)).toEqual(['no-platform', 'no-soc']);
  });
});

describe('UnitIndicatorStore', () => {
  it('makes each record once, when it is first read, and never one nobody reads', () => {
    const made: string[] = [];
    const store = new UnitIndicatorStore(3, (ui, i) => {
      made.push(`${ui}:${i}`);
      return { indicator: INDICATORS[i] } as UnitIndicator;
    });
    expect(made).toEqual([]);
    const first = store.at(2, 1);
    expect(store.at(2, 1)).toBe(first);
    store.at(0, 6);
    expect(made).toEqual(['2:1', '0:6']);
  });
});
