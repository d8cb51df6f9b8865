import type { MonthIndex } from '../domain/period';
import type { FeedState, Observation, Target, UnitKind } from '../domain/types';

/** A unit as the engine in the data worker needs it: no names, and its feed by copy. */
export interface EngineUnit {
  id: string;
  kind: UnitKind;
  region: string | null;
  feed: FeedState;
  /** The feed copy whose observations to read (FeedResult.copy); null: no observations. */
  copy: string | null;
}

/** The page asks the engine in the data worker for one period's parts (domain/period-parts.ts). */
export interface EngineRequest {
  period: MonthIndex;
  asOf: MonthIndex | null;
  targets: readonly Target[];
  units: EngineUnit[];
}

/** Feed copies the worker does not hold, sent by the page: each name with its observations. */
export type SentCopies = [copy: string, observations: Observation[]][];
