/**
 * The datasets the performance runs load, exported as static files with scripts/export-feeds.ts:
 * the default mock (63 provinces + 22 ministries), and the `scale` mock's communes cut to 1,000
 * units and in full (10,000 communes + 22 ministries).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataset } from '../../mocks/generate/default-dataset';
import type { DatasetDocuments, FeedDocument } from '../../mocks/generate/documents';
import { scaleRegistry, scaleScenario } from '../../mocks/scenarios/scale-scenario';
import { exportFeeds } from '../export-feeds';

export interface ExportedDataset {
  name: string;
  units: number;
  dir: string;
}

/** The scale scenario's first `communes` communes and its 22 ministries. */
function scaleDocuments(communes: number | null): DatasetDocuments {
  const scenario = scaleScenario();
  const registry = scaleRegistry();
  const all = registry.units;
  const ministries = all.filter((u) => u.kind === 'ministry');
  const communeUnits = all.filter((u) => u.kind !== 'ministry');
  const units = [...communeUnits.slice(0, communes ?? communeUnits.length), ...ministries];
  const feeds: Record<string, FeedDocument> = {};
  for (const u of units) {
    const reply = scenario.feed(u.id);
    if (reply?.kind !== 'json') throw new Error(`scale scenario has no feed for ${u.id}`);
    feeds[u.id] = reply.body as FeedDocument;
  }
  return {
    registry: { ...registry, units },
    feeds,
    national: scenario.national() as DatasetDocuments['national'],
    rankings: scenario.rankings() as DatasetDocuments['rankings'],
  };
}

export function exportDatasets(root: string): ExportedDataset[] {
  rmSync(root, { recursive: true, force: true });
  const sets: [string, () => DatasetDocuments][] = [
    ['default', () => defaultDataset()],
    ['scale-1000', () => scaleDocuments(1_000 - 22)],
    ['scale', () => scaleDocuments(null)],
  ];
  return sets.map(([name, documents]) => {
    const dir = join(root, name);
    const docs = documents();
    exportFeeds(dir, docs);
    return { name, units: docs.registry.units.length, dir };
  });
}
