import { describe, expect, it } from 'vitest';
import {
  comparedMax,
  comparedSeries,
  formatCompare,
  parseCompare,
  withUnitAdded,
  withUnitRemoved,
} from '../../../src/domain/compared-series';
import { dataset, l4, m, unit } from '../../support/dataset-builder';

// Four provinces in two regions; hand-worked level-4 rates for July and August 2020.
const data = dataset(
  [
    unit('01', [l4('2020-07', 100, 1000), l4('2020-08', 300, 1000)], { region: 'north' }),
    unit('02', [l4('2020-07', 300, 1000), l4('2020-08', 500, 3000)], { region: 'north' }),
    unit('03', [l4('2020-08', 50, 100)], { region: 'south' }),
    unit('04', [l4('2020-07', 0, 1000), l4('2020-08', 0, 1000)], { region: 'south' }),
    unit('05', []),
    unit('06', []),
    unit('07', []),
  ],
  {
    regions: [
      { id: 'north', name: { vi: 'Miền Bắc', en: 'North' } },
      { id: 'south', name: { vi: 'Miền Nam', en: 'South' } },
    ],
  },
);

describe('parseCompare', () => {
  it('keeps the nation, a known region and known units in order', () => {
    expect(parseCompare('national,region:north,03,01', data)).toEqual({
      national: true,
      region: 'north',
      units: ['03', '01'],
    });
  });

  it('leaves out unknown ids, duplicates and units past the fifth', () => {
    expect(parseCompare('region:mars,99,01,01,02,03,04,05,06,07,,x', data)).toEqual({
      national: false,
      region: null,
      units: ['01', '02', '03', '04', '05'],
    });
  });

  it('round-trips through the URL text', () => {
    const text = 'national,region:south,04,02';
    expect(formatCompare(parseCompare(text, data))).toBe(text);
    expect(formatCompare({ national: false, region: null, units: [] })).toBeNull();
    expect(parseCompare(null, data)).toEqual({ national: false, region: null, units: [] });
  });
});

describe('withUnitAdded and withUnitRemoved', () => {
  const some = { national: true, region: 'north', units: ['03'] };

  it('adds a unit at the end and removes one, keeping the nation and the region', () => {
    expect(withUnitAdded(some, '01')).toEqual({
      national: true,
      region: 'north',
      units: ['03', '01'],
    });
    expect(withUnitRemoved(withUnitAdded(some, '01'), '03')).toEqual({
      national: true,
      region: 'north',
      units: ['01'],
    });
  });

  it('does not add a unit twice, nor a sixth', () => {
    expect(withUnitAdded(some, '03')).toBe(some);
    const full = { national: false, region: null, units: ['01', '02', '03', '04', '05'] };
    expect(withUnitAdded(full, '06')).toBe(full);
  });
});

describe('comparedSeries', () => {
  const selection = parseCompare('national,region:north,03', data);
  const series = comparedSeries(data, selection, 'level4Rate', m('2020-08'));

  it('builds one line per compared entity, nation and region first', () => {
    expect(series.map((s) => s.key)).toEqual(['cmp-national', 'cmp-region-north', 'cmp-unit-03']);
    expect(series[1]!.name?.vi).toBe('Miền Bắc');
  });

  it('aggregates the nation and the region as a ratio of sums', () => {
    const values = (i: number) => series[i]!.points.map((p) => p.value);
    // July: (100+300+0)/3000; August: (300+500+50+0)/(1000+3000+100+1000).
    expect(values(0)[0]).toBeCloseTo(400 / 3000, 10);
    expect(values(0)[1]).toBeCloseTo(850 / 5100, 10);
    // North in August: 800 of 4000, not the mean of 30 % and 16.7 %.
    expect(values(1)[1]).toBeCloseTo(0.2, 10);
  });

  it('gives a unit its own values, with a gap where it did not report', () => {
    expect(series[2]!.points.map((p) => p.value)).toEqual([null, 0.5]);
    expect(comparedMax(series)).toBe(0.5);
  });

  it('stops at the period under review', () => {
    const july = comparedSeries(data, selection, 'level4Rate', m('2020-07'));
    expect(july.every((s) => s.points.length === 1)).toBe(true);
  });
});
