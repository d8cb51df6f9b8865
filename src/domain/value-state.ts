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

/**
 * Why a figure drawn for print (the tile map) has no value, as its legend tells them apart. It
 * is read from the value state alone, as every screen reads it, so print and screen never differ.
 */
export type Absence = 'failed' | 'loading' | 'silent' | 'none';

const ABSENCE: Record<ValueState, Absence | null> = {
  value: null,
  'feed-failed': 'failed',
  loading: 'loading',
  'not-reported': 'silent',
  'no-services': 'none',
};

export function absenceOf(state: ValueState): Absence | null {
  return ABSENCE[state];
}

/** The contract's three always, so a reader knows each look; "loading" only while a tile has it. */
export function legendAbsences(shown: Iterable<Absence | null>): Absence[] {
  const always: Absence[] = ['failed', 'silent', 'none'];
  for (const a of shown) if (a === 'loading') return [...always, 'loading'];
  return always;
}
