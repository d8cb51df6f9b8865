import { describe, expect, it } from 'vitest';
import { buildPeriodModel } from '../../../src/domain/model';
import {
  filterRankingRows,
  flagCounts,
  NO_REGION,
  prepareRankingTable,
  rankingTable,
  regionOptions,
  type RankingRow,
} from '../../../src/domain/ranking-rows';
import type { Region } from '../../../src/domain/types';
import { dataset, l4, m, unit } from '../../support/dataset-builder';

const REGIONS: Region[] = [
  { id: 'r1', name: { vi: 'Vùng 1', en: 'Region 1' } },
  { id: 'r2', name: { vi: 'Vùng 2', en: 'Region 2' } },
  { id: 'r3', name: { vi: 'Vùng 3', en: 'Region 3' } },
];

/**
 * August 2020 (level-4 %):   A 30.0, B 23.4, C 23.41 → 23.4, D 10.0, E not reported.
 * July 2020:                 A 10.0, B 20.0, C 25.0, D 5.0, E 15.0.
 * Ranks now: A 1, B 2, C 2, D 4, E –.  Ranks then: C 1, B 2, E 3, A 4, D 5.
 */
function model() {
  const units = [
    unit(
      'A',
      [
        l4('2020-07', 100, 1000),
        l4('2020-08', 300, 1000, { servicesLevel3: 100, dossiersTotal: 0, dossiersOnline: 0 }),
      ],
      { region: 'r1' },
    ),
    unit('B', [l4('2020-06', 166, 1000), l4('2020-07', 200, 1000), l4('2020-08', 234, 1000)], {
      region: 'r1',
    }),
    unit('C', [l4('2020-07', 250, 1000), l4('2020-08', 2341, 10000)]),
    unit('D', [l4('2020-07', 50, 1000), l4('2020-08', 100, 1000)], { region: 'ghost' }),
    unit('E', [l4('2020-07', 150, 1000)], { region: 'r2' }),
    unit('M', [l4('2020-08', 100, 200)], { kind: 'ministry' }),
  ];
  return buildPeriodModel(dataset(units, { regions: REGIONS }), m('2020-08'));
}

function byId(rows: readonly RankingRow[]) {
  return Object.fromEntries(rows.map((r) => [r.id, r]));
}

describe('prepareRankingTable', () => {
  it('makes the table a few rows per call, then rankingTable gives that same table', () => {
    const built = model();
    const calls: boolean[] = [];
    do {
      calls.push(prepareRankingTable(built, 'province', 'level4Rate', REGIONS, 2));
    } while (calls.at(-1) === true && calls.length < 10);
    // Five provinces, two rows a call: three calls, the last one done.
    expect(calls).toEqual([true, true, false]);
    expect(prepareRankingTable(built, 'province', 'level4Rate', REGIONS, 2)).toBe(false);
    const table = rankingTable(built, 'province', 'level4Rate', REGIONS);
    expect(table).toEqual(rankingTable(model(), 'province', 'level4Rate', REGIONS));
    expect(table.rows.map((r) => r.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(table.ranked).toBe(4);
  });

  it('starts again for other regions', () => {
    const built = model();
    expect(prepareRankingTable(built, 'province', 'level4Rate', REGIONS, 3)).toBe(true);
    const fewer = REGIONS.slice(0, 1);
    expect(prepareRankingTable(built, 'province', 'level4Rate', fewer, 3)).toBe(true);
    expect(prepareRankingTable(built, 'province', 'level4Rate', fewer, 3)).toBe(false);
    const table = rankingTable(built, 'province', 'level4Rate', fewer);
    expect(table.rows.map((r) => r.regionKey)).toEqual([
      'r1',
      'r1',
      NO_REGION,
      NO_REGION,
      NO_REGION,
    ]);
  });
});

describe('rankingTable', () => {
  it('has one row per unit of the kind, in registry order, with the engine’s ranks', () => {
    const table = rankingTable(model(), 'province', 'level4Rate', REGIONS);
    expect(table.rows.map((r) => r.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(table.rows.map((r) => r.rank)).toEqual([1, 2, 2, 4, null]);
    expect(table.ranked).toBe(4);
    expect(table.total).toBe(5);
    expect(table.target).toEqual({ value: 0.3, deadline: m('2020-12') });
  });

  it('gives back the table it made for the same model, kind, indicator and regions', () => {
    const shown = model();
    const level4 = rankingTable(shown, 'province', 'level4Rate', REGIONS);
    const level34 = rankingTable(shown, 'province', 'level34Rate', REGIONS);
    expect(rankingTable(shown, 'province', 'level4Rate', REGIONS)).toBe(level4);
    expect(level34).not.toBe(level4);
    expect(level34.indicator).toBe('level34Rate');
    // Another model of the same data, or other regions: a table of its own.
    expect(rankingTable(model(), 'province', 'level4Rate', REGIONS)).not.toBe(level4);
    const fewer = [REGIONS[1]!];
    const regrouped = byId(rankingTable(shown, 'province', 'level4Rate', fewer).rows);
    expect(regrouped.A!.regionKey).toBe(NO_REGION);
    expect(regrouped.E!.regionKey).toBe('r2');
    expect(byId(level4.rows).A!.regionKey).toBe('r1');
  });

  it('gives the rank move in places, with the previous rank', () => {
    const rows = byId(rankingTable(model(), 'province', 'level4Rate', REGIONS).rows);
    expect(rows.A!.move).toEqual({ direction: 'up', places: 3, previousRank: 4 });
    expect(rows.A!.rankChange).toBe(3);
    expect(rows.B!.move).toEqual({ direction: 'same', places: 0, previousRank: 2 });
    expect(rows.C!.move).toEqual({ direction: 'down', places: 1, previousRank: 1 });
    expect(rows.C!.rankChange).toBe(-1);
    expect(rows.D!.move).toEqual({ direction: 'up', places: 1, previousRank: 5 });
    // E was 3rd in July but has no rank now: no move.
    expect(rows.E!.move).toBeNull();
    expect(rows.E!.rankChange).toBeNull();
  });

  it('keeps the values at the precision shown and says what was reported', () => {
    const rows = byId(rankingTable(model(), 'province', 'level4Rate', REGIONS).rows);
    expect(rows.C!.rates.level4Rate).toEqual({
      value: 0.2341,
      tenths: 234,
      reported: true,
      state: 'value',
    });
    // A: level 3 + 4 = 400 of 1000; 0 dossiers is reported but has no rate.
    expect(rows.A!.rates.level34Rate).toEqual({
      value: 0.4,
      tenths: 400,
      reported: true,
      state: 'value',
    });
    expect(rows.A!.rates.onlineDossierRate).toEqual({
      value: null,
      tenths: null,
      reported: true,
      state: 'no-services',
    });
    expect(rows.B!.rates.level34Rate).toEqual({
      value: null,
      tenths: null,
      reported: false,
      state: 'not-reported',
    });
    expect(rows.E!.rates.level4Rate).toEqual({
      value: null,
      tenths: null,
      reported: false,
      state: 'not-reported',
    });
  });

  it('projects against the target: B at 23.4 %, +3.4 pp a month, reaches 37.0 % by 12/2020', () => {
    const rows = byId(rankingTable(model(), 'province', 'level4Rate', REGIONS).rows);
    expect(rows.B!.target).toBe(0.3);
    expect(rows.B!.projectionTenths).toBe(370);
    expect(rows.B!.status).toBe('on-track');
    // A already meets 30 % (only two months, so no projection).
    expect(rows.A!.status).toBe('met');
    expect(rows.A!.projection).toBeNull();
    expect(rows.E!.status).toBe('unknown');
  });

  it('ranks on another indicator, which has no target', () => {
    const table = rankingTable(model(), 'province', 'level34Rate', REGIONS);
    expect(table.target).toBeNull();
    expect(table.rows.map((r) => r.rank)).toEqual([1, null, null, null, null]);
    expect(table.ranked).toBe(1);
    expect(table.rows[0]!.status).toBeNull();
  });

  it('files units without a region, or with one the registry does not name, under NO_REGION', () => {
    const rows = byId(rankingTable(model(), 'province', 'level4Rate', REGIONS).rows);
    expect(rows.A!.regionKey).toBe('r1');
    expect(rows.C!.regionKey).toBe(NO_REGION);
    expect(rows.D!.regionKey).toBe(NO_REGION);
  });

  it('ranks ministries among ministries', () => {
    const table = rankingTable(model(), 'ministry', 'level4Rate', REGIONS);
    expect(table.rows.map((r) => [r.id, r.rank])).toEqual([['M', 1]]);
  });
});

describe('filters and their counts', () => {
  const rows = rankingTable(model(), 'province', 'level4Rate', REGIONS).rows;

  it('filters by region, keeping the order', () => {
    expect(filterRankingRows(rows, { region: 'r1', flag: null }).map((r) => r.id)).toEqual([
      'A',
      'B',
    ]);
    expect(filterRankingRows(rows, { region: NO_REGION, flag: null }).map((r) => r.id)).toEqual([
      'C',
      'D',
    ]);
    expect(filterRankingRows(rows, { region: null, flag: null })).toHaveLength(5);
  });

  it('filters by flag: D (10.0 %) is the bottom decile of 4 ranked (k = 1)', () => {
    expect(
      filterRankingRows(rows, { region: null, flag: 'bottom-decile' }).map((r) => r.id),
    ).toEqual(['D']);
    expect(filterRankingRows(rows, { region: 'r1', flag: 'bottom-decile' })).toEqual([]);
  });

  it('offers the registry’s regions that have units, then “no known region”, with counts', () => {
    expect(regionOptions(rows, REGIONS, null).map((o) => [o.key, o.count])).toEqual([
      ['r1', 2],
      ['r2', 1],
      [NO_REGION, 2],
    ]);
    expect(regionOptions(rows, REGIONS, 'bottom-decile').map((o) => [o.key, o.count])).toEqual([
      ['r1', 0],
      ['r2', 0],
      [NO_REGION, 1],
    ]);
  });

  it('offers no region at all for units that have none', () => {
    const ministries = rankingTable(model(), 'ministry', 'level4Rate', REGIONS).rows;
    expect(regionOptions(ministries, REGIONS, null)).toEqual([
      { key: NO_REGION, region: null, count: 1 },
    ]);
  });

  it('counts flags within the region filter', () => {
    expect(flagCounts(rows, null)['bottom-decile']).toBe(1);
    expect(flagCounts(rows, 'r1')['bottom-decile']).toBe(0);
    expect(flagCounts(rows, NO_REGION)['bottom-decile']).toBe(1);
  });
});
