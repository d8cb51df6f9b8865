/** Network behaviour of the feed client, in one place. */
export const NETWORK = {
  /** A request still unanswered after this long is abandoned as "timed out". */
  timeoutMs: 10_000,
  /** A feed still loading after this long is shown as "slow". */
  slowAfterMs: 2_000,
  /** Feeds fetched at once; the rest wait their turn. */
  maxConcurrentFeeds: 8,
  /** Largest document accepted, in characters. */
  maxDocumentChars: 5_000_000,
  /**
   * Largest registry-or-snapshot document accepted: a snapshot holds a whole round (10,000 units'
   * feeds are about 35 million characters).
   */
  maxSnapshotChars: 100_000_000,
} as const;
