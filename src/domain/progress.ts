import { atLeast, clamp } from './compare';
import type { MonthIndex } from './period';
import { monthsLeft } from './targets';

export type RateStatus = 'met' | 'on-track' | 'off-track' | 'unknown';
export type BinaryStatus = 'met' | 'not-met' | 'unknown';
export type Status = RateStatus | BinaryStatus;

export interface Progress {
  /** Value in the period under review, as a fraction; null when not reported. */
  valueNow: number | null;
  /** Trend in fraction per month; null when there is not enough data. */
  slope: number | null;
  target: number;
  deadline: MonthIndex;
  monthsLeft: number;
  /** Projected value at the deadline, clamped to [0, 1]; null when it cannot be projected. */
  projection: number | null;
  /** Fraction per month still needed to reach the target; null once the deadline is reached. */
  requiredPace: number | null;
  status: RateStatus;
}

/**
 * Contract §5: projection, required pace and status of a rate against its target.
 * Once the deadline is reached the projection is the value now, so a unit still below the
 * target is off-track whether or not it has a trend.
 */
export function progressOf(
  valueNow: number | null,
  slope: number | null,
  target: { value: number; deadline: MonthIndex },
  period: MonthIndex,
): Progress {
  const left = monthsLeft(target.deadline, period);
  let projection: number | null = null;
  let requiredPace: number | null = null;
  let status: RateStatus = 'unknown';
  if (valueNow !== null) {
    requiredPace = left === 0 ? null : (target.value - valueNow) / left;
    projection =
      left === 0
        ? clamp(valueNow, 0, 1)
        : slope === null
          ? null
          : clamp(valueNow + slope * left, 0, 1);
    if (atLeast(valueNow, target.value)) status = 'met';
    else if (projection !== null)
      status = atLeast(projection, target.value) ? 'on-track' : 'off-track';
  }
  return {
    valueNow,
    slope,
    target: target.value,
    deadline: target.deadline,
    monthsLeft: left,
    projection,
    requiredPace,
    status,
  };
}

/** A unit's 0/1 indicator against its target (normally 1: every unit). */
export function binaryStatus(value: number | null, target: number): BinaryStatus {
  if (value === null) return 'unknown';
  return atLeast(value, target) ? 'met' : 'not-met';
}
