import { periodParts, periodPartsBuffers, type PeriodParts } from '../domain/period-parts';
import type { MonthIndex } from '../domain/period';
import type { Observation, UnitData } from '../domain/types';
import type { EngineRequest, SentCopies } from './engine-request';
import type { FeedResult } from './load-documents';

/**
 * The data worker's copy of each feed's observations, by the name it gave the copy: the engine
 * reads them here, so a period's model costs the page the units' names, not their data. A copy
 * is kept while the page's requests name it, and for one request after it arrived.
 */
const copies = new Map<
  string,
  { observations: ReadonlyMap<MonthIndex, Observation>; seen: number }
>();
let requests = 0;
let named = 0;
/**
 * Names differ between pages and page loads (a saved copy keeps the name it had): a copy is named
 * by its unit, when this worker started, and a counter.
 */
const PAGE = `@${Math.round(performance.timeOrigin).toString(36)}-`;

function keep(copy: string, observations: readonly Observation[]) {
  copies.set(copy, {
    observations: new Map(observations.map((o) => [o.period, o])),
    seen: requests,
  });
}

/** Names a feed copy loaded here and keeps its observations for the engine. */
export function keptForEngine(result: FeedResult): FeedResult {
  const copy = result.unitId + PAGE + String(named++);
  keep(copy, result.observations);
  return { ...result, copy };
}

/** Keeps the copies the page sent (named in an answer's `missing`). */
export function keepSentCopies(sent: SentCopies): void {
  for (const [copy, observations] of sent) keep(copy, observations);
}

const NO_OBSERVATIONS: ReadonlyMap<MonthIndex, Observation> = new Map();
const NO_NAME = { vi: '', en: '' };

/**
 * One period's parts, with their buffers to transfer; or the units whose copy is not held here
 * (the page sends them, keepSentCopies, and asks again).
 */
export function answerPeriodParts(
  request: EngineRequest,
): { parts: PeriodParts; buffers: ArrayBuffer[] } | { missing: number[] } {
  requests++;
  const missing: number[] = [];
  const units = request.units.map((u, i): UnitData => {
    let observations = NO_OBSERVATIONS;
    if (u.copy !== null) {
      const kept = copies.get(u.copy);
      if (kept === undefined) missing.push(i);
      else {
        kept.seen = requests;
        observations = kept.observations;
      }
    }
    const unit = { id: u.id, kind: u.kind, region: u.region, name: NO_NAME };
    return { unit, feed: u.feed, observations };
  });
  if (missing.length > 0) return { missing };
  for (const [copy, kept] of copies) if (kept.seen < requests - 1) copies.delete(copy);
  const parts = periodParts(
    { units, regions: [], targets: request.targets, asOf: request.asOf },
    request.period,
  );
  return { parts, buffers: periodPartsBuffers(parts) };
}
