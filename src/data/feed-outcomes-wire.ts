import type { Observation } from '../domain/types';
import type { FeedResult } from './load-documents';
import {
  columnBuffers,
  fromColumns,
  toColumns,
  type ObservationColumns,
} from './observation-columns';
import type { Outcome } from './outcome';

/**
 * Feed outcomes as they cross from the data worker to the page: the results without their
 * observations, and every result's observations in columns (observation-columns.ts).
 */
export interface FeedOutcomes {
  outcomes: Outcome<Omit<FeedResult, 'observations'>>[];
  observations: ObservationColumns;
}

const NONE: readonly Observation[] = [];

/** The outcomes' wire form, and the buffers to move with it. */
export function toFeedOutcomes(outcomes: readonly Outcome<FeedResult>[]): {
  wire: FeedOutcomes;
  buffers: ArrayBuffer[];
} {
  const lists: (readonly Observation[])[] = [];
  const sent = outcomes.map((o): FeedOutcomes['outcomes'][number] => {
    if (!o.ok) {
      lists.push(NONE);
      return o;
    }
    const { observations, ...result } = o.value;
    lists.push(observations);
    return { ok: true, value: result };
  });
  const observations = toColumns(lists);
  return { wire: { outcomes: sent, observations }, buffers: columnBuffers(observations) };
}

export function fromFeedOutcomes(wire: FeedOutcomes): Outcome<FeedResult>[] {
  const lists = fromColumns(wire.observations);
  return wire.outcomes.map((o, i) =>
    o.ok ? { ok: true, value: { ...o.value, observations: lists[i]! } } : o,
  );
}
