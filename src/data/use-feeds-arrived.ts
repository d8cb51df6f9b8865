import { useSyncExternalStore } from 'react';
import type { FeedProgress } from './use-dataset';

const NO_PROGRESS = () => () => undefined;
const NONE = () => 0;

/** Feeds settled so far, following every arrival (the figures wait for all of them); 0 without. */
export function useFeedsArrived(progress: FeedProgress | null): number {
  return useSyncExternalStore(
    progress?.subscribeSettled ?? NO_PROGRESS,
    progress?.getSettled ?? NONE,
    progress?.getSettled ?? NONE,
  );
}
