/**
 * Writes the default mock dataset as static files, a complete real backend for any web server:
 *   npx tsx scripts/export-feeds.ts <dir>
 * gives <dir>/registry.json, <dir>/feeds/{id}.json, <dir>/national.json, <dir>/rankings.json, and
 * <dir>/snapshot.json: all of them in one document (contract §8), which config.json may name instead
 * of the registry.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DatasetDocuments } from '../mocks/generate/documents';
import { defaultDataset } from '../mocks/generate/default-dataset';
import { MOCK_SNAPSHOT_TAKEN_AT, snapshotOf } from '../mocks/generate/snapshot';
import { ownEntry } from '../mocks/scenarios/scenario';

function writeJson(path: string, doc: unknown): void {
  writeFileSync(path, `${JSON.stringify(doc, null, 2)}\n`, 'utf8');
}

/** Writes every document into `dir` (created if needed); returns the paths written. */
export function exportFeeds(dir: string, documents: DatasetDocuments = defaultDataset()): string[] {
  const feedsDir = join(dir, 'feeds');
  mkdirSync(feedsDir, { recursive: true });
  const written: string[] = [];
  const write = (path: string, doc: unknown) => {
    writeJson(path, doc);
    written.push(path);
  };
  write(join(dir, 'registry.json'), documents.registry);
  for (const [id, feed] of Object.entries(documents.feeds))
    write(join(feedsDir, `${id}.json`), feed);
  write(join(dir, 'national.json'), documents.national);
  write(join(dir, 'rankings.json'), documents.rankings);
  const scenario = {
    registry: () => documents.registry,
    national: () => documents.national,
    rankings: () => documents.rankings,
    feed: (id: string) => {
      const body = ownEntry(documents.feeds, id);
      return body === undefined ? null : { kind: 'json' as const, body };
    },
  };
  // Compact: a snapshot of 10,000 units is read in one request, every byte counts.
  writeFileSync(
    join(dir, 'snapshot.json'),
    JSON.stringify(snapshotOf(scenario, MOCK_SNAPSHOT_TAKEN_AT)),
    'utf8',
  );
  written.push(join(dir, 'snapshot.json'));
  return written;
}

interface Output {
  log(message: string): void;
  error(message: string): void;
}

/** The command line: returns the exit code (2 = usage error). */
export function runExportCli(args: readonly string[], out: Output = console): number {
  const dir = args[0];
  if (!dir) {
    out.error('usage: tsx scripts/export-feeds.ts <output directory>');
    return 2;
  }
  const written = exportFeeds(dir);
  const feeds = written.filter((p) => p.startsWith(join(dir, 'feeds'))).length;
  out.log(
    `wrote ${written.length} files to ${resolve(dir)}: registry.json, national.json, ` +
      `rankings.json, snapshot.json and ${feeds} feeds in feeds/`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runExportCli(process.argv.slice(2));
}
