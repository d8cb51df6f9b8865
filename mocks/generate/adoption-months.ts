import {
  LGSP_CONNECTED_BY_FEB_2020,
  LGSP_CONNECTED_IN_2020,
  MINISTRY_PORTAL_FROM,
  SOC_FROM_START,
  SOC_JOIN_2019,
  SOC_JOIN_2020,
  VDXP_FROM_START,
} from './anchors';
import { intBetween, rngFor } from './prng';
import { T, offsetOf } from './series-months';
import type { UnitPlan } from './unit-plans';

/**
 * The months each unit of the default dataset gets its data platform, SOC, document-axis and
 * portal links: counts pinned by anchors.ts, who comes first by maturity plus some luck.
 */

const NEVER = Number.POSITIVE_INFINITY;

/** Units ordered by how early they adopt something: maturity plus some luck; stalled units last. */
function adoptionOrder(plans: readonly UnitPlan[], purpose: string, luck: number): UnitPlan[] {
  const score = new Map(
    plans.map((p) => {
      const rng = rngFor(purpose, p.id);
      return [p.id, p.role === 'stalled' ? -1 : p.maturity + luck * rng()] as const;
    }),
  );
  return [...plans].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
}

export function assignLgsp(plans: readonly UnitPlan[]): void {
  adoptionOrder(plans, 'lgsp', 0.35).forEach((p, i) => {
    const rng = rngFor('lgsp-months', p.id);
    if (i < LGSP_CONNECTED_BY_FEB_2020 + LGSP_CONNECTED_IN_2020) {
      const connected =
        i < LGSP_CONNECTED_BY_FEB_2020
          ? intBetween(rng, 5, T.feb2020)
          : intBetween(rng, T.feb2020 + 1, T.aug2020);
      const operational = connected - intBetween(rng, 1, 3);
      p.lgsp = { connected, operational, building: operational - intBetween(rng, 3, 8) };
      return;
    }
    const rest = i - LGSP_CONNECTED_BY_FEB_2020 - LGSP_CONNECTED_IN_2020;
    if (rest < 15) {
      const operational = intBetween(rng, 5, T.aug2020);
      p.lgsp = { connected: NEVER, operational, building: operational - intBetween(rng, 3, 8) };
    } else if (rest < 30) {
      p.lgsp = { connected: NEVER, operational: NEVER, building: intBetween(rng, 0, T.aug2020) };
    }
  });
}

export function assignSoc(plans: readonly UnitPlan[]): void {
  adoptionOrder(plans, 'soc', 0.5).forEach((p, i) => {
    const rng = rngFor('soc-month', p.id);
    if (i < SOC_FROM_START) p.socFrom = 0;
    else if (i < SOC_FROM_START + SOC_JOIN_2019) p.socFrom = intBetween(rng, 1, T.dec2019);
    else if (i < SOC_FROM_START + SOC_JOIN_2019 + SOC_JOIN_2020) {
      p.socFrom = intBetween(rng, T.dec2019 + 1, T.aug2020);
    }
  });
}

export function assignVdxp(plans: readonly UnitPlan[]): void {
  adoptionOrder(plans, 'vdxp', 0.6).forEach((p, i) => {
    // The axis opened in Mar 2019; everyone is on it by Jan 2020.
    p.vdxpFrom = i < VDXP_FROM_START ? 0 : intBetween(rngFor('vdxp-month', p.id), 2, T.feb2020 - 1);
  });
}

export function assignPortal(plans: readonly UnitPlan[]): void {
  for (const p of plans) {
    if (p.kind === 'province')
      p.portalFrom = intBetween(rngFor('portal', p.id), T.dec2019, T.feb2020);
    else {
      const from = MINISTRY_PORTAL_FROM[p.id];
      p.portalFrom = from ? offsetOf(from) : NEVER;
    }
  }
}
