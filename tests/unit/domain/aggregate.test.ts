import { describe, expect, it } from 'vitest';
import { buildPeriodModel } from '../../../src/domain/model';
import type { IndicatorId } from '../../../src/domain/indicators';
import type { MonthIndex } from '../../../src/domain/period';
import type { UnitData } from '../../../src/domain/types';
import { dataset, l4, m, obs, unit } from '../../support/dataset-builder';

const AUG = m('2020-08');

/** The engine's national aggregate of these units alone. */
function aggregate(units: UnitData[], indicator: IndicatorId, period: MonthIndex) {
  return buildPeriodModel(dataset(units), period).aggregate('all', indicator);
}

describe('aggregate (contract §4)', () => {
  it('is the ratio of sums, not the mean of rates: 10 % of 2,000 and 50 % of 200 make 13.6 %', () => {
    const units = [unit('A', [l4('2020-08', 200, 2000)]), unit('B', [l4('2020-08', 100, 200)])];
    const a = aggregate(units, 'level4Rate', AUG);
    // 300 / 2200 = 0.13636…; the mean of rates would be 0.30
    expect(a.value).toBeCloseTo(300 / 2200, 12);
    expect(a.tenths).toBe(136);
    expect(a.num).toBe(300);
    expect(a.den).toBe(2200);
  });

  it('carries its coverage and names the units it lacks', () => {
    const units = [
      unit('A', [l4('2020-08', 200, 2000)]),
      unit('B', [l4('2020-07', 100, 200)]),
      unit('C', [obs('2020-08', { servicesTotal: 500 })]),
    ];
    const a = aggregate(units, 'level4Rate', AUG);
    expect(a.coverage).toEqual({ reported: 1, total: 3, missing: ['B', 'C'] });
    expect(a.value).toBeCloseTo(0.1, 12);
  });

  it('counts a unit with 0 services as reporting but it adds nothing to the rate', () => {
    const units = [unit('A', [l4('2020-08', 30, 100)]), unit('Z', [l4('2020-08', 0, 0)])];
    const a = aggregate(units, 'level4Rate', AUG);
    expect(a.value).toBeCloseTo(0.3, 12);
    expect(a.coverage.reported).toBe(2);
  });

  it('has no value (not 0 %) when nobody reported', () => {
    const a = aggregate([unit('A', [])], 'level4Rate', AUG);
    expect(a.value).toBeNull();
    expect(a.tenths).toBeNull();
    expect(a.coverage).toEqual({ reported: 0, total: 1, missing: ['A'] });
  });

  it('level34Rate needs both levels; online-dossier rate is online / total dossiers', () => {
    const units = [
      unit('A', [obs('2020-08', { servicesTotal: 100, servicesLevel3: 20, servicesLevel4: 10 })]),
      unit('B', [obs('2020-08', { servicesTotal: 100, servicesLevel4: 50 })]),
      unit('C', [obs('2020-08', { dossiersTotal: 1000, dossiersOnline: 161 })]),
    ];
    expect(aggregate(units, 'level34Rate', AUG).value).toBeCloseTo(0.3, 12);
    expect(aggregate(units, 'level34Rate', AUG).coverage.missing).toEqual(['B', 'C']);
    expect(aggregate(units, 'onlineDossierRate', AUG).value).toBeCloseTo(0.161, 12);
  });

  it('0/1 indicators are the share of reporting units', () => {
    const units = [
      unit('A', [obs('2020-08', { lgsp: 'connected', soc: true })]),
      unit('B', [obs('2020-08', { lgsp: 'operational', soc: false })]),
      unit('C', [obs('2020-08', { lgsp: 'none' })]),
      unit('D', [obs('2020-08', {})]),
    ];
    const lgsp = aggregate(units, 'lgspConnected', AUG);
    expect(lgsp.value).toBeCloseTo(1 / 3, 12);
    expect(lgsp.tenths).toBe(333);
    expect(lgsp.coverage).toEqual({ reported: 3, total: 4, missing: ['D'] });
    const soc = aggregate(units, 'socOperational', AUG);
    expect(soc.value).toBe(0.5);
    expect(soc.coverage.reported).toBe(2);
  });

  it('scopes by kind and by region', () => {
    const ds = dataset([
      unit('01', [l4('2020-08', 10, 100)], { region: 'red-river' }),
      unit('02', [l4('2020-08', 30, 100)], { region: 'north' }),
      unit('MOF', [l4('2020-08', 90, 100)], { kind: 'ministry' }),
    ]);
    expect(buildPeriodModel(ds, AUG).aggregate('province', 'level4Rate').value).toBeCloseTo(
      0.2,
      12,
    );
    expect(buildPeriodModel(ds, AUG).aggregate('ministry', 'level4Rate').value).toBeCloseTo(
      0.9,
      12,
    );
    expect(buildPeriodModel(ds, AUG).aggregate('region:north', 'level4Rate').value).toBeCloseTo(
      0.3,
      12,
    );
    expect(buildPeriodModel(ds, AUG).aggregate('all', 'level4Rate').value).toBeCloseTo(
      130 / 300,
      12,
    );
  });
});
