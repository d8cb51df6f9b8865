import type { MonthIndex } from '../domain/period';
import type { RegistryUnit } from './parse-registry';

/** One feed to read from the registry's snapshot, as it crosses to the data worker. */
export interface SnapshotFeedRequest {
  unit: RegistryUnit;
  registryUrl: string;
  asOf: MonthIndex | null;
  pageOrigin: string;
  /** The page's number for this attempt (see FeedStarts). */
  attempt: number;
}
