import type { FeedState } from './types';

/**
 * Contract §6 ★: why a unit has a value for an indicator in a period, or which of the three
 * reasons it has none. Never confused wherever a value appears:
 * - `feed-failed`: the feed did not arrive (which fault: the unit's `fault`);
 * - `loading`: the feed has not arrived yet;
 * - `not-reported`: the feed loaded but has no value for that period;
 * - `no-services`: reported with a denominator of 0 (`servicesTotal` 0: no rate, not 0 %).
 */
export type ValueState = 'value' | 'feed-failed' | 'loading' | 'not-reported' | 'no-services';

export const VALUE_STATES: readonly ValueState[] = [
  'value',
  'feed-failed',
  'loading',
  'not-reported',
  'no-services',
];

/**
 * A value kept from an earlier good copy of a failed feed is still that unit's value; a unit
 * without one is `feed-failed` before it is `not-reported`.
 */
export function valueStateOf(feed: FeedState, reported: boolean, hasValue: boolean): ValueState {
  if (hasValue) return 'value';
  if (feed === 'failed') return 'feed-failed';
  if (feed === 'loading' && !reported) return 'loading';
  return reported ? 'no-services' : 'not-reported';
}
