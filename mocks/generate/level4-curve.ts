import { NATIONAL_LEVEL4, STALLED_DRIFT } from './anchors';
import { MONTH_COUNT, T } from './series-months';
import type { RateCurve, UnitPlan } from './unit-plans';

/** The level-4 rate of a curve at month offset t. */
export function rateAt(c: RateCurve, t: number): number {
  if (t <= T.feb2020) return c.start + (c.feb2020 - c.start) * (t / T.feb2020) ** c.bend2019;
  if (c.flat2020) return c.feb2020 + STALLED_DRIFT * (t - T.feb2020);
  const x = (t - T.feb2020) / (T.aug2020 - T.feb2020);
  return c.feb2020 + (c.aug2020 - c.feb2020) * x ** c.bend2020;
}

export function servicesAt(plan: UnitPlan, t: number): number {
  return Math.round(plan.servicesBase * (1 + (plan.servicesGrowth * t) / (MONTH_COUNT - 1)));
}

export function level4At(plan: UnitPlan, t: number): number {
  return Math.round(rateAt(plan.level4, t) * servicesAt(plan, t));
}

const PINS = [
  { key: 'start', t: T.jan2019, national: NATIONAL_LEVEL4.jan2019 },
  { key: 'feb2020', t: T.feb2020, national: NATIONAL_LEVEL4.feb2020 },
  { key: 'aug2020', t: T.aug2020, national: NATIONAL_LEVEL4.aug2020 },
] as const;

/**
 * Scales the relative curves of the normal provinces so that the national rate (Σ level4 / Σ total
 * over every unit) hits the anchors in Jan 2019, Feb 2020 and Aug 2020. Every unit reports in those
 * months, so the sums are over all of them. Pinned units (leaders, stalled, ministries …) stay put.
 */
export function calibrate(plans: readonly UnitPlan[]): UnitPlan[] {
  const scaled = (p: UnitPlan) => p.role === 'normal' && p.kind === 'province';
  const factor = { start: 1, feb2020: 1, aug2020: 1 };
  for (const pin of PINS) {
    let total = 0;
    let pinned = 0;
    let relative = 0;
    for (const p of plans) {
      const services = servicesAt(p, pin.t);
      total += services;
      if (scaled(p)) relative += p.level4[pin.key] * services;
      else pinned += level4At(p, pin.t);
    }
    factor[pin.key] = (pin.national * total - pinned) / relative;
  }
  return plans.map((p) =>
    scaled(p)
      ? {
          ...p,
          level4: {
            ...p.level4,
            start: p.level4.start * factor.start,
            feb2020: p.level4.feb2020 * factor.feb2020,
            aug2020: p.level4.aug2020 * factor.aug2020,
          },
        }
      : p,
  );
}
