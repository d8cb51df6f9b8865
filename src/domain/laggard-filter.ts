import { countRules, hasFlagRule, noRuleCounts, type FlagRule } from './laggards';
import type { UnitModel } from './model';
import { UNIT_KINDS, type UnitKind } from './types';

export interface LaggardFilter {
  rule: FlagRule | null;
  kind: UnitKind | null;
}

function hasRule(u: UnitModel, rule: FlagRule | null): boolean {
  return rule === null || hasFlagRule(u.flagRules, rule);
}

function ofKind(u: UnitModel, kind: UnitKind | null): boolean {
  return kind === null || u.unit.kind === kind;
}

/** The laggards a filter keeps, in the engine's order (most severe first). */
export function filterLaggards(laggards: readonly UnitModel[], filter: LaggardFilter): UnitModel[] {
  return laggards.filter((u) => hasRule(u, filter.rule) && ofKind(u, filter.kind));
}

export interface LaggardFacets {
  /** Units of the chosen kind with each flag (a unit with two flags counts under both). */
  byRule: Record<FlagRule, number>;
  /** Units of the chosen kind with any flag. */
  anyRule: number;
  /** Units with the chosen flag, per kind. */
  byKind: Record<UnitKind, number>;
  /** Units with the chosen flag, of any kind. */
  anyKind: number;
}

/**
 * The counts next to each filter choice: what choosing it would show, given the other filter.
 * Rule counts follow the kind filter; kind counts follow the rule filter.
 */
export function laggardFacets(
  laggards: readonly UnitModel[],
  filter: LaggardFilter,
): LaggardFacets {
  const byRule = noRuleCounts();
  const byKind = Object.fromEntries(UNIT_KINDS.map((k) => [k, 0])) as Record<UnitKind, number>;
  let anyRule = 0;
  let anyKind = 0;
  for (const u of laggards) {
    if (ofKind(u, filter.kind)) {
      anyRule += 1;
      countRules(byRule, u.flagRules);
    }
    if (hasRule(u, filter.rule)) {
      anyKind += 1;
      byKind[u.unit.kind] += 1;
    }
  }
  return { byRule, anyRule, byKind, anyKind };
}
