import { describe, expect, it } from 'vitest';
import { buildPeriodModel } from '../../../src/domain/model';
import type { Flag, FlagRule } from '../../../src/domain/laggards';
import type { obs } from '../../support/dataset-builder';
import { dataset, l4, m, unit } from '../../support/dataset-builder';
import type { UnitData } from '../../../src/domain/types';

function flagsOf(units: UnitData[], period: string, id = units[0]!.unit.id): Flag[] {
  return buildPeriodModel(dataset(units), m(period)).byId.get(id)!.flags;
}
function rules(units: UnitData[], period: string, id?: string): FlagRule[] {
  return flagsOf(units, period, id).map((f) => f.rule);
}
/** A steady rising series so only the rule under test can fire. */
function rising(id: string, lastPeriod: string, extra: Partial<Parameters<typeof obs>[1]> = {}) {
  const end = m(lastPeriod);
  return unit(
    id,
    [0, 1, 2, 3, 4, 5].map((i) => ({
      ...l4('2000-01', 200 + 20 * i, 1000),
      period: end - 5 + i,
      ...extra,
    })),
  );
}

describe('off-track', () => {
  it('flags a unit whose projection misses the target, with its numbers', () => {
    const u = unit('A', [
      l4('2020-03', 100, 1000),
      l4('2020-05', 120, 1000),
      l4('2020-07', 150, 1000),
      l4('2020-08', 160, 1000),
    ]);
    const flag = flagsOf([u], '2020-08').find((f) => f.rule === 'off-track');
    expect(flag).toMatchObject({ rule: 'off-track', value: 0.16, target: 0.3, monthsLeft: 4 });
    if (flag?.rule !== 'off-track') throw new Error('no flag');
    expect(flag.slope).toBeCloseTo(0.1825 / 14.75, 12);
    expect(flag.projection).toBeCloseTo(0.16 + (4 * 0.1825) / 14.75, 12);
    expect(flag.requiredPace).toBeCloseTo(0.035, 12);
  });

  it('does not flag an on-track unit (20 % → 30 % at +2.5 pp/month)', () => {
    const u = unit(
      'A',
      [0, 1, 2, 3].map((i) => ({ ...l4('2000-01', 125 + 25 * i, 1000), period: m('2020-05') + i })),
    );
    expect(rules([u], '2020-08')).not.toContain('off-track');
    expect(
      buildPeriodModel(dataset([u]), m('2020-08')).byId.get('A')!.indicators.level4Rate.status,
    ).toBe('on-track');
  });
});

describe('stalled (án binh bất động)', () => {
  const base = (now: number) => [
    l4('2020-05', 100, 1000),
    l4('2020-06', 100, 1000),
    l4('2020-07', 100, 1000),
    l4('2020-08', now, 1000),
  ];

  it('flags a unit below target up by less than 0.5 pp in 3 months', () => {
    const flags = flagsOf([unit('A', base(104))], '2020-08');
    expect(flags.find((f) => f.rule === 'stalled')).toMatchObject({
      value: 0.104,
      earlierValue: 0.1,
      earlierPeriod: m('2020-05'),
    });
  });

  it('does not flag a gain of exactly 0.5 pp (10.0 % → 10.5 %)', () => {
    expect(rules([unit('A', base(105))], '2020-08')).not.toContain('stalled');
  });

  it('flags a fall', () => {
    expect(rules([unit('A', base(90))], '2020-08')).toContain('stalled');
  });

  it('needs both months reported', () => {
    const u = unit('A', [
      l4('2020-06', 100, 1000),
      l4('2020-07', 100, 1000),
      l4('2020-08', 100, 1000),
    ]);
    expect(rules([u], '2020-08')).not.toContain('stalled');
  });

  it('does not flag a unit at or above the target', () => {
    const u = unit('A', [l4('2020-05', 300, 1000), l4('2020-08', 300, 1000)]);
    expect(rules([u], '2020-08')).not.toContain('stalled');
  });
});

describe('no-platform and no-soc, only within 6 months of the deadline', () => {
  it('flags lgsp not connected from 6 months before the deadline, and after it', () => {
    const at = (period: string, lgsp: 'none' | 'building' | 'operational' | 'connected') =>
      rules([rising('A', period, { lgsp })], period);
    expect(at('2020-06', 'operational')).toContain('no-platform'); // 6 months away
    expect(at('2020-05', 'operational')).not.toContain('no-platform'); // 7 months away
    expect(at('2021-03', 'none')).toContain('no-platform'); // past
    expect(at('2020-06', 'connected')).not.toContain('no-platform');
    expect(at('2020-06', 'building')).toContain('no-platform');
  });

  it('says which stage and how far the deadline is', () => {
    const flag = flagsOf([rising('A', '2020-08', { lgsp: 'building' })], '2020-08').find(
      (f) => f.rule === 'no-platform',
    );
    expect(flag).toEqual({
      rule: 'no-platform',
      stage: 'building',
      deadline: m('2020-12'),
      monthsToDeadline: 4,
    });
  });

  it('does not flag an lgsp that was not reported', () => {
    expect(rules([rising('A', '2020-08')], '2020-08')).not.toContain('no-platform');
  });

  it('flags soc reported false, not soc missing', () => {
    expect(rules([rising('A', '2020-06', { soc: false })], '2020-06')).toContain('no-soc');
    expect(rules([rising('A', '2020-05', { soc: false })], '2020-05')).not.toContain('no-soc');
    expect(rules([rising('A', '2020-06', { soc: true })], '2020-06')).not.toContain('no-soc');
    expect(rules([rising('A', '2020-06')], '2020-06')).not.toContain('no-soc');
  });
});

describe('bottom-decile', () => {
  it('flags the lowest of 10 provinces, and units tied with it at 0.1 pp', () => {
    const units = Array.from({ length: 10 }, (_, i) =>
      unit(`P${i}`, [l4('2020-08', 100 + 10 * i, 1000)]),
    );
    expect(rules(units, '2020-08', 'P0')).toContain('bottom-decile');
    expect(rules(units, '2020-08', 'P1')).not.toContain('bottom-decile');
    // P1 at 10.04 % shows as 10.0 %, tied with P0
    units[1] = unit('P1', [l4('2020-08', 1004, 10000)]);
    expect(rules(units, '2020-08', 'P1')).toContain('bottom-decile');
    const flag = flagsOf(units, '2020-08', 'P1').find((f) => f.rule === 'bottom-decile');
    expect(flag).toEqual({
      rule: 'bottom-decile',
      rank: 9,
      ranked: 10,
      k: 1,
      tenths: 100,
      cutoffTenths: 100,
    });
  });

  it('with 11 ranked units flags the 2 lowest', () => {
    const units = Array.from({ length: 11 }, (_, i) =>
      unit(`P${i}`, [l4('2020-08', 100 + 10 * i, 1000)]),
    );
    expect(rules(units, '2020-08', 'P1')).toContain('bottom-decile');
    expect(rules(units, '2020-08', 'P2')).not.toContain('bottom-decile');
  });

  it('never flags an unranked unit', () => {
    const units = [unit('A', [l4('2020-08', 10, 100)]), unit('B', [l4('2020-08', 0, 0)])];
    expect(rules(units, '2020-08', 'B')).not.toContain('bottom-decile');
  });
});

describe('stale-feed', () => {
  it('flags a newest observation 2 months before the period, not 1', () => {
    expect(rules([unit('A', [l4('2020-06', 50, 100)])], '2020-08')).toContain('stale-feed');
    expect(rules([unit('A', [l4('2020-07', 50, 100)])], '2020-08')).not.toContain('stale-feed');
    const flag = flagsOf([unit('A', [l4('2020-05', 50, 100)])], '2020-08').find(
      (f) => f.rule === 'stale-feed',
    );
    expect(flag).toEqual({
      rule: 'stale-feed',
      cause: 'old',
      newestPeriod: m('2020-05'),
      monthsBehind: 3,
    });
  });

  it('flags a failed feed and an empty one, not one still loading', () => {
    expect(rules([unit('A', [], { feed: 'failed' })], '2020-08')).toEqual(['stale-feed']);
    expect(rules([unit('A', [])], '2020-08')).toEqual(['stale-feed']);
    expect(rules([unit('A', [], { feed: 'loading' })], '2020-08')).toEqual([]);
  });
});

describe('laggards list', () => {
  it('orders by number of flags, then by gap to the level-4 target', () => {
    const units = [
      // 1 flag (stale-feed), no value now so no gap
      unit('A', [l4('2020-06', 5, 100)]),
      // 2 flags (stalled, bottom-decile of 2 ranked provinces), gap 20 pp
      unit('B', [l4('2020-05', 10, 100), l4('2020-08', 10, 100)]),
      // 2 flags (stalled, no-soc), gap 1 pp
      unit('C', [l4('2020-05', 29, 100), l4('2020-08', 29, 100, { soc: false })]),
      // 1 flag: target met, but the only ministry ranked is its own bottom decile; gap −10 pp
      unit('D', [l4('2020-08', 40, 100)], { kind: 'ministry' }),
    ];
    const model = buildPeriodModel(dataset(units), m('2020-08'));
    expect(model.laggards.map((u) => [u.unit.id, u.flags.map((f) => f.rule)])).toEqual([
      ['B', ['stalled', 'bottom-decile']],
      ['C', ['stalled', 'no-soc']],
      ['D', ['bottom-decile']],
      ['A', ['stale-feed']], // no gap is known: after those with one
    ]);
  });
});
