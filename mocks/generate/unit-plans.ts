import type { UnitKind } from '../../src/domain/types';
import { MINISTRIES } from '../data/ministries';
import { PROVINCES } from '../data/provinces';
import { MINISTRY_EGOV_RANKING_2019, PROVINCE_ICT_INDEX_2019 } from '../data/rankings-2019';
import {
  GAPS,
  HA_TINH_ONLINE,
  LARGE_PROVINCES,
  LEADERS,
  MINISTRY_LEVEL4_STEP,
  MINISTRY_LEVEL4_TOP,
  MINISTRY_RISE_2020,
  MINISTRY_SERVICES,
  ON_TRACK,
  STALLED,
  UNRANKED_MINISTRY_LEVEL4,
} from './anchors';
import { assignLgsp, assignPortal, assignSoc, assignVdxp } from './adoption-months';
import { between, intBetween, rngFor, type Rng } from './prng';
import { MONTH_COUNT, T, offsetOf, updatedAtAfter } from './series-months';

export type Role = 'leader' | 'on-track' | 'stalled' | 'normal';

/** A level-4 rate trajectory through three pinned months. */
export interface RateCurve {
  start: number;
  feb2020: number;
  aug2020: number;
  /** Exponents of the 2019 and 2020 rises: 1 is a straight line. */
  bend2019: number;
  bend2020: number;
  /** Flat since Feb 2020. */
  flat2020: boolean;
}

/** Month offsets (0 = 2019-01) at which a stage begins; Infinity = not within the series. */
export interface LgspPlan {
  building: number;
  operational: number;
  connected: number;
}

/** Everything needed to write one unit's feed. */
export interface UnitPlan {
  id: string;
  kind: UnitKind;
  role: Role;
  /** 0 (least) to 1 (most advanced): drives who gets platforms first. */
  maturity: number;
  servicesBase: number;
  servicesGrowth: number;
  /** For 'normal' units, relative until calibrated (see level4-curve.ts). */
  level4: RateCurve;
  level3: { start: number; end: number };
  dossiersBase: number;
  dossiersGrowth: number;
  dossiersNoise: number[];
  /** Online dossier rate, a straight line through two (offset, rate) points. */
  online: { from: readonly [number, number]; to: readonly [number, number] };
  lgsp: LgspPlan;
  socFrom: number;
  vdxpFrom: number;
  portalFrom: number;
  missing: number[];
  updatedAt: string;
}

const NEVER = Number.POSITIVE_INFINITY;

function curve(start: number, feb2020: number, aug2020: number, flat2020 = false): RateCurve {
  return { start, feb2020, aug2020, bend2019: 1, bend2020: 1, flat2020 };
}

function provinceLevel4(id: string, maturity: number, rng: Rng): { role: Role; level4: RateCurve } {
  const leader = LEADERS[id];
  if (leader) return { role: 'leader', level4: curve(...leader) };
  const onTrack = ON_TRACK[id];
  if (onTrack) return { role: 'on-track', level4: curve(...onTrack) };
  const stalled = STALLED[id];
  if (stalled) return { role: 'stalled', level4: curve(stalled[0], stalled[1], stalled[1], true) };
  const scale = 0.6 + 0.8 * maturity + (rng() - 0.5) * 0.3;
  return {
    role: 'normal',
    level4: {
      start: scale * between(rng, 0.85, 1.15),
      feb2020: scale,
      aug2020: scale * between(rng, 0.85, 1.15),
      bend2019: between(rng, 0.8, 1.25),
      bend2020: between(rng, 0.85, 1.2),
      flat2020: false,
    },
  };
}

function ministryLevel4(id: string, rng: Rng): { role: Role; level4: RateCurve } {
  const stalled = STALLED[id];
  if (stalled) return { role: 'stalled', level4: curve(stalled[0], stalled[1], stalled[1], true) };
  const place = MINISTRY_EGOV_RANKING_2019.indexOf(id);
  const feb =
    place >= 0
      ? MINISTRY_LEVEL4_TOP - MINISTRY_LEVEL4_STEP * place
      : (UNRANKED_MINISTRY_LEVEL4[id] ?? 0.05);
  // Pinned (not calibrated), so the ministries keep the order of their published ranking.
  return {
    role: 'normal',
    level4: curve(feb * between(rng, 0.42, 0.55), feb, feb * MINISTRY_RISE_2020),
  };
}

function basePlan(id: string, kind: UnitKind, maturity: number): UnitPlan {
  const rng = rngFor('unit', id);
  const { role, level4 } =
    kind === 'province' ? provinceLevel4(id, maturity, rng) : ministryLevel4(id, rng);
  const large = LARGE_PROVINCES.has(id);
  const servicesBase =
    kind === 'province'
      ? Math.min(2050, Math.round(1250 + between(rng, 0, 600) + (large ? 200 : 0)))
      : (MINISTRY_SERVICES[id] ?? 200);
  const dossiersBase =
    kind === 'province'
      ? Math.min(92_000, servicesBase * between(rng, 14, 34) * (large ? 1.4 : 1))
      : Math.max(15_000, Math.min(80_000, servicesBase * between(rng, 40, 75)));
  const level3Start = between(rng, 0.22, 0.4);
  const online0 = between(rng, 0.03, 0.12) + 0.05 * maturity;
  const online =
    id === HA_TINH_ONLINE.unit
      ? {
          from: [offsetOf(HA_TINH_ONLINE.from[0]), HA_TINH_ONLINE.from[1]] as const,
          to: [offsetOf(HA_TINH_ONLINE.to[0]), HA_TINH_ONLINE.to[1]] as const,
        }
      : {
          from: [0, online0] as const,
          to: [T.aug2020, online0 + between(rng, 0.08, 0.22)] as const,
        };
  return {
    id,
    kind,
    role,
    maturity,
    servicesBase,
    servicesGrowth: between(rng, 0.01, 0.06),
    level4,
    level3: { start: level3Start, end: level3Start + between(rng, -0.03, 0.08) },
    dossiersBase,
    dossiersGrowth: between(rng, 0, 0.12),
    dossiersNoise: Array.from({ length: MONTH_COUNT }, () => between(rng, 0.96, 1.04)),
    online,
    lgsp: { building: NEVER, operational: NEVER, connected: NEVER },
    socFrom: NEVER,
    vdxpFrom: NEVER,
    portalFrom: NEVER,
    missing: (GAPS[id] ?? []).map(offsetOf),
    updatedAt: updatedAtAfter(
      T.aug2020,
      intBetween(rng, 20, 27),
      intBetween(rng, 8, 17),
      intBetween(rng, 0, 59),
    ),
  };
}

/**
 * One plan per unit of the default registry (provinces in code order, then ministries), with
 * every adoption month assigned. Normal provinces' level-4 curves are still relative.
 */
export function planUnits(): UnitPlan[] {
  const provinces = PROVINCES.map((p) => {
    const place = PROVINCE_ICT_INDEX_2019.indexOf(p.id);
    return basePlan(p.id, 'province', 1 - place / (PROVINCE_ICT_INDEX_2019.length - 1));
  });
  const ministries = MINISTRIES.map((m) => {
    const place = MINISTRY_EGOV_RANKING_2019.indexOf(m.id);
    const maturity = place >= 0 ? 1 - place / (MINISTRY_EGOV_RANKING_2019.length - 1) : 0.3;
    return basePlan(m.id, 'ministry', maturity);
  });
  const plans = [...provinces, ...ministries];
  assignLgsp(plans);
  assignSoc(plans);
  assignVdxp(plans);
  assignPortal(plans);
  return plans;
}
