import type { MonthIndex } from './period';
import { fromTenths, tenthsOfFraction } from './precision';
import type { UnitIndicator } from './model-types';
import type { Status } from './progress';
import type { KindRanks } from './rank';
import { THRESHOLDS } from './thresholds';
import type { FeedState, LgspStage, Target } from './types';

/** One empty list shared by every unit without a flag (frozen: nobody adds to it). */
const NO_FLAGS = Object.freeze([]) as unknown as Flag[];

export const FLAG_RULES = [
  'off-track',
  'stalled',
  'no-platform',
  'no-soc',
  'bottom-decile',
  'stale-feed',
] as const;
export type FlagRule = (typeof FLAG_RULES)[number];

/** A laggard flag with its reason in numbers (fractions; the UI formats them as % and pp). */
export type Flag =
  | {
      rule: 'off-track';
      value: number;
      valueTenths: number;
      slope: number | null;
      projection: number;
      projectionTenths: number;
      target: number;
      deadline: MonthIndex;
      monthsLeft: number;
      requiredPace: number | null;
    }
  | {
      rule: 'stalled';
      value: number;
      valueTenths: number;
      earlierValue: number;
      earlierTenths: number;
      earlierPeriod: MonthIndex;
      /** The difference of the two shown values (★), as a fraction: a multiple of 0.001. */
      gain: number;
      gainTenths: number;
      /** The smallest gain that is not "stalled", as a fraction (0.005 = 0.5 pp). */
      minGain: number;
      target: number;
    }
  | { rule: 'no-platform'; stage: LgspStage; deadline: MonthIndex; monthsToDeadline: number }
  | { rule: 'no-soc'; deadline: MonthIndex; monthsToDeadline: number }
  | {
      rule: 'bottom-decile';
      rank: number;
      ranked: number;
      k: number;
      tenths: number;
      cutoffTenths: number;
    }
  | {
      rule: 'stale-feed';
      cause: 'failed' | 'old' | 'empty';
      newestPeriod: MonthIndex | null;
      monthsBehind: number | null;
    };

/** What the flag rules read of a unit besides its level-4 rate. */
export interface UnitFacts {
  /** 0 = ministry, 1 = province. */
  kind: number;
  feed: FeedState;
  newestPeriod: MonthIndex | null;
  lgsp: LgspStage | null;
  soc: boolean | null;
}

/** What the flag rules read of a unit's level-4 rate, as shown. */
export interface Level4Facts {
  /** progressOf's status; null when the registry sets no level-4 target. */
  status: Status | null;
  tenths: number | null;
  /** The value as shown THRESHOLDS.stalledLookbackMonths earlier. */
  earlierTenths: number | null;
  rank: number | null;
  target: number | null;
}

/** What the flag rules need to know about the period, the same for every unit. */
export interface FlagContext {
  period: MonthIndex;
  /** Deadlines of flagDeadline() for lgspConnected and socOperational. */
  platformDeadline: MonthIndex | null;
  socDeadline: MonthIndex | null;
  /** The units' level-4 ranks in the period. */
  level4Ranks: KindRanks;
}

const BIT = Object.fromEntries(FLAG_RULES.map((rule, k) => [rule, 1 << k])) as Record<
  FlagRule,
  number
>;
const MIN_GAIN_TENTHS = tenthsOfFraction(THRESHOLDS.stalledMinGainPp / 100);

/**
 * Contract §5: the rules a unit breaks, as bits (bit k = FLAG_RULES[k]). The one place each rule
 * is decided; flagsOf only describes the rules decided here. Allocates nothing, so it can run
 * for every unit while the flags are described only for the units a screen shows.
 */
export function flagRules(unit: UnitFacts, level4: Level4Facts, context: FlagContext): number {
  const { period } = context;
  let rules = 0;
  if (level4.status === 'off-track') rules |= BIT['off-track'];
  // Below the target and up by less than 0.5 pp from 3 months earlier, both as shown (★):
  // 10.6 % → 11.1 % is +0.5 pp, not stalled.
  const { tenths, earlierTenths, target } = level4;
  if (
    tenths !== null &&
    earlierTenths !== null &&
    target !== null &&
    tenths < tenthsOfFraction(target) &&
    tenths - earlierTenths < MIN_GAIN_TENTHS
  )
    rules |= BIT.stalled;
  if (unit.lgsp !== null && unit.lgsp !== 'connected' && context.platformDeadline !== null)
    rules |= BIT['no-platform'];
  if (unit.soc === false && context.socDeadline !== null) rules |= BIT['no-soc'];
  if (
    level4.rank !== null &&
    tenths !== null &&
    tenths <= context.level4Ranks.bottomKey[unit.kind]!
  )
    rules |= BIT['bottom-decile'];
  if (staleCause(unit.feed, unit.newestPeriod, period) !== null) rules |= BIT['stale-feed'];
  return rules;
}

/** The bit set of flagRules that holds these rules. */
export function flagRuleBits(rules: readonly FlagRule[]): number {
  return rules.reduce((bits, rule) => bits | BIT[rule], 0);
}

/** Whether a bit set of flagRules holds the rule. */
export function hasFlagRule(rules: number, rule: FlagRule): boolean {
  return (rules & BIT[rule]) !== 0;
}

/** A count of 0 for every rule, in FLAG_RULES order (for countRules). */
export function noRuleCounts(): Record<FlagRule, number> {
  return Object.fromEntries(FLAG_RULES.map((rule) => [rule, 0])) as Record<FlagRule, number>;
}

/** Adds one to the count of each rule a bit set of flagRules holds. */
export function countRules(counts: Record<FlagRule, number>, rules: number): void {
  for (const rule of FLAG_RULES) if ((rules & BIT[rule]) !== 0) counts[rule] += 1;
}

/** How many rules a bit set of flagRules holds. */
export function ruleCount(rules: number): number {
  let count = 0;
  for (let r = rules; r !== 0; r &= r - 1) count++;
  return count;
}

function staleCause(
  feed: FeedState,
  newestPeriod: MonthIndex | null,
  period: MonthIndex,
): 'failed' | 'old' | 'empty' | null {
  if (feed === 'loading') return null;
  if (feed === 'failed') return 'failed';
  if (newestPeriod === null) return 'empty';
  return period - newestPeriod >= THRESHOLDS.staleAfterMonths ? 'old' : null;
}

/**
 * The flags of the rules flagRules decided for a unit, in FLAG_RULES order, each with its reason
 * in numbers: read from the same figures the rules were decided on.
 */
export function flagsOf(
  rules: number,
  unit: UnitFacts,
  level4: UnitIndicator,
  earlierTenths: number | null,
  context: FlagContext,
): Flag[] {
  if (rules === 0) return NO_FLAGS;
  const { period, level4Ranks } = context;
  const flags: Flag[] = [];
  if (rules & BIT['off-track']) {
    const p = level4.progress!;
    flags.push({
      rule: 'off-track',
      value: p.valueNow!,
      valueTenths: p.valueTenths!,
      slope: p.slope,
      projection: p.projection!,
      projectionTenths: p.projectionTenths!,
      target: p.target,
      deadline: p.deadline,
      monthsLeft: p.monthsLeft,
      requiredPace: p.requiredPace,
    });
  }
  if (rules & BIT.stalled) {
    const gainTenths = level4.tenths! - earlierTenths!;
    flags.push({
      rule: 'stalled',
      value: fromTenths(level4.tenths!),
      valueTenths: level4.tenths!,
      earlierValue: fromTenths(earlierTenths!),
      earlierTenths: earlierTenths!,
      earlierPeriod: period - THRESHOLDS.stalledLookbackMonths,
      gain: fromTenths(gainTenths),
      gainTenths,
      minGain: THRESHOLDS.stalledMinGainPp / 100,
      target: level4.target!.value,
    });
  }
  if (rules & BIT['no-platform']) {
    const deadline = context.platformDeadline!;
    flags.push({
      rule: 'no-platform',
      stage: unit.lgsp!,
      deadline,
      monthsToDeadline: deadline - period,
    });
  }
  if (rules & BIT['no-soc']) {
    const deadline = context.socDeadline!;
    flags.push({ rule: 'no-soc', deadline, monthsToDeadline: deadline - period });
  }
  if (rules & BIT['bottom-decile']) {
    flags.push({
      rule: 'bottom-decile',
      rank: level4.rank!,
      ranked: level4Ranks.rankedOf[unit.kind]!,
      k: level4Ranks.bottomK[unit.kind]!,
      tenths: level4.tenths!,
      cutoffTenths: level4Ranks.bottomKey[unit.kind]!,
    });
  }
  if (rules & BIT['stale-feed']) {
    const cause = staleCause(unit.feed, unit.newestPeriod, period)!;
    flags.push({
      rule: 'stale-feed',
      cause,
      newestPeriod: unit.newestPeriod,
      monthsBehind: cause === 'old' ? period - unit.newestPeriod! : null,
    });
  }
  return flags;
}

/**
 * The deadline a no-platform / no-soc flag speaks of: of the indicator's targets whose deadline
 * is 6 months away or less, or past (★ a passed 2020 deadline still counts when a 2025 target
 * exists), the latest; null when none is that close.
 */
export function flagDeadline(
  targets: readonly Target[],
  indicator: string,
  period: MonthIndex,
): MonthIndex | null {
  let deadline: MonthIndex | null = null;
  for (const t of targets) {
    if (t.indicator !== indicator) continue;
    if (t.deadline - period > THRESHOLDS.deadlineFlagWindowMonths) continue;
    if (deadline === null || t.deadline > deadline) deadline = t.deadline;
  }
  return deadline;
}

/**
 * Orders laggards: more flags first, then the larger gap to the level-4 target (NaN = no gap,
 * after every gap), then by id. At 10,000 units most gaps repeat, so instead of comparing pairs
 * the units are put in id order once (registries mostly list ids in order, which that sort
 * finds in one pass), each (flags, gap) is turned into a whole-number key, and a stable counting
 * sort on that key keeps the id order within equal keys.
 */
export function bySeverity(
  flagged: number[],
  units: readonly { readonly unit: { readonly id: string } }[],
  flagCounts: Uint8Array,
  gaps: Float64Array,
): number[] {
  const count = flagged.length;
  if (count < 2) return flagged;
  const ids = flagged.map((ui) => units[ui]!.unit.id);
  const byIdOrder = Array.from({ length: count }, (_, j) => j).sort((a, b) => {
    const ia = ids[a]!;
    const ib = ids[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });

  // Distinct gaps, largest first; a unit's gap position is its index in that list.
  const sortedGaps = new Float64Array(count);
  let withGap = 0;
  let maxFlags = 0;
  for (const ui of flagged) {
    if (!Number.isNaN(gaps[ui]!)) sortedGaps[withGap++] = gaps[ui]!;
    if (flagCounts[ui]! > maxFlags) maxFlags = flagCounts[ui]!;
  }
  const distinct = sortedGaps.subarray(0, withGap).sort().reverse();
  let distinctCount = 0;
  for (let j = 0; j < withGap; j++) {
    if (distinctCount === 0 || distinct[j] !== distinct[distinctCount - 1])
      distinct[distinctCount++] = distinct[j]!;
  }
  const positions = distinctCount + 1; // the last position is "no gap"
  const keys = new Int32Array(count);
  for (let j = 0; j < count; j++) {
    const ui = flagged[j]!;
    const gap = gaps[ui]!;
    let position = distinctCount;
    if (!Number.isNaN(gap)) {
      let lo = 0;
      let hi = distinctCount - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (distinct[mid]! > gap) lo = mid + 1;
        else hi = mid;
      }
      position = lo;
    }
    keys[j] = (maxFlags - flagCounts[ui]!) * positions + position;
  }
  const starts = new Int32Array((maxFlags + 1) * positions + 1);
  for (let j = 0; j < count; j++) starts[keys[j]! + 1]!++;
  for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
  const ordered = new Array<number>(count);
  for (const j of byIdOrder) ordered[starts[keys[j]!]!++] = flagged[j]!;
  return ordered;
}
