import { describe, expect, it } from 'vitest';
import { bottomGroup, competitionRanks } from '../../../src/domain/rank';
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
    const { ranks, ranked } = competitionRanks([
      { id: 'c', key: 400 },
      { id: 'a', key: 500 },
      { id: 'b', key: 400 },
      { id: 'd', key: 300 },
      { id: 'e', key: null },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ a: 1, b: 2, c: 2, d: 4, e: null });
    expect(ranked).toBe(4);
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
  const keys = (values: number[]) => values.map((key, i) => ({ id: `u${i}`, key }));

  it('k = ⌈n / 10⌉: 10 units flag 1, 11 units flag 2, 30 units flag 3', () => {
    expect(bottomGroup(keys([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 10).ids).toEqual(new Set(['u0']));
    const eleven = bottomGroup(keys([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), 10);
    expect(eleven.k).toBe(2);
    expect(eleven.ids).toEqual(new Set(['u0', 'u1']));
    const thirty = bottomGroup(keys(Array.from({ length: 30 }, (_, i) => i + 1)), 10);
    expect(thirty.k).toBe(3);
    expect(thirty.ids.size).toBe(3);
  });

  it('units tied with the k-th lowest are flagged too', () => {
    const group = bottomGroup(keys([5, 5, 5, 6, 7, 8, 9, 10, 11, 12]), 10);
    expect(group.k).toBe(1);
    expect(group.ids).toEqual(new Set(['u0', 'u1', 'u2']));
    expect(group.cutoffKey).toBe(5);
  });

  it('ignores unranked units and flags nobody when nobody is ranked', () => {
    const group = bottomGroup(
      [
        { id: 'a', key: null },
        { id: 'b', key: 3 },
      ],
      10,
    );
    expect(group.ids).toEqual(new Set(['b']));
    expect(bottomGroup([{ id: 'a', key: null }], 10).ids.size).toBe(0);
  });
});
