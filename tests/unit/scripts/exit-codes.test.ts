import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHarvestCli } from '../../../scripts/harvest';
import { runValidateCli } from '../../../scripts/validate';
import { startFaultServer, type FaultServer } from './fault-server';

/**
 * The exit codes each tool documents, on every path: validate 0 accepted, 1 rejected, 2 usage or
 * a document named on the command line that could not be read; harvest 0 written, 1 registry not
 * read, 2 usage or a snapshot that cannot be written.
 */
const FAST = { timeoutMs: 600, backoff: () => 0 };

let server: FaultServer;
let dir: string;
let feed: string;
beforeAll(async () => {
  server = await startFaultServer();
  dir = mkdtempSync(join(tmpdir(), 'kit-exit-'));
  feed = join(dir, '42.json');
  writeFileSync(feed, JSON.stringify({ format: 'egov-kpi-feed/1', unit: '42', observations: [] }));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(cli: typeof runValidateCli, args: string[]) {
  const lines: string[] = [];
  const out = { log: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
  const code = await cli([...args, '--lang', 'en'], out, FAST);
  return { code, out: lines.join('\n') };
}

describe('npm run validate gives a registry the same code whether a feed is checked with it or not', () => {
  it.each([
    ['is not JSON', () => writeRegistry('not-json.json', '{"format": "egov-kpi-registry/1",}'), 1],
    ['is not a registry', () => writeRegistry('feed.json', '{"format": "egov-kpi-feed/1"}'), 1],
    ['is at an address the dashboard refuses', () => 'http://registry.example.org/r.json', 1],
    ['does not exist', () => join(dir, 'nowhere.json'), 2],
    ['answers HTTP 404', () => `${server.url}/nothing.json`, 2],
  ])('a registry that %s', async (_, registry, code) => {
    const source = registry();
    expect((await run(runValidateCli, ['--registry', source])).code).toBe(code);
    expect((await run(runValidateCli, [feed, '--registry', source])).code).toBe(code);
  });

  it('in a registry check, counts a feed that cannot be read as rejected (1), not as a reading error', async () => {
    const registry = writeRegistry(
      'missing-feed.json',
      JSON.stringify({
        format: 'egov-kpi-registry/1',
        units: [{ id: '42', kind: 'province', name: { vi: 'Hà Tĩnh' }, feed: 'gone.json' }],
      }),
    );
    const { code, out } = await run(runValidateCli, ['--registry', registry]);
    expect(code).toBe(1);
    expect(out).toContain('0 of 1 feeds accepted');
  });
});

describe('npm run harvest', () => {
  it('exits 2 when the snapshot file cannot be written, and says so', async () => {
    const target = join(dir, 'no-such-folder', 'snapshot.json');
    const { code, out } = await run(runHarvestCli, [`${server.url}/registry-quick.json`, target]);
    expect(code).toBe(2);
    expect(out).toContain(`Cannot write the snapshot to ${target}:`);
  });

  it('says why the registry could not be read in the publisher’s language, as Data health does', async () => {
    const lines: string[] = [];
    const out = { log: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
    const target = join(dir, 'snapshot-vi.json');
    const missing = `${server.url}/no-such-registry.json`;
    expect(await runHarvestCli([missing, target, '--lang', 'vi'], out, FAST)).toBe(1);
    expect(lines).toContain('Không đọc được danh mục: Lỗi HTTP 404. Không ghi bản chụp.');

    const feedAsRegistry = writeRegistry('feed-as-registry.json', '{"format": "egov-kpi-feed/1"}');
    const { code, out: en } = await run(runHarvestCli, [feedAsRegistry, target]);
    expect(code).toBe(1);
    expect(en).toMatch(/^The registry could not be read: Wrong format \(format: /m);
  });

  it('exits 1, no snapshot, when the registry is not JSON, and says where it breaks', async () => {
    const registry = writeRegistry('harvest-not-json.json', '{"units": [}');
    const { code, out } = await run(runHarvestCli, [registry, join(dir, 'snapshot.json')]);
    expect(code).toBe(1);
    expect(out).toContain('The JSON breaks at line 1, column 12 (found "}").');
  });
});

function writeRegistry(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
