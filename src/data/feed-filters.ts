/**
 * Groups a feed can be filtered by on the Data health screen (the `feed` key of the view state).
 * `problems` is every feed that needs a look (failed, partly invalid, stale or slow); `loading`
 * includes slow ones.
 */
export const FEED_FILTERS = [
  'problems',
  'failed',
  'partly-invalid',
  'stale',
  'loading',
  'ok',
] as const;
export type FeedFilter = (typeof FEED_FILTERS)[number];
