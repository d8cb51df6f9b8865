import { describe, expect, it } from 'vitest';
import { percentTicks, rankTicks } from '../../../src/domain/axis-ticks';

describe('axis ticks', () => {
  it('percent: four equal steps to the top', () => {
    const ticks = percentTicks(0.3);
    [0, 0.075, 0.15, 0.225, 0.3].forEach((v, i) => expect(ticks[i]).toBeCloseTo(v, 12));
    expect(ticks).toHaveLength(5);
    expect(percentTicks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('rank: 1 at the top, the bottom rank, whole steps between', () => {
    expect(rankTicks(63)).toEqual([1, 17, 33, 49, 63]);
    expect(rankTicks(22)).toEqual([1, 7, 13, 19, 22]);
    expect(rankTicks(3)).toEqual([1, 2, 3]);
    expect(rankTicks(1)).toEqual([1]);
  });
});
