import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/domain/indicators';
import { buildPeriodModel } from '../../../src/domain/model';
import type { UnitModel } from '../../../src/domain/model-types';
import {
  modelFromParts,
  periodParts,
  periodPartsBuffers,
  type PeriodParts,
} from '../../../src/domain/period-parts';
import { aggregateSeries, seriesGrid } from '../../../src/domain/series';
import { dataset, l4, m, obs, unit } from '../../support/dataset-builder';

// 700 units with rates, stalls, gaps and one platform; several units alike, so laggards tie and
// their order matters.
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

/** The parts as the page receives them from the worker: cloned, their buffers transferred. */
function crossed(parts: PeriodParts): PeriodParts {
  return structuredClone(parts, { transfer: periodPartsBuffers(parts) });
}

describe('periodParts', () => {
  it('crossed to the page, make the model built at once', () => {
    const period = m('2020-08');
    const whole = buildPeriodModel(data, period);
    const { model } = modelFromParts(data, crossed(periodParts(data, period)));

    expect(model.units.map(everyField)).toEqual(whole.units.map(everyField));
    expect(model.laggards.map((u) => u.unit.id)).toEqual(whole.laggards.map((u) => u.unit.id));
    expect(model.laggards.length).toBeGreaterThan(0);
    expect(model.scopes).toEqual(whole.scopes);
    for (const scope of whole.scopes) {
      for (const indicator of INDICATORS) {
        expect(model.aggregate(scope, indicator)).toEqual(whole.aggregate(scope, indicator));
      }
    }
  });

  it('read no observation after the period, and bring the series grid up to it', () => {
    const period = m('2020-07');
    const upToPeriod = {
      ...data,
      units: data.units.map((u) => ({
        ...u,
        observations: new Map([...u.observations].filter(([p]) => p <= period)),
      })),
    };
    const { model, series } = modelFromParts(upToPeriod, crossed(periodParts(data, period)));
    const whole = buildPeriodModel(upToPeriod, period);

    expect(model.units.map(everyField)).toEqual(whole.units.map(everyField));
    expect(aggregateSeries(upToPeriod, 'all', 'level4Rate', period, series)).toEqual(
      aggregateSeries(upToPeriod, 'all', 'level4Rate', period, seriesGrid(upToPeriod, period)),
    );
  });

  it('hand over every typed array once, so that the worker can transfer them', () => {
    const parts = periodParts(data, m('2020-08'));
    const buffers = periodPartsBuffers(parts);
    expect(new Set(buffers).size).toBe(buffers.length);
    crossed(parts);
    // Transferred: the worker's arrays are empty now, not copies it keeps.
    expect(parts.grid.parts.value.length).toBe(0);
    expect(parts.verdicts.rules.length).toBe(0);
  });
});
