import type { MonthIndex } from './period';
import { fromTenths, tenthsOfFraction } from './precision';
import type { UnitIndicator, UnitModel } from './model-types';
import type { Progress } from './progress';
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

export function offTrackFlag(level4: Progress | null): Flag | null {
  if (level4 === null || level4.status !== 'off-track') return null;
  if (level4.valueNow === null || level4.valueTenths === null) return null;
  if (level4.projection === null || level4.projectionTenths === null) return null;
  return {
    rule: 'off-track',
    value: level4.valueNow,
    valueTenths: level4.valueTenths,
    slope: level4.slope,
    projection: level4.projection,
    projectionTenths: level4.projectionTenths,
    target: level4.target,
    deadline: level4.deadline,
    monthsLeft: level4.monthsLeft,
    requiredPace: level4.requiredPace,
  };
}

/**
 * Below the target and up by less than 0.5 pp from 3 months earlier, both compared as shown (★):
 * 10.6 % → 11.1 % is +0.5 pp, not stalled. Values in tenths of a percent.
 */
export function stalledFlag(
  nowTenths: number | null,
  earlierTenths: number | null,
  period: MonthIndex,
  target: number | null,
): Flag | null {
  if (nowTenths === null || earlierTenths === null || target === null) return null;
  if (nowTenths >= tenthsOfFraction(target)) return null;
  const gainTenths = nowTenths - earlierTenths;
  const minGainTenths = tenthsOfFraction(THRESHOLDS.stalledMinGainPp / 100);
  if (gainTenths >= minGainTenths) return null;
  return {
    rule: 'stalled',
    value: fromTenths(nowTenths),
    valueTenths: nowTenths,
    earlierValue: fromTenths(earlierTenths),
    earlierTenths,
    earlierPeriod: period - THRESHOLDS.stalledLookbackMonths,
    gain: fromTenths(gainTenths),
    gainTenths,
    minGain: THRESHOLDS.stalledMinGainPp / 100,
    target,
  };
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

export function noPlatformFlag(
  stage: LgspStage | null,
  deadline: MonthIndex | null,
  period: MonthIndex,
): Flag | null {
  if (stage === null || stage === 'connected' || deadline === null) return null;
  return { rule: 'no-platform', stage, deadline, monthsToDeadline: deadline - period };
}

export function noSocFlag(
  soc: boolean | null,
  deadline: MonthIndex | null,
  period: MonthIndex,
): Flag | null {
  if (soc !== false || deadline === null) return null;
  return { rule: 'no-soc', deadline, monthsToDeadline: deadline - period };
}

export function staleFeedFlag(
  feed: FeedState,
  newestPeriod: MonthIndex | null,
  period: MonthIndex,
): Flag | null {
  if (feed === 'loading') return null;
  if (feed === 'failed') {
    return { rule: 'stale-feed', cause: 'failed', newestPeriod, monthsBehind: null };
  }
  if (newestPeriod === null) {
    return { rule: 'stale-feed', cause: 'empty', newestPeriod, monthsBehind: null };
  }
  const behind = period - newestPeriod;
  if (behind < THRESHOLDS.staleAfterMonths) return null;
  return { rule: 'stale-feed', cause: 'old', newestPeriod, monthsBehind: behind };
}

/** What the flag rules need to know about one unit besides its level-4 figures. */
export interface UnitFacts {
  /** 0 = ministry, 1 = province. */
  kind: number;
  feed: FeedState;
  newestPeriod: MonthIndex | null;
  lgsp: LgspStage | null;
  soc: boolean | null;
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

/** Every flag of contract §5 for one unit, in FLAG_RULES order. */
export function flagsOf(
  unit: UnitFacts,
  level4: UnitIndicator,
  level4EarlierTenths: number | null,
  context: FlagContext,
): Flag[] {
  const { period, level4Ranks } = context;
  const flags: Flag[] = [];
  const offTrack = offTrackFlag(level4.progress);
  if (offTrack) flags.push(offTrack);
  const target = level4.target?.value ?? null;
  const stalled = stalledFlag(level4.tenths, level4EarlierTenths, period, target);
  if (stalled) flags.push(stalled);
  const noPlatform = noPlatformFlag(unit.lgsp, context.platformDeadline, period);
  if (noPlatform) flags.push(noPlatform);
  const noSoc = noSocFlag(unit.soc, context.socDeadline, period);
  if (noSoc) flags.push(noSoc);
  const cutoff = level4Ranks.bottomKey[unit.kind]!;
  if (level4.rank !== null && level4.tenths !== null && level4.tenths <= cutoff) {
    flags.push({
      rule: 'bottom-decile',
      rank: level4.rank,
      ranked: level4Ranks.rankedOf[unit.kind]!,
      k: level4Ranks.bottomK[unit.kind]!,
      tenths: level4.tenths,
      cutoffTenths: cutoff,
    });
  }
  const stale = staleFeedFlag(unit.feed, unit.newestPeriod, period);
  if (stale) flags.push(stale);
  return flags.length === 0 ? NO_FLAGS : flags;
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
  units: readonly UnitModel[],
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
