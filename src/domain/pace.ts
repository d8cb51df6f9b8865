import type { MonthIndex } from './period';
import { fromTenths } from './precision';
import type { Progress } from './progress';

/**
 * How the unit's own trend compares with the pace its target needs, in words the page can use:
 * - `met`: already at or above the target;
 * - `no-value`: nothing reported in the period under review;
 * - `deadline-passed`: below the target and the deadline is reached (no pace can be required);
 * - `no-trend`: below the target and too few months for a trend;
 * - `enough`: the trend reaches the target by the deadline (status on-track);
 * - `short`: it does not (status off-track).
 * Taken from the engine's status, so the words can never disagree with the badge.
 */
export type PaceVerdict = 'met' | 'no-value' | 'deadline-passed' | 'no-trend' | 'enough' | 'short';

export interface PaceComparison {
  verdict: PaceVerdict;
  /** The engine's required pace, fraction per month (null once the deadline is reached). */
  required: number | null;
  /** The engine's trend, fraction per month (null: not enough data). */
  actual: number | null;
  /**
   * required − actual, fraction per month: how much faster each month the unit must go
   * (> 0: short by that much; ≤ 0: its trend is enough). null unless both are known.
   */
  gap: number | null;
  /**
   * Whole months from the period under review until the current trend reaches the target:
   * 0 when already met; null when it never does (no value, no trend, flat or falling trend).
   */
  monthsToTarget: number | null;
  /** The month the current trend reaches the target: period + monthsToTarget. */
  reachedAt: MonthIndex | null;
  /** How many months after the deadline that is (0 when on time); null with reachedAt. */
  monthsAfterDeadline: number | null;
}

/** Fractions of a month this close to a whole month count as that month (floating-point noise). */
const MONTH_TOLERANCE = 1e-9;

function verdictOf(progress: Progress): PaceVerdict {
  if (progress.status === 'met') return 'met';
  if (progress.valueNow === null) return 'no-value';
  if (progress.monthsLeft === 0) return 'deadline-passed';
  if (progress.slope === null) return 'no-trend';
  return progress.status === 'on-track' ? 'enough' : 'short';
}

/**
 * Required pace against the actual trend for a rate indicator with a target, and when the
 * current trend would reach the target. `period` is the period under review.
 */
export function paceComparison(progress: Progress, period: MonthIndex): PaceComparison {
  const verdict = verdictOf(progress);
  const required = progress.requiredPace;
  const actual = progress.slope;
  // The difference of the two paces as shown (★ §5), so the three figures add up on screen.
  const gap =
    progress.requiredPaceTenths !== null && progress.slopeTenths !== null
      ? fromTenths(progress.requiredPaceTenths - progress.slopeTenths)
      : null;

  let monthsToTarget: number | null = null;
  if (verdict === 'met') monthsToTarget = 0;
  else if (progress.valueNow !== null && actual !== null && actual > 0) {
    monthsToTarget = Math.max(
      1,
      Math.ceil((progress.target - progress.valueNow) / actual - MONTH_TOLERANCE),
    );
  }
  const reachedAt = monthsToTarget === null ? null : period + monthsToTarget;
  return {
    verdict,
    required,
    actual,
    gap,
    monthsToTarget,
    reachedAt,
    monthsAfterDeadline: reachedAt === null ? null : Math.max(0, reachedAt - progress.deadline),
  };
}
