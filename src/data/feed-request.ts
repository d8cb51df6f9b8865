import type { MonthIndex } from '../domain/period';
import type { FeedUnit } from './load-documents';

/** One feed the page asks the data pipeline for, as it crosses to the data worker. */
export interface FeedRequest {
  /** Only what reading the feed needs: 10,000 units' names need not cross to the worker. */
  unit: FeedUnit;
  registryUrl: string;
  asOf: MonthIndex | null;
  pageOrigin: string;
  /** Read from the registry's snapshot (contract §8), not fetched. */
  fromSnapshot: boolean;
  /** The page's number for this attempt (see FeedStarts), by which its result comes back. */
  attempt: number;
}

/** Feeds asked for, or answered, per message between the page and the data worker. */
export const FEEDS_PER_MESSAGE = 500;
