import { clamp } from './compare';
import type { MonthIndex } from './period';
import { fromTenths, signedTenths, tenthsOfFraction } from './precision';
import { monthsLeft } from './targets';

export type RateStatus = 'met' | 'on-track' | 'off-track' | 'unknown';
export type BinaryStatus = 'met' | 'not-met' | 'unknown';
export type Status = RateStatus | BinaryStatus;

export interface Progress {
  /** Value in the period under review, as a fraction; null when not reported. */
  valueNow: number | null;
  /** The value now at the precision shown (tenths of a percent, exact from the integers). */
  valueTenths: number | null;
  /** Trend in fraction per month; null when there is not enough data. */
  slope: number | null;
  /** The trend as shown: tenths of a percentage point per month. */
  slopeTenths: number | null;
  target: number;
  targetTenths: number;
  deadline: MonthIndex;
  monthsLeft: number;
  /** Projected value at the deadline, clamped to [0, 1]; null when it cannot be projected. */
  projection: number | null;
  projectionTenths: number | null;
  /**
   * Fraction per month still needed to reach the target, from the shown value and target; null
   * once the deadline is reached.
   */
  requiredPace: number | null;
  requiredPaceTenths: number | null;
  status: RateStatus;
}

/**
 * Contract §5: projection, required pace and status of a rate against its target, every verdict
 * taken on the figures as shown (★): met when the shown value ≥ the shown target, on-track when
 * the projection shown the same way ≥ it. Once the deadline is reached the projection is the
 * value now, so a unit still below the target is off-track whether or not it has a trend.
 */
export function progressOf(
  valueNow: number | null,
  valueTenths: number | null,
  slope: number | null,
  target: { value: number; deadline: MonthIndex },
  period: MonthIndex,
): Progress {
  const left = monthsLeft(target.deadline, period);
  const targetTenths = tenthsOfFraction(target.value);
  let projection: number | null = null;
  let projectionTenths: number | null = null;
  let requiredPace: number | null = null;
  let status: RateStatus = 'unknown';
  if (valueNow !== null && valueTenths !== null) {
    requiredPace = left === 0 ? null : fromTenths(targetTenths - valueTenths) / left;
    if (left === 0) {
      projection = clamp(valueNow, 0, 1);
      projectionTenths = valueTenths;
    } else if (slope !== null) {
      projection = clamp(valueNow + slope * left, 0, 1);
      projectionTenths = tenthsOfFraction(projection);
    }
    if (valueTenths >= targetTenths) status = 'met';
    else if (projectionTenths !== null)
      status = projectionTenths >= targetTenths ? 'on-track' : 'off-track';
  }
  return {
    valueNow,
    valueTenths,
    slope,
    slopeTenths: slope === null ? null : signedTenths(slope),
    target: target.value,
    targetTenths,
    deadline: target.deadline,
    monthsLeft: left,
    projection,
    projectionTenths,
    requiredPace,
    requiredPaceTenths: requiredPace === null ? null : signedTenths(requiredPace),
    status,
  };
}

/** A unit's 0/1 indicator against its target (normally 1: every unit), as shown. */
export function binaryStatus(valueTenths: number | null, target: number): BinaryStatus {
  if (valueTenths === null) return 'unknown';
  return valueTenths >= tenthsOfFraction(target) ? 'met' : 'not-met';
}
