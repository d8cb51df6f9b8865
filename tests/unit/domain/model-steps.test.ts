import { describe, expect, it } from 'vitest';
import { Grid, startGrid } from '../../../src/domain/grid';
import { INDICATORS } from '../../../src/domain/indicators';
import {
  buildPeriodModel,
  periodGrid,
  periodGridMonths,
  startPeriodModel,
} from '../../../src/domain/model';
import type { UnitModel } from '../../../src/domain/model-types';
import { scopesOf } from '../../../src/domain/scope';
import { dataset, l4, m, obs, unit } from '../../support/dataset-builder';

// 700 units (past two of the build's checkpoints of 256), with rates, stalls, gaps and one
// platform; several units alike, so laggards tie and their order matters.
const units = Array.from({ length: 700 }, (_, i) => {
  const id = String(i).padStart(3, '0');
  const kind = i % 10 === 0 ? 'ministry' : 'province';
  const total = 100 + (i % 7) * 50;
  const history = [
    l4('2020-05', i % 40, total),
    l4('2020-06', i % 40, total),
    l4('2020-07', (i % 40) + (i % 3), total),
  ];
  const last = i % 11 === 0 ? [] : [l4('2020-08', (i % 40) + (i % 5), total)];
  const platform = i % 13 === 0 ? [obs('2020-08', { lgsp: 'connected', soc: true })] : [];
  return unit(id, [...history, ...last, ...platform].slice(i % 17 === 0 ? 2 : 0), {
    kind,
    region: kind === 'province' ? (i % 2 === 0 ? 'north' : 'south') : null,
  });
});
const data = dataset(units, {
  regions: [
    { id: 'north', name: { vi: 'Miền Bắc', en: 'North' } },
    { id: 'south', name: { vi: 'Miền Nam', en: 'South' } },
  ],
});

/** Everything a screen can read of a unit, each record made by reading it. */
function everyField(u: UnitModel) {
  const indicators = Object.fromEntries(INDICATORS.map((ind) => [ind, u.indicators[ind]]));
  const { unit, feed, fault, newestPeriod, flagRules, flags } = u;
  return { unit, feed, fault, newestPeriod, flagRules, flags, indicators };
}

describe('startPeriodModel', () => {
  it('built in steps, gives the same model as built at once', () => {
    const period = m('2020-08');
    const whole = buildPeriodModel(data, period);
    const build = startPeriodModel(data, period);
    let steps = 1;
    while (!build.step(() => true)) steps++;
    const stepped = build.finish();

    expect(steps).toBe(3);
    expect(stepped.units.map(everyField)).toEqual(whole.units.map(everyField));
    expect(stepped.laggards.map((u) => u.unit.id)).toEqual(whole.laggards.map((u) => u.unit.id));
    expect(stepped.laggards.length).toBeGreaterThan(0);
    for (const scope of whole.scopes) {
      for (const indicator of INDICATORS) {
        expect(stepped.aggregate(scope, indicator)).toEqual(whole.aggregate(scope, indicator));
      }
    }
  });

  it('finishes what the steps left, and gives the same model each time it is asked', () => {
    const period = m('2020-08');
    const build = startPeriodModel(data, period);
    expect(build.step(() => true)).toBe(false);
    const model = build.finish();
    // filter() skips an array's holes: every unit left by the step was built by finish().
    expect(model.units.filter((u) => u !== undefined)).toHaveLength(700);
    expect(build.finish()).toBe(model);
  });
});

describe('startGrid', () => {
  it('filled in steps, gives the same grid as filled at once, with or without unit values', () => {
    for (const unitValues of [true, false]) {
      const args = [data.units, scopesOf(data), m('2020-03'), m('2020-08'), unitValues] as const;
      const fill = startGrid(...args);
      let steps = 1;
      while (!fill.step(() => true)) steps++;
      expect(steps).toBe(2);
      expect(fill.finish()).toEqual(new Grid(...args));
    }
  });

  it('a model built on a stepped grid is the model built at once', () => {
    const period = m('2020-08');
    const { first, last } = periodGridMonths(period);
    const fill = startGrid(data.units, scopesOf(data), first, last);
    fill.step(() => true);
    const grid = fill.finish();
    expect(grid).toEqual(periodGrid(data, period));
    expect(buildPeriodModel(data, period, grid).units).toEqual(
      buildPeriodModel(data, period).units,
    );
  });
});
