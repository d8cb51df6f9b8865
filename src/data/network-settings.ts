/** Network behaviour of the feed client, in one place. */
export const NETWORK = {
  /** A request still unanswered after this long is abandoned as "timed out". */
  timeoutMs: 10_000,
  /** A feed whose own request is unanswered after this long is "slow" (not while it waits its turn). */
  slowAfterMs: 2_000,
  /** Feeds fetched at once; the rest wait their turn. */
  maxConcurrentFeeds: 8,
  /** Largest document accepted, in characters (every character is at least one byte). */
  maxDocumentChars: 5_000_000,
  /**
   * Largest document accepted, in bytes as received after decompression: counted while the body
   * downloads, so a small compressed body that inflates to gigabytes stops here (contract §3).
   */
  maxDocumentBytes: 5_000_000,
  /**
   * Largest registry-or-snapshot document accepted: a snapshot holds a whole round (10,000 units'
   * feeds are about 35 million characters).
   */
  maxSnapshotChars: 100_000_000,
  /** The same for bytes, counted while a registry or snapshot downloads. */
  maxSnapshotBytes: 200_000_000,
} as const;
