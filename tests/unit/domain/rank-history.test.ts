import { describe, expect, it } from 'vitest';
import { rankHistory, rankMove } from '../../../src/domain/rank-history';
import { dataset, l4, m, unit } from '../../support/dataset-builder';

// Provinces A, B, C and a ministry M (ranked among ministries only).
// 03: only C reported; 04: nobody; 05: A 10 %, B 20 %, C 30 %; 06: A 25 %;
// 07: A not reported; 08: A 20.0 %, B 20.0 % (tied), C 0 services (no rate).
const ds = dataset([
  unit('A', [l4('2020-05', 10, 100), l4('2020-06', 25, 100), l4('2020-08', 20, 100)]),
  unit('B', [
    l4('2020-05', 20, 100),
    l4('2020-06', 20, 100),
    l4('2020-07', 20, 100),
    l4('2020-08', 200, 1000),
  ]),
  unit('C', [
    l4('2020-03', 30, 100),
    l4('2020-05', 30, 100),
    l4('2020-06', 30, 100),
    l4('2020-07', 30, 100),
    l4('2020-08', 0, 0),
  ]),
  unit('M', [l4('2020-05', 50, 100), l4('2020-08', 50, 100)], { kind: 'ministry' }),
]);

describe('rankHistory: a unit’s rank among its kind, month by month', () => {
  it('one point per reported period up to the period under review, with the change', () => {
    const history = rankHistory(ds, 'A', 'level4Rate', m('2020-08'))!;
    expect(history.points).toEqual([
      { period: m('2020-03'), rank: null, rankedOf: 1, change: null }, // only C reported
      // 04 was reported by nobody, so it is no period; 05's change cannot look back to it
      { period: m('2020-05'), rank: 3, rankedOf: 3, change: null },
      { period: m('2020-06'), rank: 2, rankedOf: 3, change: 1 }, // 3 → 2: up one
      { period: m('2020-07'), rank: null, rankedOf: 2, change: null }, // not reported
      { period: m('2020-08'), rank: 1, rankedOf: 2, change: null }, // tied first with B
    ]);
    expect(history.worstRank).toBe(3);
    expect(history.best).toEqual(history.points[4]);
    expect(history.latest).toEqual(history.points[4]);
    expect(history.previous).toEqual(history.points[3]);
    expect(history.latestMove).toBeNull(); // not ranked in 07
  });

  it('stops at the period under review', () => {
    const history = rankHistory(ds, 'A', 'level4Rate', m('2020-06'))!;
    expect(history.points.map((p) => p.rank)).toEqual([null, 3, 2]);
    expect(history.latest).toEqual({ period: m('2020-06'), rank: 2, rankedOf: 3, change: 1 });
    expect(history.previous?.period).toBe(m('2020-05'));
    expect(history.latestMove).toEqual({ direction: 'up', places: 1 });
    expect(history.best?.period).toBe(m('2020-06'));
  });

  it('a falling unit has a negative change; the best rank is its most recent occurrence', () => {
    // C: 1st in 03 (alone), 05, 06, 07; unranked in 08 (0 services)
    const history = rankHistory(ds, 'C', 'level4Rate', m('2020-08'))!;
    expect(history.points.map((p) => [p.rank, p.change])).toEqual([
      [1, null],
      [1, null],
      [1, 0],
      [1, 0],
      [null, null],
    ]);
    expect(history.best?.period).toBe(m('2020-07'));
    const b = rankHistory(ds, 'B', 'level4Rate', m('2020-07'))!;
    // B: 2nd of 3 in 05, 3rd of 3 in 06 (A passed it): change −1; 2nd of 2 in 07: +1
    expect(b.points.map((p) => p.change)).toEqual([null, null, -1, 1]);
    expect(rankHistory(ds, 'B', 'level4Rate', m('2020-06'))!.latestMove).toEqual({
      direction: 'down',
      places: 1,
    });
  });

  it('ranks a ministry among ministries only', () => {
    const history = rankHistory(ds, 'M', 'level4Rate', m('2020-08'))!;
    expect(history.points.map((p) => [p.rank, p.rankedOf])).toEqual([
      [null, 0],
      [1, 1],
      [null, 0],
      [null, 0],
      [1, 1],
    ]);
    expect(history.worstRank).toBe(1);
  });

  it('never ranked: no best rank; an unknown id has no history', () => {
    const never = dataset([unit('A', [l4('2020-08', 0, 0)]), unit('B', [l4('2020-08', 1, 10)])]);
    const history = rankHistory(never, 'A', 'level4Rate', m('2020-08'))!;
    expect(history.points).toEqual([
      { period: m('2020-08'), rank: null, rankedOf: 1, change: null },
    ]);
    expect(history.best).toBeNull();
    expect(history.previous).toBeNull(); // no month before it was reported
    expect(rankHistory(ds, 'nope', 'level4Rate', m('2020-08'))).toBeNull();
  });

  it('says what the rank is "of": units of the kind ranked that period, not units that reported', () => {
    // 08: A and B ranked; C reported 0 services, so it has no rate and no rank.
    expect(rankHistory(ds, 'A', 'level4Rate', m('2020-08'))!.coverage).toEqual({
      period: m('2020-08'),
      ranked: 2,
      total: 3,
      unranked: ['C'],
      earlier: { fewest: 1, most: 3 }, // 03: C alone; 05, 06: all three; 07: B and C
    });
    expect(rankHistory(ds, 'M', 'level4Rate', m('2020-08'))!.coverage).toEqual({
      period: m('2020-08'),
      ranked: 1,
      total: 1,
      unranked: [],
      earlier: { fewest: 0, most: 1 },
    });
    // 04 was reported by nobody: nobody is ranked, every unit of the kind is unranked.
    const empty = rankHistory(ds, 'B', 'level4Rate', m('2020-04'))!.coverage;
    expect(empty).toEqual({
      period: m('2020-04'),
      ranked: 0,
      total: 3,
      unranked: ['A', 'B', 'C'],
      earlier: { fewest: 1, most: 1 },
    });
    // The first period has nothing earlier.
    expect(rankHistory(ds, 'A', 'level4Rate', m('2020-03'))!.coverage.earlier).toBeNull();
  });

  it('a change reads as a move up, down or none', () => {
    expect(rankMove(3)).toEqual({ direction: 'up', places: 3 });
    expect(rankMove(-2)).toEqual({ direction: 'down', places: 2 });
    expect(rankMove(0)).toEqual({ direction: 'same', places: 0 });
    expect(rankMove(null)).toBeNull();
  });
});
