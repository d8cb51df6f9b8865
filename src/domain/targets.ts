import type { MonthIndex } from './period';
import type { Target } from './types';

/**
 * The target that applies to an indicator in a period: the one with the nearest deadline not yet
 * passed; once all have passed, the latest. Registries may list several plans' targets at once.
 */
export function targetFor(
  targets: readonly Target[],
  indicator: string,
  period: MonthIndex,
): Target | null {
  let upcoming: Target | null = null;
  let latest: Target | null = null;
  for (const t of targets) {
    if (t.indicator !== indicator) continue;
    if (t.deadline >= period && (upcoming === null || t.deadline < upcoming.deadline)) upcoming = t;
    if (latest === null || t.deadline > latest.deadline) latest = t;
  }
  return upcoming ?? latest;
}

/** Months from the period to the deadline; 0 once the deadline is reached. */
export function monthsLeft(deadline: MonthIndex, period: MonthIndex): number {
  return Math.max(0, deadline - period);
}
