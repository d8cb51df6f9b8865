import type { DatasetDocuments, FeedDocument } from './documents';
import { calibrate } from './level4-curve';
import { nationalDocument } from './national';
import { rankingsDocument } from './rankings';
import { defaultRegistryUnits, registryDocument } from './registry';
import { feedOf } from './unit-feed';
import { planUnits } from './unit-plans';

/**
 * The default dataset: 63 provinces and 22 ministries, Jan 2019 – Aug 2020, anchored to the
 * figures of domain.md. Deterministic: every call returns equal documents.
 */
export function buildDefaultDataset(): DatasetDocuments {
  const feeds: Record<string, FeedDocument> = {};
  for (const plan of calibrate(planUnits())) feeds[plan.id] = feedOf(plan);
  return {
    registry: registryDocument(defaultRegistryUnits()),
    feeds,
    national: nationalDocument(),
    rankings: rankingsDocument(),
  };
}

let cached: DatasetDocuments | null = null;

/** The default dataset, generated once per module instance. Treat it as read-only. */
export function defaultDataset(): DatasetDocuments {
  cached ??= buildDefaultDataset();
  return cached;
}
