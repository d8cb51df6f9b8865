import { describe, expect, it } from 'vitest';
import { RATE_INDICATORS } from '../../../src/domain/indicators';
import { buildPeriodModel, type UnitModel } from '../../../src/domain/model';
import type { Dataset, UnitKind } from '../../../src/domain/types';
import { refShown, type RefIndicator } from '../../support/reference-engine';
import { scaleRegistry, scaleScenario } from '../../../mocks/scenarios/scale-scenario';
import { defaultDataset } from '../../../mocks/generate/default-dataset';
import { faultsDocuments } from '../../../mocks/scenarios/faults-scenario';
import { loadDataset, m } from '../mocks/load-dataset';

/**
 * The engine's fast paths at scale — ranks counted per key instead of sorted, laggards ordered by
 * a counting sort, 0/1 indicators shared between units with the same months — against plain
 * reference computations (tests/support/reference-engine.ts), on 1,500 communes of the `scale` mock (many equal values, so many ties)
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
    const target = l4.progress?.targetTenths ?? null;
    return l4.tenths === null || target === null ? null : target - l4.tenths;
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

/** Ranks as the contract reads: 1 + the units of the same kind shown strictly higher. */
function referenceRanks(dataset: Dataset, indicator: RefIndicator, period: number) {
  const shown = dataset.units.map((u) => refShown(u, indicator, period));
  const counts = { ministry: new Map<number, number>(), province: new Map<number, number>() };
  dataset.units.forEach((u, i) => {
    const v = shown[i] ?? null;
    if (v !== null) counts[u.unit.kind].set(v, (counts[u.unit.kind].get(v) ?? 0) + 1);
  });
  const rankedOf: Record<UnitKind, number> = { ministry: 0, province: 0 };
  for (const kind of ['ministry', 'province'] as const)
    for (const c of counts[kind].values()) rankedOf[kind] += c;
  const rank = new Map<string, number | null>();
  dataset.units.forEach((u, i) => {
    const v = shown[i] ?? null;
    if (v === null) return rank.set(u.unit.id, null);
    let higher = 0;
    for (const [key, c] of counts[u.unit.kind]) if (key > v) higher += c;
    return rank.set(u.unit.id, 1 + higher);
  });
  return { rank, rankedOf };
}

describe.each(Object.entries(datasets))('the model on the %s mock', (_, dataset) => {
  it.each(['2019-06', '2020-02', '2020-08'])('in %s', (text) => {
    const period = m(text);
    const model = buildPeriodModel(dataset, period);

    expect(model.laggards.map((u) => u.unit.id)).toEqual(referenceOrder(model.units));

    for (const indicator of RATE_INDICATORS) {
      const now = referenceRanks(dataset, indicator, period);
      const before = referenceRanks(dataset, indicator, period - 1);
      for (const u of model.units) {
        const own = u.indicators[indicator];
        expect([own.rank, own.previousRank, own.rankedOf]).toEqual([
          now.rank.get(u.unit.id),
          before.rank.get(u.unit.id),
          now.rankedOf[u.unit.kind],
        ]);
      }
    }

    for (const kind of ['ministry', 'province'] as const) {
      const ofKind = model.units.filter((u) => u.unit.kind === kind);
      const shown = ofKind
        .map((u) => u.indicators.level4Rate.tenths)
        .filter((v) => v !== null)
        .sort((a, b) => a - b);
      const cutoff = shown[Math.ceil(shown.length / 10) - 1];
      const expected = ofKind.filter((u) => {
        const v = u.indicators.level4Rate.tenths;
        return v !== null && cutoff !== undefined && v <= cutoff;
      });
      const flagged = ofKind.filter((u) => u.flags.some((f) => f.rule === 'bottom-decile'));
      expect(flagged.map((u) => u.unit.id)).toEqual(expected.map((u) => u.unit.id));
    }
  });
});
