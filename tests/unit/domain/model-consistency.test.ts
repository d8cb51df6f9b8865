import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/domain/aggregate';
import { INDICATORS, RATE_INDICATORS } from '../../../src/domain/indicators';
import { buildPeriodModel, ranksInPeriod } from '../../../src/domain/model';
import { unitsInScope } from '../../../src/domain/scope';
import { trendSlope } from '../../../src/domain/trend';
import { unitSeries } from '../../../src/domain/series';
import { defaultDataset } from '../../../mocks/generate/default-dataset';
import { faultsDocuments } from '../../../mocks/scenarios/faults-scenario';
import { loadDataset, m } from '../mocks/load-dataset';

/**
 * The engine's fast path (one pass into typed arrays) must give exactly what the plain reference
 * functions give, on realistic data with gaps, failed feeds and rejected observations.
 */
const datasets = {
  default: (() => {
    const d = defaultDataset();
    return loadDataset(d.registry, (id) => d.feeds[id]).dataset;
  })(),
  faults: (() => {
    const d = faultsDocuments();
    return loadDataset(d.registry, (id) => d.feeds[id]).dataset;
  })(),
};

describe.each(Object.entries(datasets))(
  'model on the %s mock equals the reference',
  (_, dataset) => {
    it.each(['2019-01', '2019-11', '2020-02', '2020-08'])('in %s', (text) => {
      const period = m(text);
      const model = buildPeriodModel(dataset, period);
      for (const scope of model.scopes) {
        for (const indicator of INDICATORS) {
          const fast = model.aggregate(scope, indicator);
          const units = unitsInScope(dataset, scope);
          const reference = aggregate(units, indicator, period);
          expect({ ...fast.coverage, value: fast.value, tenths: fast.tenths }).toEqual({
            ...reference.coverage,
            value: reference.value,
            tenths: reference.tenths,
          });
          expect(fast.previous.value).toEqual(aggregate(units, indicator, period - 1).value);
        }
      }
      for (const indicator of RATE_INDICATORS) {
        const ranks = ranksInPeriod(dataset, indicator, period);
        for (const u of model.units) {
          expect(u.indicators[indicator].rank).toBe(ranks.get(u.unit.id)?.rank ?? null);
        }
      }
      for (const u of dataset.units) {
        for (const indicator of INDICATORS) {
          const points = unitSeries(u, indicator, period, dataset).filter(
            (p): p is { period: number; value: number } => p.value !== null,
          );
          const fast = model.byId.get(u.unit.id)!.indicators[indicator].slope;
          const reference = trendSlope(points, period);
          if (reference === null) expect(fast).toBeNull();
          else expect(fast).toBeCloseTo(reference, 12);
        }
      }
    });
  },
);
