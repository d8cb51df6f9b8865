import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDataset } from '../../../mocks/generate/default-dataset';
import { exportFeeds, runExportCli } from '../../../scripts/export-feeds';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-feeds-'));
  dirs.push(dir);
  return dir;
};
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/export-feeds', () => {
  it('writes the default dataset as static files, creating directories', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const written = exportFeeds(dir);
    const data = defaultDataset();
    expect(written).toHaveLength(89);
    expect(readJson(join(dir, 'registry.json'))).toEqual(data.registry);
    expect(readJson(join(dir, 'national.json'))).toEqual(data.national);
    expect(readJson(join(dir, 'rankings.json'))).toEqual(data.rankings);
    expect(readdirSync(join(dir, 'feeds')).sort()).toEqual(
      data.registry.units.map((u) => `${u.id}.json`).sort(),
    );
    expect(readJson(join(dir, 'feeds', '42.json'))).toEqual(data.feeds['42']);
    // The snapshot holds the same documents, keyed by the registry's references.
    const snapshot = readJson(join(dir, 'snapshot.json')) as {
      format: string;
      registry: unknown;
      documents: Record<string, { body?: unknown }>;
    };
    expect(snapshot.format).toBe('egov-kpi-snapshot/1');
    expect(snapshot.registry).toEqual(data.registry);
    expect(snapshot.documents['feeds/42.json']?.body).toEqual(data.feeds['42']);
    expect(Object.keys(snapshot.documents)).toHaveLength(data.registry.units.length + 2);
    // Every registry feed path resolves to a written file.
    for (const u of data.registry.units) expect(existsSync(join(dir, u.feed)), u.feed).toBe(true);
  });

  it('keeps Vietnamese text as UTF-8', () => {
    const dir = tempDir();
    exportFeeds(dir);
    expect(readFileSync(join(dir, 'registry.json'), 'utf8')).toContain('"vi": "Hà Tĩnh"');
  });

  it('exits with code 2 and a usage line without a directory', () => {
    const messages: string[] = [];
    const out = {
      log: (s: string) => messages.push(s),
      error: (s: string) => messages.push(`E ${s}`),
    };
    expect(runExportCli([], out)).toBe(2);
    expect(messages).toEqual([
      expect.stringMatching(/^E usage: .*export-feeds\.ts <output directory>/),
    ]);
  });

  it('prints what it wrote', () => {
    const dir = tempDir();
    const messages: string[] = [];
    const out = {
      log: (s: string) => messages.push(s),
      error: (s: string) => messages.push(`E ${s}`),
    };
    expect(runExportCli([dir], out)).toBe(0);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/wrote 89 files to .*registry\.json.*85 feeds/);
  });
});
