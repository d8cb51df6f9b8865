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
  const known = valueNow !== null && valueTenths !== null;
  const requiredPace = known && left > 0 ? fromTenths(targetTenths - valueTenths) / left : null;
  const projection = known ? projectionOf(valueNow, slope, left) : null;
  const projectionTenths = projectionTenthsOf(projection, valueTenths, left);
  const status = rateStatus(valueNow, valueTenths, slope, target, period);
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

/**
 * The value projected to the deadline along the trend, clamped to [0, 1]: the value now once the
 * deadline is reached; null without a trend before it.
 */
function projectionOf(valueNow: number, slope: number | null, left: number): number | null {
  if (left === 0) return clamp(valueNow, 0, 1);
  return slope === null ? null : clamp(valueNow + slope * left, 0, 1);
}

/** The projection as shown; once the deadline is reached, the value now as shown. */
function projectionTenthsOf(
  projection: number | null,
  valueTenths: number | null,
  left: number,
): number | null {
  if (projection === null) return null;
  return left === 0 ? valueTenths : tenthsOfFraction(projection);
}

/**
 * A rate's status, from its figures as shown: progressOf's status, and, without the record, what
 * the engine decides for every unit to find its laggards.
 */
export function rateStatus(
  valueNow: number | null,
  valueTenths: number | null,
  slope: number | null,
  target: { value: number; deadline: MonthIndex },
  period: MonthIndex,
): RateStatus {
  if (valueNow === null || valueTenths === null) return 'unknown';
  const left = monthsLeft(target.deadline, period);
  const projection = projectionOf(valueNow, slope, left);
  const projectionTenths = projectionTenthsOf(projection, valueTenths, left);
  const targetTenths = tenthsOfFraction(target.value);
  if (valueTenths >= targetTenths) return 'met';
  if (projectionTenths === null) return 'unknown';
  return projectionTenths >= targetTenths ? 'on-track' : 'off-track';
}

/** A unit's 0/1 indicator against its target (normally 1: every unit), as shown. */
export function binaryStatus(valueTenths: number | null, target: number): BinaryStatus {
  if (valueTenths === null) return 'unknown';
  return valueTenths >= tenthsOfFraction(target) ? 'met' : 'not-met';
}
