import type { Aggregate } from './aggregate';
import type { IndicatorId, Measure } from './indicators';
import type { Flag } from './laggards';
import type { MonthIndex } from './period';
import type { Progress, Status } from './progress';
import type { ScopeId } from './scope';
import type { FeedFault, FeedState, Target, Unit } from './types';
import type { ValueState } from './value-state';

export interface UnitIndicator {
  indicator: IndicatorId;
  measure: Measure | null;
  /** Why the unit has a value here or not: never confuse a failed feed with "not reported". */
  state: ValueState;
  /** Fraction in [0, 1]; null when not reported (or 0 services). */
  value: number | null;
  /** The value at the precision shown, in tenths of a percent (exact from the integers). */
  tenths: number | null;
  /** Value in the previous month. */
  previousValue: number | null;
  previousTenths: number | null;
  /** The difference of the two shown values, in tenths of a percent (★ contract §5). */
  changeTenths: number | null;
  /** Rank among units of the same kind (rate indicators only). */
  rank: number | null;
  /** How many units of the kind were ranked. */
  rankedOf: number;
  previousRank: number | null;
  /** Last period's rank − this period's: positive = moved up. */
  rankChange: number | null;
  /** Least-squares slope, fraction per month. */
  slope: number | null;
  target: Target | null;
  /** Projection, pace and status against the target (rate indicators with a target). */
  progress: Progress | null;
  /** Status against the target; null when the registry sets no target for this indicator. */
  status: Status | null;
}

export interface UnitModel {
  unit: Unit;
  feed: FeedState;
  fault: FeedFault | null;
  newestPeriod: MonthIndex | null;
  /** Each indicator's record, made the first time it is read (the same object after). */
  indicators: Record<IndicatorId, UnitIndicator>;
  /**
   * The rules the unit breaks, as flagRules() decided them (test with hasFlagRule): what counts
   * and filters read, so that only the flags a screen shows are described.
   */
  flagRules: number;
  /** Those rules' flags, each with its reason in numbers, in FLAG_RULES order. */
  flags: Flag[];
}

export interface AggregateModel extends Aggregate {
  scope: ScopeId;
  indicator: IndicatorId;
  previous: Aggregate;
  /** Change since the previous month: the difference of the shown values, as a fraction. */
  change: number | null;
  slope: number | null;
  target: Target | null;
  progress: Progress | null;
}

export interface PeriodModel {
  period: MonthIndex;
  units: UnitModel[];
  byId: ReadonlyMap<string, UnitModel>;
  scopes: ScopeId[];
  aggregate(scope: ScopeId, indicator: IndicatorId): AggregateModel;
  /** Every unit with at least one flag, most severe first. */
  laggards: UnitModel[];
}
