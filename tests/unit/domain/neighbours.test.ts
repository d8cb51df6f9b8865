import { describe, expect, it } from 'vitest';
import { buildPeriodModel } from '../../../src/domain/model';
import { rankNeighbours } from '../../../src/domain/neighbours';
import { dataset, l4, m, unit } from '../../support/dataset-builder';

const AUG = '2020-08';
const pct = (id: string, level4: number, total = 1000) => unit(id, [l4(AUG, level4, total)]);

// Ranks: P1 50 % (1); P2, P3 40 % (2, 2); P4 35 % (4); X, P5 30 % and Q 29.99 %, shown as
// 30.0 % (5, 5, 5); P6 25 % (8); P7, P8 20 % (9, 9); P9 10 % (11). N not reported and
// Z with 0 services are unranked; the ministry M is ranked among ministries.
const model = buildPeriodModel(
  dataset([
    pct('P1', 500),
    pct('P2', 400),
    pct('P3', 400),
    pct('P4', 350),
    pct('X', 300),
    pct('P5', 300),
    pct('Q', 2999, 10000),
    pct('P6', 250),
    pct('P7', 200),
    pct('P8', 200),
    pct('P9', 100),
    unit('N', []),
    pct('Z', 0, 0),
    unit('M', [l4(AUG, 450, 1000)], { kind: 'ministry' }),
  ]),
  m(AUG),
);

const ids = (list: { id: string }[]) => list.map((n) => n.id);

describe('rankNeighbours: the units just above and below, with the gap in points', () => {
  it('two each side; units sharing the rank are tied, and a tie at the edge comes whole', () => {
    const n = rankNeighbours(model.units, 'X', 'level4Rate')!;
    expect(n).toMatchObject({ ranked: true, rank: 5, rankedOf: 11, tenths: 300 });
    if (!n.ranked) throw new Error('ranked');
    // the second unit above is P3 (rank 2), tied with P2: both come
    expect(ids(n.above)).toEqual(['P2', 'P3', 'P4']);
    // Q's 29.99 % shows as 30.0 %: tied with X, like P5; gap 0 at the precision shown
    expect(n.tied).toEqual([
      { id: 'P5', rank: 5, tenths: 300, gap: 0, distance: 0 },
      { id: 'Q', rank: 5, tenths: 300, gap: 0, distance: 0 },
    ]);
    // the second below is P7 (rank 9), tied with P8
    expect(ids(n.below)).toEqual(['P6', 'P7', 'P8']);
    // gaps: neighbour − unit at the precision shown (40.0 − 30.0 = +10 pp …)
    expect(n.above.map((a) => a.gap)).toEqual([0.1, 0.1, 0.05]);
    expect(n.below.map((b) => b.gap)).toEqual([-0.05, -0.1, -0.1]);
    expect(n.below.map((b) => b.rank)).toEqual([8, 9, 9]);
    // the next to catch is P4 (+5 pp); just behind is P6 (−5 pp)
    expect(n.nextUp).toEqual([{ id: 'P4', rank: 4, tenths: 350, gap: 0.05, distance: 0.05 }]);
    expect(n.nextDown).toEqual([{ id: 'P6', rank: 8, tenths: 250, gap: -0.05, distance: 0.05 }]);
    expect(n.below.map((b) => b.distance)).toEqual([0.05, 0.1, 0.1]);
  });

  it('first place has nobody above; last place nobody below', () => {
    const first = rankNeighbours(model.units, 'P1', 'level4Rate')!;
    if (!first.ranked) throw new Error('ranked');
    expect(first.above).toEqual([]);
    expect(first.tied).toEqual([]);
    expect(ids(first.below)).toEqual(['P2', 'P3']);
    expect(first.below.map((b) => b.gap)).toEqual([-0.1, -0.1]);
    expect(first.nextUp).toEqual([]);
    expect(ids(first.nextDown)).toEqual(['P2', 'P3']); // tied second: both are next

    const last = rankNeighbours(model.units, 'P9', 'level4Rate')!;
    if (!last.ranked) throw new Error('ranked');
    expect(last.rank).toBe(11);
    expect(last.below).toEqual([]);
    expect(ids(last.above)).toEqual(['P7', 'P8']);
    expect(last.above.map((a) => a.gap)).toEqual([0.1, 0.1]);
    expect(ids(last.nextUp)).toEqual(['P7', 'P8']);
    expect(last.nextDown).toEqual([]);
  });

  it('a narrower span still keeps ties whole', () => {
    const n = rankNeighbours(model.units, 'P4', 'level4Rate', 1)!;
    if (!n.ranked) throw new Error('ranked');
    expect(ids(n.above)).toEqual(['P2', 'P3']);
    expect(ids(n.below)).toEqual(['P5', 'Q', 'X']);
    expect(ids(n.nextDown)).toEqual(['P5', 'Q', 'X']);
  });

  it('an unranked unit (not reported, or 0 services) has no neighbours; an unknown id is null', () => {
    expect(rankNeighbours(model.units, 'N', 'level4Rate')).toEqual({
      ranked: false,
      rankedOf: 11,
    });
    expect(rankNeighbours(model.units, 'Z', 'level4Rate')).toEqual({
      ranked: false,
      rankedOf: 11,
    });
    expect(rankNeighbours(model.units, 'nope', 'level4Rate')).toBeNull();
  });

  it('a ministry’s neighbours are ministries only', () => {
    const n = rankNeighbours(model.units, 'M', 'level4Rate')!;
    expect(n).toEqual({
      ranked: true,
      rank: 1,
      rankedOf: 1,
      tenths: 450,
      above: [],
      tied: [],
      below: [],
      nextUp: [],
      nextDown: [],
    });
  });
});
