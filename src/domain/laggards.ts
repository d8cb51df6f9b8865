import { atLeast, below } from './compare';
import type { MonthIndex } from './period';
import type { Progress } from './progress';
import { THRESHOLDS } from './thresholds';
import type { FeedState, LgspStage } from './types';

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
      slope: number | null;
      projection: number;
      target: number;
      deadline: MonthIndex;
      monthsLeft: number;
      requiredPace: number | null;
    }
  | {
      rule: 'stalled';
      value: number;
      earlierValue: number;
      earlierPeriod: MonthIndex;
      gain: number;
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
  if (level4.valueNow === null || level4.projection === null) return null;
  return {
    rule: 'off-track',
    value: level4.valueNow,
    slope: level4.slope,
    projection: level4.projection,
    target: level4.target,
    deadline: level4.deadline,
    monthsLeft: level4.monthsLeft,
    requiredPace: level4.requiredPace,
  };
}

export function stalledFlag(
  valueNow: number | null,
  earlierValue: number | null,
  period: MonthIndex,
  target: number | null,
): Flag | null {
  if (valueNow === null || earlierValue === null || target === null) return null;
  if (atLeast(valueNow, target)) return null;
  const gain = valueNow - earlierValue;
  const minGain = THRESHOLDS.stalledMinGainPp / 100;
  if (!below(gain, minGain)) return null;
  return {
    rule: 'stalled',
    value: valueNow,
    earlierValue,
    earlierPeriod: period - THRESHOLDS.stalledLookbackMonths,
    gain,
    minGain,
    target,
  };
}

function deadlineNear(deadline: MonthIndex, period: MonthIndex): boolean {
  return deadline - period <= THRESHOLDS.deadlineFlagWindowMonths;
}

export function noPlatformFlag(
  stage: LgspStage | null,
  deadline: MonthIndex | null,
  period: MonthIndex,
): Flag | null {
  if (stage === null || stage === 'connected' || deadline === null) return null;
  if (!deadlineNear(deadline, period)) return null;
  return { rule: 'no-platform', stage, deadline, monthsToDeadline: deadline - period };
}

export function noSocFlag(
  soc: boolean | null,
  deadline: MonthIndex | null,
  period: MonthIndex,
): Flag | null {
  if (soc !== false || deadline === null) return null;
  if (!deadlineNear(deadline, period)) return null;
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
