import { describe, expect, it } from 'vitest';
import { buildPeriodModel } from '../../../src/domain/model';
import {
  countByRule,
  headlineFigures,
  indicatorsWithTarget,
  firstAndRest,
  laggardsOfKind,
  trendFacts,
} from '../../../src/domain/overview-summary';
import { aggregateSeries, trendChartRows } from '../../../src/domain/series';
import { dataset, l4, m, RES17_TARGETS, target, unit } from '../../support/dataset-builder';

describe('indicatorsWithTarget', () => {
  it('lists the indicators the registry sets targets for, in the usual order', () => {
    expect(indicatorsWithTarget(RES17_TARGETS)).toEqual([
      'level4Rate',
      'lgspConnected',
      'socOperational',
      'vdxpConnected',
      'portalConnected',
    ]);
  });

  it('follows the registry: a new plan adds an indicator, none gives none', () => {
    expect(indicatorsWithTarget([target('onlineDossierRate', 0.5, '2025-12')])).toEqual([
      'onlineDossierRate',
    ]);
    expect(indicatorsWithTarget([])).toEqual([]);
  });
});

describe('laggards summary', () => {
  // P1 stands still at 10 % (stalled, off-track); M1 failed its feed (stale-feed);
  // P2 rises 20 → 25 % in 3 months (+5 pp: not stalled; 25 % + 1.67 pp × 4 ≈ 31.7 %: on track).
  const p1 = unit('P1', [
    l4('2020-05', 100, 1000),
    l4('2020-06', 100, 1000),
    l4('2020-07', 100, 1000),
    l4('2020-08', 100, 1000),
  ]);
  const p2 = unit('P2', [
    l4('2020-05', 200, 1000),
    l4('2020-06', 216, 1000),
    l4('2020-07', 233, 1000),
    l4('2020-08', 250, 1000),
  ]);
  const m1 = unit('M1', [], { kind: 'ministry', feed: 'failed' });
  const model = buildPeriodModel(dataset([p1, p2, m1]), m('2020-08'));

  it('counts each rule once per flagged unit, listing rules nobody breaks as 0', () => {
    const counts = countByRule(model.laggards);
    expect(counts.find((c) => c.rule === 'stalled')?.count).toBe(1);
    expect(counts.find((c) => c.rule === 'stale-feed')?.count).toBe(1);
    expect(counts.find((c) => c.rule === 'no-soc')?.count).toBe(0);
    expect(counts.map((c) => c.rule)).toEqual([
      'off-track',
      'stalled',
      'no-platform',
      'no-soc',
      'bottom-decile',
      'stale-feed',
    ]);
  });

  it('keeps the engine order and filters by kind', () => {
    expect(laggardsOfKind(model.laggards, 'ministry').map((u) => u.unit.id)).toEqual(['M1']);
    expect(laggardsOfKind(model.laggards, 'province').map((u) => u.unit.id)).toEqual(['P1']);
    expect(laggardsOfKind(model.laggards, null).map((u) => u.unit.id)).toEqual(
      model.laggards.map((u) => u.unit.id),
    );
  });
});

describe('firstAndRest', () => {
  it('names the first n and counts the rest', () => {
    expect(firstAndRest(['a', 'b', 'c', 'd'], 3)).toEqual({ shown: ['a', 'b', 'c'], rest: 1 });
    expect(firstAndRest(['a'], 3)).toEqual({ shown: ['a'], rest: 0 });
  });
});

describe('trendFacts', () => {
  it('reads the first and last reported values, the target and the projection', () => {
    // 10 % in 2020-06, a gap in 2020-07, 12 % in 2020-08; 2 points 2 months apart are too few
    // for a trend (3 needed), so there is no projection.
    const ds = dataset([unit('A', [l4('2020-06', 100, 1000), l4('2020-08', 120, 1000)])]);
    const national = buildPeriodModel(ds, m('2020-08')).aggregate('all', 'level4Rate');
    const rows = trendChartRows(
      aggregateSeries(ds, 'all', 'level4Rate', m('2020-08')),
      national.progress,
      m('2020-08'),
    );
    expect(trendFacts(rows, national.progress)).toEqual({
      first: { period: m('2020-06'), value: 0.1 },
      last: { period: m('2020-08'), value: 0.12 },
      target: 0.3,
      deadline: m('2020-12'),
      projection: null,
    });
  });

  it('has no target facts without progress', () => {
    expect(trendFacts([], null)).toEqual({
      first: null,
      last: null,
      target: null,
      deadline: null,
      projection: null,
    });
  });
});

describe('headlineFigures', () => {
  it('gives each indicator’s aggregate of the scope and the month its change is measured from', () => {
    // 2020-07: 100/1000 + 50/500 = 10 %; 2020-08: 130/1000 + 65/500 = 195/1500 = 13 %: +3 pp
    const ds = dataset([
      unit('A', [l4('2020-07', 100, 1000), l4('2020-08', 130, 1000)]),
      unit('B', [l4('2020-07', 50, 500), l4('2020-08', 65, 500)]),
    ]);
    const [level4] = headlineFigures(buildPeriodModel(ds, m('2020-08')), 'province', [
      'level4Rate',
    ]);
    expect(level4).toMatchObject({
      indicator: 'level4Rate',
      scope: 'province',
      tenths: 130,
      previousPeriod: m('2020-07'),
    });
    expect(level4!.change).toBeCloseTo(0.03, 12);
    expect(level4!.coverage).toEqual({ reported: 2, total: 2, missing: [] });
  });
});
