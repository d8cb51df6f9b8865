import type { UnitKind } from '../../src/domain/types';
import { between, intBetween, rngFor, type Rng } from './prng';
import { MONTH_COUNT, T, updatedAtAfter } from './series-months';
import type { LgspPlan, UnitPlan } from './unit-plans';

export interface GenericSize {
  services: readonly [number, number];
  dossiers: readonly [number, number];
}

export const PROVINCE_SIZE: GenericSize = { services: [1200, 2100], dossiers: [15_000, 80_000] };
export const COMMUNE_SIZE: GenericSize = { services: [80, 350], dossiers: [400, 6_000] };

/** A month offset in [min, max], or never (Infinity) with the given chance. */
function monthOrNever(rng: Rng, min: number, max: number, never: number): number {
  return rng() < never ? Number.POSITIVE_INFINITY : intBetween(rng, min, max);
}

function lgspPlan(rng: Rng): LgspPlan {
  const building = monthOrNever(rng, -6, T.aug2020, 0.15);
  const operational = building + intBetween(rng, 3, 12);
  const connected = operational + intBetween(rng, 1, 10);
  return { building, operational, connected };
}

/**
 * A plausible unit that no anchor pins, generated from its id alone: the scale scenario's
 * communes and the faults scenario's extra units. About 1 in 12 is stalled since Feb 2020.
 */
export function genericPlan(id: string, kind: UnitKind, size: GenericSize): UnitPlan {
  const rng = rngFor('generic', id);
  const start = between(rng, 0.01, 0.12);
  const feb2020 = start + between(rng, 0.02, 0.12);
  const stalled = rng() < 1 / 12;
  const online0 = between(rng, 0.03, 0.15);
  const servicesBase = intBetween(rng, size.services[0], size.services[1]);
  return {
    id,
    kind,
    role: stalled ? 'stalled' : 'normal',
    maturity: rng(),
    servicesBase,
    servicesGrowth: between(rng, 0, 0.06),
    level4: {
      start,
      feb2020,
      aug2020: stalled ? feb2020 : feb2020 + between(rng, 0, 0.12),
      bend2019: between(rng, 0.8, 1.25),
      bend2020: between(rng, 0.85, 1.2),
      flat2020: stalled,
    },
    level3: { start: between(rng, 0.2, 0.4), end: between(rng, 0.2, 0.45) },
    dossiersBase: between(rng, size.dossiers[0], size.dossiers[1]),
    dossiersGrowth: between(rng, 0, 0.12),
    dossiersNoise: Array.from({ length: MONTH_COUNT }, () => between(rng, 0.96, 1.04)),
    online: { from: [0, online0], to: [T.aug2020, online0 + between(rng, 0.05, 0.25)] },
    lgsp: lgspPlan(rng),
    socFrom: monthOrNever(rng, 0, T.aug2020 + 6, 0.1),
    vdxpFrom: intBetween(rng, 0, T.feb2020 - 1),
    portalFrom: intBetween(rng, T.dec2019, T.feb2020),
    missing: [],
    updatedAt: updatedAtAfter(
      T.aug2020,
      intBetween(rng, 20, 27),
      intBetween(rng, 8, 17),
      intBetween(rng, 0, 59),
    ),
  };
}
