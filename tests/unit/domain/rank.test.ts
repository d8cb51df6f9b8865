import { describe, expect, it } from 'vitest';
import { kindRanks } from '../../../src/domain/rank';
import { tenthsOfPercent } from '../../../src/domain/precision';
import { buildPeriodModel } from '../../../src/domain/model';
import { dataset, l4, m, unit } from '../../support/dataset-builder';

describe('tenthsOfPercent: the precision shown', () => {
  it('rounds half up exactly from the integers', () => {
    expect(tenthsOfPercent(234, 1000)).toBe(234); // 23.4 %
    expect(tenthsOfPercent(2341, 10000)).toBe(234); // 23.41 % shows as 23.4 %
    expect(tenthsOfPercent(2345, 10000)).toBe(235); // 23.45 % shows as 23.5 %
    expect(tenthsOfPercent(469, 2000)).toBe(235); // 0.2345 exactly, though the double is 0.23449…
    expect(tenthsOfPercent(1, 3)).toBe(333);
    expect(tenthsOfPercent(2, 3)).toBe(667);
    expect(tenthsOfPercent(0, 0)).toBeNull();
  });

  it('stays exact for very large counts', () => {
    expect(tenthsOfPercent(2345e12, 10000e12)).toBe(235);
  });
});

describe('competition ranking (contract §5)', () => {
  it('ranks highest first, ties share a rank and the next rank skips (1, 2, 2, 4)', () => {
    // c, a, b, d, e: all provinces (kind 1)
    const { rank, rankedOf } = kindRanks(
      Uint8Array.from([1, 1, 1, 1, 1]),
      Float64Array.from([400, 500, 400, 300, Number.NaN]),
    );
    expect([...rank]).toEqual([2, 1, 2, 4, 0]); // 0 = unranked
    expect(rankedOf[1]).toBe(4);
  });

  it('two provinces both shown at 23.4 % share a rank; 23.45 % ranks above them', () => {
    const ds = dataset([
      unit('A', [l4('2020-08', 234, 1000)]),
      unit('B', [l4('2020-08', 2341, 10000)]),
      unit('C', [l4('2020-08', 200, 1000)]),
      unit('D', [l4('2020-08', 2345, 10000)]),
      unit('E', [l4('2020-08', 0, 0)]),
      unit('F', []),
    ]);
    const model = buildPeriodModel(ds, m('2020-08'));
    const rank = (id: string) => model.byId.get(id)!.indicators.level4Rate.rank;
    expect([rank('D'), rank('A'), rank('B'), rank('C')]).toEqual([1, 2, 2, 4]);
    expect(rank('E')).toBeNull(); // 0 services: no rate, unranked
    expect(rank('F')).toBeNull(); // not reported: unranked
    expect(model.byId.get('A')!.indicators.level4Rate.rankedOf).toBe(4);
  });

  it('ranks ministries and provinces separately', () => {
    const ds = dataset([
      unit('01', [l4('2020-08', 10, 100)]),
      unit('MOF', [l4('2020-08', 5, 100)], { kind: 'ministry' }),
    ]);
    const model = buildPeriodModel(ds, m('2020-08'));
    expect(model.byId.get('01')!.indicators.level4Rate.rank).toBe(1);
    expect(model.byId.get('MOF')!.indicators.level4Rate.rank).toBe(1);
  });

  it('rank change is last period rank minus this period rank', () => {
    const ds = dataset([
      unit('A', [l4('2020-07', 10, 100), l4('2020-08', 40, 100)]),
      unit('B', [l4('2020-07', 30, 100), l4('2020-08', 30, 100)]),
      unit('C', [l4('2020-07', 20, 100), l4('2020-08', 20, 100)]),
      unit('D', [l4('2020-08', 10, 100)]),
    ]);
    const model = buildPeriodModel(ds, m('2020-08'));
    const ind = (id: string) => model.byId.get(id)!.indicators.level4Rate;
    expect(ind('A').rankChange).toBe(2); // 3rd → 1st
    expect(ind('B').rankChange).toBe(-1); // 1st → 2nd
    expect(ind('C').rankChange).toBe(-1); // 2nd → 3rd
    expect(ind('D').rankChange).toBeNull(); // unranked last month
    expect(ind('D').previousRank).toBeNull();
  });
});

describe('bottom group (contract §5 bottom-decile)', () => {
  /** Ids of the units flagged bottom-decile among provinces with these level-4 tenths. */
  const bottom = (tenths: (number | null)[]) => {
    const ds = dataset(
      tenths.map((t, i) => unit(`u${i}`, t === null ? [] : [l4('2020-08', t, 1000)])),
      { targets: [] },
    );
    return buildPeriodModel(ds, m('2020-08'))
      .units.filter((u) => u.flags.some((f) => f.rule === 'bottom-decile'))
      .map((u) => u.unit.id);
  };

  it('k = ⌈n / 10⌉: 10 units flag 1, 11 units flag 2, 30 units flag 3', () => {
    expect(bottom([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual(['u0']);
    expect(bottom([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toEqual(['u0', 'u1']);
    expect(bottom(Array.from({ length: 30 }, (_, i) => i + 1))).toEqual(['u0', 'u1', 'u2']);
  });

  it('units tied with the k-th lowest at the precision shown are flagged too', () => {
    expect(bottom([5, 5, 5, 6, 7, 8, 9, 10, 11, 12])).toEqual(['u0', 'u1', 'u2']);
    // 0.45 % of 2,000 (9) and 0.5 % of 1,000 (5) both show as 0.5 %: tied at the bottom
    const ds = dataset(
      [
        unit('a', [l4('2020-08', 9, 2000)]),
        unit('b', [l4('2020-08', 5, 1000)]),
        ...Array.from({ length: 8 }, (_, i) => unit(`c${i}`, [l4('2020-08', 100 + i, 1000)])),
      ],
      { targets: [] },
    );
    const flagged = buildPeriodModel(ds, m('2020-08')).units.filter((u) =>
      u.flags.some((f) => f.rule === 'bottom-decile'),
    );
    expect(flagged.map((u) => u.unit.id)).toEqual(['a', 'b']);
  });

  it('ignores unranked units and flags nobody when nobody is ranked', () => {
    expect(bottom([null, 3])).toEqual(['u1']);
    expect(bottom([null])).toEqual([]);
  });
});
