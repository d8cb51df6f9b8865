import type { LgspStage } from '../../src/domain/types';
import { FEED_FORMAT } from '../../src/data/feed-format';
import { DOSSIER_SEASON } from './anchors';
import type { FeedDocument, ObservationDocument } from './documents';
import { level4At, servicesAt } from './level4-curve';
import { MONTH_COUNT, periodAt } from './series-months';
import type { LgspPlan, UnitPlan } from './unit-plans';

function lgspAt(plan: LgspPlan, t: number): LgspStage {
  if (t >= plan.connected) return 'connected';
  if (t >= plan.operational) return 'operational';
  if (t >= plan.building) return 'building';
  return 'none';
}

function onlineRateAt(plan: UnitPlan, t: number): number {
  const [t0, r0] = plan.online.from;
  const [t1, r1] = plan.online.to;
  return Math.min(1, Math.max(0, r0 + ((r1 - r0) * (t - t0)) / (t1 - t0)));
}

export function observationAt(plan: UnitPlan, t: number): ObservationDocument {
  const servicesTotal = servicesAt(plan, t);
  const servicesLevel4 = level4At(plan, t);
  const level3Rate =
    plan.level3.start + ((plan.level3.end - plan.level3.start) * t) / (MONTH_COUNT - 1);
  const servicesLevel3 = Math.min(
    Math.round(level3Rate * servicesTotal),
    servicesTotal - servicesLevel4,
  );
  const dossiersTotal = Math.round(
    plan.dossiersBase *
      (DOSSIER_SEASON[t] ?? 1) *
      (1 + (plan.dossiersGrowth * t) / (MONTH_COUNT - 1)) *
      (plan.dossiersNoise[t] ?? 1),
  );
  return {
    period: periodAt(t),
    servicesTotal,
    servicesLevel3,
    servicesLevel4,
    dossiersTotal,
    dossiersOnline: Math.min(dossiersTotal, Math.round(onlineRateAt(plan, t) * dossiersTotal)),
    lgsp: lgspAt(plan.lgsp, t),
    soc: t >= plan.socFrom,
    vdxp: t >= plan.vdxpFrom,
    portalConnected: t >= plan.portalFrom,
  };
}

/** The unit's feed document: one observation per month it reported. */
export function feedOf(plan: UnitPlan): FeedDocument {
  const observations: ObservationDocument[] = [];
  for (let t = 0; t < MONTH_COUNT; t++) {
    if (!plan.missing.includes(t)) observations.push(observationAt(plan, t));
  }
  return { format: FEED_FORMAT, unit: plan.id, updatedAt: plan.updatedAt, observations };
}
