import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATORS, RATE_INDICATORS, measure } from '../../../src/domain/indicators';
import { buildPeriodModel } from '../../../src/domain/model';
import { tenthsOfPercent } from '../../../src/domain/precision';
import { competitionRanks } from '../../../src/domain/rank';
import { unitsInScope } from '../../../src/domain/scope';
import type {
  Dataset,
  FeedState,
  LgspStage,
  Observation,
  UnitData,
} from '../../../src/domain/types';
import { m, RES17_TARGETS } from '../../support/dataset-builder';
import { configureProperties } from './settings';

configureProperties();

const FIRST = m('2019-01');
const MONTHS = 18;
/** Each run builds a whole period model: fewer runs than the parser's, still a few hundred models. */
const ENGINE_RUNS = 100;

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

/** One valid observation (the engine only ever sees what the parser kept). */
const observation = (period: number): fc.Arbitrary<Observation> =>
  fc
    .record({
      total: maybe(fc.nat(3000)),
      l4Share: fc.double({ min: 0, max: 1, noNaN: true }),
      l3Share: fc.double({ min: 0, max: 1, noNaN: true }),
      hasL3: fc.boolean(),
      hasL4: fc.boolean(),
      dossiers: maybe(fc.nat(100_000)),
      onlineShare: fc.double({ min: 0, max: 1, noNaN: true }),
      lgsp: maybe(fc.constantFrom<LgspStage>('none', 'building', 'operational', 'connected')),
      soc: maybe(fc.boolean()),
      vdxp: maybe(fc.boolean()),
      portal: maybe(fc.boolean()),
    })
    .map((r): Observation => {
      const l4 = r.total === null || !r.hasL4 ? null : Math.floor(r.total * r.l4Share);
      const l3 =
        r.total === null || !r.hasL3 ? null : Math.floor((r.total - (l4 ?? 0)) * r.l3Share);
      return {
        period,
        servicesTotal: r.total,
        servicesLevel4: l4,
        servicesLevel3: l3,
        dossiersTotal: r.dossiers,
        dossiersOnline: r.dossiers === null ? null : Math.floor(r.dossiers * r.onlineShare),
        lgsp: r.lgsp,
        soc: r.soc,
        vdxp: r.vdxp,
        portalConnected: r.portal,
      };
    });

const unitData = (index: number): fc.Arbitrary<UnitData> =>
  fc
    .record({
      kind: fc.constantFrom('ministry' as const, 'province' as const),
      region: fc.constantFrom(null, 'north', 'south'),
      feed: fc.constantFrom<FeedState>('loaded', 'loaded', 'failed', 'loading'),
      months: fc.subarray(Array.from({ length: MONTHS }, (_, i) => FIRST + i)),
    })
    .chain((u) =>
      fc.tuple(...u.months.map((p) => observation(p))).map((observations): UnitData => ({
        unit: {
          id: `u${index}`,
          kind: u.kind,
          name: { vi: `u${index}`, en: `u${index}` },
          region: u.region,
        },
        feed: u.feed,
        observations: new Map(observations.map((o) => [o.period, o])),
      })),
    );

const datasetArb: fc.Arbitrary<Dataset> = fc
  .integer({ min: 0, max: 20 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => unitData(i))))
  .map((units) => ({ units, regions: [], targets: RES17_TARGETS, asOf: null }));

const periodArb = fc.integer({ min: FIRST, max: FIRST + MONTHS - 1 });

/** Checks every invariant on one model; each is also named in its own message. */
function checkModel(dataset: Dataset, period: number) {
  const model = buildPeriodModel(dataset, period);
  const inUnit = (v: number | null) => v === null || (v >= 0 && v <= 1);

  // Ranks: a valid competition ranking within each kind (1, 2, 2, 4).
  for (const indicator of RATE_INDICATORS) {
    for (const kind of ['ministry', 'province'] as const) {
      const units = model.units.filter((u) => u.unit.kind === kind);
      const ranked = units.filter((u) => u.indicators[indicator].tenths !== null);
      for (const u of units) {
        const ui = u.indicators[indicator];
        if (ui.tenths === null) {
          expect(ui.rank, 'unranked without a value').toBeNull();
          continue;
        }
        const higher = ranked.filter((o) => o.indicators[indicator].tenths! > ui.tenths!);
        expect(ui.rank, 'rank = 1 + strictly higher').toBe(higher.length + 1);
        expect(ui.rankedOf).toBe(ranked.length);
      }
    }
  }

  // Rates in [0, 1].
  for (const u of model.units) {
    for (const indicator of INDICATORS) {
      const ui = u.indicators[indicator];
      expect(inUnit(ui.value), 'unit value in [0, 1]').toBe(true);
      expect(inUnit(ui.previousValue), 'previous value in [0, 1]').toBe(true);
      expect(inUnit(ui.progress?.projection ?? null), 'projection in [0, 1]').toBe(true);
    }
  }

  // Coverage ≤ units; aggregates = ratio of sums over the units that reported.
  for (const scope of model.scopes) {
    const units = unitsInScope(dataset, scope);
    for (const indicator of INDICATORS) {
      const agg = model.aggregate(scope, indicator);
      const { reported, total, missing } = agg.coverage;
      expect(total, 'coverage total = units in scope').toBe(units.length);
      expect(reported, 'coverage ≤ units').toBeLessThanOrEqual(total);
      expect(missing).toHaveLength(total - reported);
      let num = 0;
      let den = 0;
      const expectedMissing: string[] = [];
      for (const u of units) {
        const mm = measure(indicator, u.observations.get(period));
        if (mm === null) expectedMissing.push(u.unit.id);
        else {
          num += mm.num;
          den += mm.den;
        }
      }
      expect(missing, 'missing = units that did not report').toEqual(expectedMissing);
      expect([agg.num, agg.den], 'sums').toEqual([num, den]);
      if (reported === 0 || den === 0) expect(agg.value).toBeNull();
      else {
        expect(agg.value, 'ratio of sums').toBeCloseTo(num / den, 12);
        expect(agg.tenths).toBe(tenthsOfPercent(num, den));
      }
      expect(inUnit(agg.value), 'aggregate in [0, 1]').toBe(true);
      expect(inUnit(agg.progress?.projection ?? null), 'aggregate projection in [0, 1]').toBe(true);
    }
  }

  // Laggards are exactly the flagged units; a failed feed is always flagged stale.
  const flagged = model.units.filter((u) => u.flags.length > 0).map((u) => u.unit.id);
  expect(model.laggards.map((u) => u.unit.id).sort()).toEqual([...flagged].sort());
  for (const u of model.units) {
    if (u.feed === 'failed') expect(u.flags.some((f) => f.rule === 'stale-feed')).toBe(true);
  }
}

describe('the engine, on any units and months', () => {
  it('ranks form a competition ranking, coverage ≤ units, rates in [0, 1], aggregates = ratio of sums', () => {
    fc.assert(fc.property(datasetArb, periodArb, checkModel), { numRuns: ENGINE_RUNS });
  }, 60_000);

  it('holds at the edges: no units, one unit, a period nobody reported', () => {
    const empty: Dataset = { units: [], regions: [], targets: RES17_TARGETS, asOf: null };
    checkModel(empty, FIRST);
    fc.assert(
      fc.property(unitData(0), (u) => checkModel({ ...empty, units: [u] }, FIRST + MONTHS + 5)),
      { numRuns: 50 },
    );
  });
});

describe('competition ranking, on any keys', () => {
  it('rank = 1 + the number of strictly higher keys; equal keys share a rank', () => {
    const entries = fc.uniqueArray(
      fc.record({
        id: fc.string({ maxLength: 4 }),
        key: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
      }),
      { selector: (e) => e.id, maxLength: 40 },
    );
    fc.assert(
      fc.property(entries, (list) => {
        const { ranks, ranked } = competitionRanks(list);
        expect(ranked).toBe(list.filter((e) => e.key !== null).length);
        for (const e of list) {
          if (e.key === null) expect(ranks.get(e.id)).toBeNull();
          else
            expect(ranks.get(e.id)).toBe(
              1 + list.filter((o) => o.key !== null && o.key > e.key!).length,
            );
        }
      }),
    );
  });
});
