import { parseFeed, type FeedParseResult } from '../../../src/data/parse-feed';
import { parseRegistry, type Registry } from '../../../src/data/parse-registry';
import { parsePeriod, type MonthIndex } from '../../../src/domain/period';
import type { Dataset, UnitData } from '../../../src/domain/types';

export function m(text: string): MonthIndex {
  const p = parsePeriod(text);
  if (p === null) throw new Error(`bad period ${text}`);
  return p;
}

export function registryOf(doc: unknown): Registry {
  const parsed = parseRegistry(doc);
  if (!parsed.ok) throw new Error(`registry rejected: ${parsed.field} ${parsed.found}`);
  return parsed.registry;
}

export interface Loaded {
  registry: Registry;
  dataset: Dataset;
  /** What parseFeed said about each unit's feed document. */
  results: Map<string, FeedParseResult>;
}

/**
 * What the app would build from these documents: the registry and every feed through src/data's
 * parsers, then the engine's Dataset. A feed rejected whole, or missing, counts as failed.
 */
export function loadDataset(registryDoc: unknown, feedOf: (unitId: string) => unknown): Loaded {
  const registry = registryOf(registryDoc);
  const results = new Map<string, FeedParseResult>();
  const units = registry.units.map((u): UnitData => {
    const result = parseFeed(feedOf(u.id), u.id, registry.asOf);
    results.set(u.id, result);
    return {
      unit: { id: u.id, kind: u.kind, name: u.name, region: u.region },
      feed: result.ok ? 'loaded' : 'failed',
      observations: new Map(result.ok ? result.observations.map((o) => [o.period, o]) : []),
    };
  });
  return {
    registry,
    results,
    dataset: { units, regions: registry.regions, targets: registry.targets, asOf: registry.asOf },
  };
}
