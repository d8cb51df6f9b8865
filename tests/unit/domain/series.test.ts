import { describe, expect, it } from 'vitest';
import type { ScopeId } from '../../../src/domain/scope';
import { aggregateSeries, seriesGrid } from '../../../src/domain/series';
import { dataset, l4, m, obs, unit } from '../../support/dataset-builder';

// Two provinces in the north, one in the south, one ministry; level-4 services by hand.
const data = dataset(
  [
    unit('01', [l4('2020-06', 100, 1000), l4('2020-07', 200, 1000)], { region: 'north' }),
    unit('02', [l4('2020-07', 300, 1000)], { region: 'north' }),
    unit('03', [l4('2020-06', 50, 100), l4('2020-08', 60, 100)], { region: 'south' }),
    unit('B1', [l4('2020-07', 10, 10), obs('2020-08')], { kind: 'ministry' }),
  ],
  {
    regions: [
      { id: 'north', name: { vi: 'Miền Bắc', en: 'North' } },
      { id: 'south', name: { vi: 'Miền Nam', en: 'South' } },
    ],
  },
);

describe('aggregateSeries', () => {
  it('is the ratio of sums of each reported month, with who reported, for any scope', () => {
    const grid = seriesGrid(data, m('2020-08'));
    const series = (scope: ScopeId) =>
      aggregateSeries(data, scope, 'level4Rate', m('2020-08'), grid).map((p) => [
        p.value,
        p.reported,
        p.total,
      ]);
    expect(series('all')).toEqual([
      [150 / 1100, 2, 4],
      [510 / 2010, 3, 4],
      [60 / 100, 1, 4],
    ]);
    expect(series('region:north')).toEqual([
      [100 / 1000, 1, 2],
      [500 / 2000, 2, 2],
      [null, 0, 2],
    ]);
    expect(series('ministry')).toEqual([
      [null, 0, 1],
      [1, 1, 1],
      [null, 0, 1],
    ]);
  });

  it('gives the same series from one shared pass as from a pass of its own', () => {
    const upTo = m('2020-07');
    const grid = seriesGrid(data, upTo);
    for (const scope of ['all', 'province', 'ministry', 'region:north', 'region:south'] as const) {
      for (const indicator of ['level4Rate', 'level34Rate', 'lgspConnected'] as const) {
        expect(aggregateSeries(data, scope, indicator, upTo, grid)).toEqual(
          aggregateSeries(data, scope, indicator, upTo),
        );
      }
    }
  });

  it('is empty before the first reported month', () => {
    expect(seriesGrid(data, m('2020-05'))).toBeNull();
    expect(aggregateSeries(data, 'all', 'level4Rate', m('2020-05'))).toEqual([]);
  });
});
