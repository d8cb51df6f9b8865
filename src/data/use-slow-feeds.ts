import { useSyncExternalStore } from 'react';
import { feedStarts, type FeedStarts } from './feed-starts';

/** The units whose feed's own request has been under way for NETWORK.slowAfterMs or longer. */
export function useSlowFeeds(starts: FeedStarts = feedStarts): ReadonlySet<string> {
  return useSyncExternalStore(starts.subscribe, starts.getSlow, starts.getSlow);
}
