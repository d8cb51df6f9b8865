import { describe, expect, it } from 'vitest';
import { RATE_INDICATORS } from '../../../src/domain/indicators';
import { buildPeriodModel, ranksInPeriod, type UnitModel } from '../../../src/domain/model';
import { bottomGroup } from '../../../src/domain/rank';
import { THRESHOLDS } from '../../../src/domain/thresholds';
import { scaleRegistry, scaleScenario } from '../../../mocks/scenarios/scale-scenario';
import { defaultDataset } from '../../../mocks/generate/default-dataset';
import { faultsDocuments } from '../../../mocks/scenarios/faults-scenario';
import { loadDataset, m } from '../mocks/load-dataset';

/**
 * The engine's fast paths at scale — ranks counted per key instead of sorted, laggards ordered by
 * a counting sort, 0/1 indicators shared between units with the same months — against plain
 * reference computations, on 1,500 communes of the `scale` mock (many equal values, so many ties)
 * and on the default and faults mocks.
 */
const scale = (() => {
  const registry = scaleRegistry();
  const units = [...registry.units.slice(0, 1_500), ...registry.units.slice(-22)];
  const scenario = scaleScenario();
  return loadDataset({ ...registry, units }, (id) => {
    const reply = scenario.feed(id);
    return reply?.kind === 'json' ? reply.body : null;
  }).dataset;
})();
const datasets = {
  scale,
  default: (() => {
    const d = defaultDataset();
    return loadDataset(d.registry, (id) => d.feeds[id]).dataset;
  })(),
  faults: (() => {
    const d = faultsDocuments();
    return loadDataset(d.registry, (id) => d.feeds[id]).dataset;
  })(),
};

/** The laggards' order as the contract reads: more flags, larger level-4 gap (none last), id. */
function referenceOrder(units: readonly UnitModel[]): string[] {
  const gap = (u: UnitModel) => {
    const l4 = u.indicators.level4Rate;
    return l4.value === null || l4.target === null ? null : l4.target.value - l4.value;
  };
  return units
    .filter((u) => u.flags.length > 0)
    .sort((a, b) => {
      if (a.flags.length !== b.flags.length) return b.flags.length - a.flags.length;
      const ga = gap(a);
      const gb = gap(b);
      if (ga !== gb) {
        if (ga === null) return 1;
        if (gb === null) return -1;
        return gb - ga;
      }
      return a.unit.id < b.unit.id ? -1 : a.unit.id > b.unit.id ? 1 : 0;
    })
    .map((u) => u.unit.id);
}

describe.each(Object.entries(datasets))('the model on the %s mock', (_, dataset) => {
  it.each(['2019-06', '2020-02', '2020-08'])('in %s', (text) => {
    const period = m(text);
    const model = buildPeriodModel(dataset, period);

    expect(model.laggards.map((u) => u.unit.id)).toEqual(referenceOrder(model.units));

    for (const indicator of RATE_INDICATORS) {
      const now = ranksInPeriod(dataset, indicator, period);
      const before = ranksInPeriod(dataset, indicator, period - 1);
      for (const u of model.units) {
        const own = u.indicators[indicator];
        expect([own.rank, own.previousRank, own.rankedOf]).toEqual([
          now.get(u.unit.id)?.rank ?? null,
          before.get(u.unit.id)?.rank ?? null,
          now.get(u.unit.id)?.rankedOf ?? 0,
        ]);
      }
    }

    for (const kind of ['ministry', 'province'] as const) {
      const ofKind = model.units.filter((u) => u.unit.kind === kind);
      const reference = bottomGroup(
        ofKind.map((u) => ({ id: u.unit.id, key: u.indicators.level4Rate.tenths })),
        THRESHOLDS.bottomDivisor,
      );
      const flagged = ofKind.filter((u) => u.flags.some((f) => f.rule === 'bottom-decile'));
      expect(new Set(flagged.map((u) => u.unit.id))).toEqual(reference.ids);
    }
  });
});
