import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATORS, RATE_INDICATORS } from '../../../src/domain/indicators';
import { buildPeriodModel } from '../../../src/domain/model';
import { reviewedData } from '../../../src/domain/periods';
import { kindRanks } from '../../../src/domain/rank';
import type {
  Dataset,
  FeedState,
  LgspStage,
  Observation,
  UnitData,
} from '../../../src/domain/types';
import { m, RES17_TARGETS, target } from '../../support/dataset-builder';
import {
  refAggregate,
  refFlags,
  refPeriod,
  refRank,
  refShown,
  refStatus,
  refTarget,
} from '../../support/reference-engine';
import { configureProperties } from './settings';

configureProperties();

const FIRST = m('2020-01');
const MONTHS = 18;
/** Each run builds a whole period model: fewer runs than the parser's, still a few hundred models. */
const ENGINE_RUNS = 100;

/** Two plans: Resolution 17's 2020 targets and a next plan's higher ones by 2025. */
const TWO_PLANS = [
  ...RES17_TARGETS,
  target('level4Rate', 0.8, '2025-12'),
  target('lgspConnected', 1, '2025-12'),
  target('socOperational', 1, '2025-12'),
];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

/** One valid observation (the engine only ever sees what the parser kept). */
const observation = (period: number): fc.Arbitrary<Observation> =>
  fc
    .record({
      total: maybe(fc.constantFrom(0, 1, 3, 7, 1000, 1000, 2000, 2000, 10_000)),
      // Level-4 rates near the contract's edges (10.5 %, 29.95 %, 30 %), half a tenth either side.
      l4PerMille: fc.constantFrom(100, 105, 110, 104, 106, 295, 299, 300, 305, 800),
      l4Half: fc.constantFrom(-0.5, 0, 0.5),
      l3Share: fc.double({ min: 0, max: 1, noNaN: true }),
      hasL3: fc.boolean(),
      hasL4: fc.constantFrom(true, true, true, false),
      dossiers: maybe(fc.nat(100_000)),
      onlineShare: fc.double({ min: 0, max: 1, noNaN: true }),
      lgsp: maybe(fc.constantFrom<LgspStage>('none', 'building', 'operational', 'connected')),
      soc: maybe(fc.boolean()),
      vdxp: maybe(fc.boolean()),
      portal: maybe(fc.boolean()),
    })
    .map((r): Observation => {
      const l4 =
        r.total === null || !r.hasL4
          ? null
          : Math.min(
              r.total,
              Math.max(0, Math.round((r.total * (r.l4PerMille + r.l4Half)) / 1000)),
            );
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
      // Most units report most months, so trends, stalls and rank changes occur often.
      months: fc
        .array(fc.constantFrom(true, true, true, true, false), {
          minLength: MONTHS,
          maxLength: MONTHS,
        })
        .map((has) => has.flatMap((h, i) => (h ? [FIRST + i] : []))),
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
  .map((units) => ({ units, regions: [], targets: TWO_PLANS, asOf: null }));

const periodArb = fc.integer({ min: FIRST, max: FIRST + MONTHS - 1 });

/** The engine's model against the reference computation of the contract, figure by figure. */
function checkModel(dataset: Dataset, period: number) {
  const model = buildPeriodModel(dataset, period);
  for (const u of dataset.units) {
    const mu = model.byId.get(u.unit.id)!;
    for (const indicator of RATE_INDICATORS) {
      const ui = mu.indicators[indicator];
      expect(ui.tenths, `${u.unit.id} ${indicator} shown value`).toBe(
        refShown(u, indicator, period),
      );
      const r = refRank(dataset, u, indicator, period);
      expect([ui.rank, ui.rankedOf], `${u.unit.id} ${indicator} rank`).toEqual([
        r.rank,
        r.rankedOf,
      ]);
      const t = refTarget(dataset.targets, indicator, period);
      expect(ui.target).toBe(t);
      if (t !== null)
        expect(ui.status, `${u.unit.id} ${indicator} status`).toBe(
          refStatus(u, indicator, period, t),
        );
    }
    expect(
      mu.flags.map((f) => f.rule),
      `${u.unit.id} flags`,
    ).toEqual(refFlags(dataset, u, period));
  }

  for (const scope of model.scopes) {
    for (const indicator of INDICATORS) {
      const agg = model.aggregate(scope, indicator);
      const ref = refAggregate(dataset, scope, indicator, period);
      expect([agg.num, agg.den, agg.tenths], `${scope} ${indicator}`).toEqual([
        ref.num,
        ref.den,
        ref.coverage.reported === 0 ? null : ref.tenths,
      ]);
      expect(agg.coverage, `${scope} ${indicator} coverage`).toEqual(ref.coverage);
    }
  }

  // Laggards are exactly the flagged units.
  const flagged = model.units.filter((u) => u.flags.length > 0).map((u) => u.unit.id);
  expect(model.laggards.map((u) => u.unit.id).sort()).toEqual([...flagged].sort());
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
  it('rank = 1 + the number of strictly higher keys of the same kind; equal keys share a rank', () => {
    const entries = fc.array(
      fc.record({
        kind: fc.integer({ min: 0, max: 1 }),
        key: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(entries, (list) => {
        const kind = Uint8Array.from(list.map((e) => e.kind));
        const keys = Float64Array.from(list.map((e) => e.key ?? Number.NaN));
        const { rank, rankedOf } = kindRanks(kind, keys);
        list.forEach((e, i) => {
          const peers = list.filter((o) => o.kind === e.kind && o.key !== null);
          expect(rankedOf[e.kind]).toBe(peers.length);
          expect(rank[i]).toBe(
            e.key === null ? 0 : 1 + peers.filter((o) => o.key! > e.key!).length,
          );
        });
      }),
    );
  });
});

describe('the period under review without asOf, on any feeds', () => {
  it('is the latest month at least half the loaded feeds reported (or reached, if none)', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const expected = refPeriod(ds);
        // Null only without a loaded feed: the engine then reads the kept copies instead.
        if (expected !== null) expect(reviewedData(ds).period).toBe(expected);
      }),
      { numRuns: ENGINE_RUNS },
    );
  });
});
