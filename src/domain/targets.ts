import type { MonthIndex } from './period';
import type { LocalizedText, Target } from './types';

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

/** The plans the active targets belong to: each basis with its deadline, earliest first. */
export interface TargetPlan {
  basis: LocalizedText;
  deadline: MonthIndex;
}

/**
 * Contract §2 ★: what "the targets" are in a period, for every text that names them (the app's
 * subtitle, a slide's heading, an export's note): the active targets' bases and deadlines, taken
 * from the registry, one entry per distinct basis and deadline.
 */
export function activePlans(targets: readonly Target[], period: MonthIndex): TargetPlan[] {
  const indicators = [...new Set(targets.map((t) => t.indicator))];
  const plans = new Map<string, TargetPlan>();
  for (const indicator of indicators) {
    const t = targetFor(targets, indicator, period);
    if (t === null) continue;
    const key = `${t.deadline}|${t.basis.vi}|${t.basis.en}`;
    if (!plans.has(key)) plans.set(key, { basis: t.basis, deadline: t.deadline });
  }
  return [...plans.values()].sort((a, b) => a.deadline - b.deadline);
}
