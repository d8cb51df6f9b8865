import { describe, expect, it } from 'vitest';
import {
  rankingStanding,
  rankingTop,
  summarizeFigure,
  type FigureInput,
} from '../../../src/domain/national-extras';
import { m } from '../../support/dataset-builder';

const EGDI: FigureInput = {
  unit: 'rank',
  better: 'lower',
  of: 193,
  target: { value: 78, deadline: m('2020-12') },
  series: [
    { period: m('2016-07'), value: 89 },
    { period: m('2018-07'), value: 88 },
    { period: m('2020-07'), value: 86 },
  ],
};

describe('summarizeFigure', () => {
  it('reads a rank: 88 → 86 is 2 places up, 8 places still to go to 78', () => {
    expect(summarizeFigure(EGDI)).toEqual({
      latest: { period: m('2020-07'), value: 86 },
      previous: { period: m('2018-07'), value: 88 },
      improvement: 2,
      direction: 'better',
      movement: 'down',
      change: 2,
      toTarget: 8,
      targetMet: false,
    });
  });

  it('stops at the period under review: in 02/2020 the latest rank is 88, up 1 from 89', () => {
    const s = summarizeFigure(EGDI, m('2020-02'));
    expect(s.latest).toEqual({ period: m('2018-07'), value: 88 });
    expect(s.improvement).toBe(1);
    expect(s.toTarget).toBe(10);
  });

  it('reads a count where higher is better, skipping unreported points', () => {
    const s = summarizeFigure({
      unit: 'count',
      better: 'higher',
      of: null,
      target: { value: 250_000, deadline: m('2020-12') },
      series: [
        { period: m('2020-06'), value: 168_700 },
        { period: m('2020-08'), value: 236_900 },
        { period: m('2020-07'), value: null },
      ],
    });
    expect(s.latest?.value).toBe(236_900);
    expect(s.previous?.value).toBe(168_700);
    expect(s.improvement).toBe(68_200);
    expect(s.direction).toBe('better');
    expect(s.movement).toBe('up');
    expect(s.change).toBe(68_200);
    expect(s.toTarget).toBe(13_100);
    expect(s.targetMet).toBe(false);
  });

  it('reads a rank that fell: 86 → 90 is 4 places down', () => {
    const s = summarizeFigure({
      ...EGDI,
      series: [...EGDI.series, { period: m('2022-07'), value: 90 }],
    });
    expect(s).toMatchObject({
      improvement: -4,
      direction: 'worse',
      movement: 'up',
      change: 4,
      toTarget: 12,
    });
  });

  it('says a target is met, with nothing to go, once passed', () => {
    const s = summarizeFigure({ ...EGDI, series: [{ period: m('2020-07'), value: 75 }] });
    expect(s).toMatchObject({ toTarget: 0, targetMet: true, improvement: null, previous: null });
  });

  it('has no numbers for a figure with no reported value', () => {
    expect(summarizeFigure({ ...EGDI, target: null, series: [] })).toEqual({
      latest: null,
      previous: null,
      improvement: null,
      direction: null,
      movement: null,
      change: null,
      toTarget: null,
      targetMet: null,
    });
  });
});

describe('published rankings', () => {
  const order = ['46', '48', '22', '74', '79', '56', '89', '38', '01', '42'];

  it('gives the top n with positions and the ranking size', () => {
    expect(rankingTop(order, 3)).toEqual([
      { id: '46', position: 1, of: 10 },
      { id: '48', position: 2, of: 10 },
      { id: '22', position: 3, of: 10 },
    ]);
  });

  it('finds where a unit stands, or null when it is not ranked', () => {
    expect(rankingStanding(order, '42')).toEqual({ id: '42', position: 10, of: 10 });
    expect(rankingStanding(order, '99')).toBeNull();
  });
});
