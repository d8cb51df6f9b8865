import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harvest, runHarvestCli } from '../../../scripts/harvest';
import type { ReadOptions } from '../../../scripts/lib/read-document';
import { runValidateCli } from '../../../scripts/validate';
import { nationalDocument, nationalFigure } from '../../support/national-document';
import { FEEDS, REGISTRY, startFaultServer, type FaultServer } from './fault-server';

const root = join(__dirname, '../../..');
/**
 * A short timeout and no waiting between retries, so the faults take milliseconds, not seconds;
 * long enough that a closed socket on a busy machine is still a network error, not a timeout.
 */
const FAST: ReadOptions = { timeoutMs: 600, backoff: () => 0 };

let server: FaultServer;
let dir: string;
beforeAll(async () => {
  server = await startFaultServer();
  dir = mkdtempSync(join(tmpdir(), 'kit-tools-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(
  cli: typeof runValidateCli,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(args, { log: (m) => out.push(m), error: (m) => err.push(m) }, FAST);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const rowOf = (out: string, unit: string) =>
  out.split('\n').find((line) => line.startsWith(`${unit} `)) ?? '';

describe('npm run validate', () => {
  it('checks a registry and every feed it lists, one row per unit with its fault', async () => {
    const { code, out } = await run(runValidateCli, [
      '--registry',
      `${server.url}/registry.json`,
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    expect(out).toContain('Registry read: 10 units, 1 target, period under review 2020-07.');
    expect(rowOf(out, 'ok')).toMatch(/^ok\s+OK\s+2\s+0\s+2020-07/);
    expect(rowOf(out, 'partly')).toContain('1 observation rejected');
    expect(rowOf(out, 'stale')).toContain('OK; Stale');
    expect(rowOf(out, 'http500')).toContain('HTTP error 500');
    expect(rowOf(out, 'network')).toContain('Network error');
    expect(rowOf(out, 'timeout')).toContain('Timed out');
    expect(rowOf(out, 'html')).toContain('Not JSON');
    expect(rowOf(out, 'format')).toContain(
      'Wrong format: “format” must be “egov-kpi-feed/1” (found "egov-kpi-feed/0.9")',
    );
    expect(rowOf(out, 'unit')).toContain('Wrong unit (the feed says "someone-else")');
    expect(rowOf(out, 'refused')).toContain('Refused URL: http://feeds.example.org/refused.json');
    expect(out).toContain(
      '2 of 10 feeds accepted with nothing rejected; 1 partly rejected; 7 unavailable or rejected whole; 1 stale.',
    );
  });

  it('without asOf, holds every feed to the period the feeds make, as the dashboard does', async () => {
    const folder = mkdtempSync(join(dir, 'no-as-of-'));
    const feedOf = (unit: string, months: string[]) => ({
      format: 'egov-kpi-feed/1',
      unit,
      observations: months.map((period) => ({ period, servicesTotal: 10, servicesLevel4: 3 })),
    });
    const units = {
      A: ['2020-07', '2020-08'],
      B: ['2020-08', '2099-12'],
      C: ['2020-05'],
      D: ['2020-08'],
    };
    const registry = {
      format: 'egov-kpi-registry/1',
      units: Object.keys(units).map((id) => ({
        id,
        kind: 'province',
        name: { vi: id, en: id },
        feed: `${id}.json`,
      })),
      national: 'national.json',
      rankings: 'rankings.json',
    };
    writeFileSync(join(folder, 'registry.json'), JSON.stringify(registry));
    const national = nationalDocument([
      nationalFigure({
        series: [
          { period: '2020-07', value: 86 },
          { period: '2020-10', value: 80 },
        ],
      }),
      nationalFigure({ id: 'bad', target: { value: 500, deadline: '2025-12' } }),
    ]);
    writeFileSync(join(folder, 'national.json'), JSON.stringify(national));
    writeFileSync(join(folder, 'rankings.json'), '<html>502 Bad Gateway</html>');
    for (const [id, months] of Object.entries(units)) {
      writeFileSync(join(folder, `${id}.json`), JSON.stringify(feedOf(id, months)));
    }
    const onDisk = await run(runValidateCli, [
      '--registry',
      join(folder, 'registry.json'),
      '--lang',
      'en',
    ]);
    expect(onDisk.out).toContain('Period under review: 2020-08');
    expect(rowOf(onDisk.out, 'B')).toMatch(/^B\s+OK; 1 later, not used\s+1\s+0\s+2020-08/);
    expect(rowOf(onDisk.out, 'C')).toContain('OK; Stale');
    expect(onDisk.out).toContain('1 observation is later than the period under review (2020-08)');
    // The optional documents, as Data health reads them
    expect(onDisk.out).toContain('National figures (national.json): 1 valid entry.');
    expect(onDisk.out).toContain(
      'Entry 2 (bad) rejected: “target.value” must be a whole number from 1 to 193 (found 500)',
    );
    expect(onDisk.out).toContain('National figure EGDI rank: 2020-10');
    expect(onDisk.out).toContain('Published rankings (rankings.json) could not be read: Not JSON');
    expect(onDisk.code).toBe(1);

    // The same round as a snapshot, one of its entries malformed: read with no request.
    const snapshot = {
      format: 'egov-kpi-snapshot/1',
      takenAt: '2020-08-26T09:00:00+07:00',
      registry,
      documents: {
        'A.json': { body: feedOf('A', units.A) },
        'B.json': { body: feedOf('B', units.B) },
        'C.json': { body: feedOf('C', units.C) },
        'D.json': { failure: { kind: 'exploded' } },
        'national.json': { body: national },
        'rankings.json': { failure: { kind: 'http', status: 404 } },
      },
    };
    writeFileSync(join(folder, 'snapshot.json'), JSON.stringify(snapshot));
    const fromSnapshot = await run(runValidateCli, [
      '--registry',
      join(folder, 'snapshot.json'),
      '--lang',
      'en',
    ]);
    expect(fromSnapshot.out).toContain('Snapshot taken at 2020-08-26T09:00:00+07:00');
    expect(fromSnapshot.out).not.toContain('not a registry');
    expect(rowOf(fromSnapshot.out, 'A')).toMatch(/^A\s+OK\s+2\s+0\s+2020-08/);
    expect(fromSnapshot.out).toContain('Period under review: 2020-08');
    expect(rowOf(fromSnapshot.out, 'D')).toContain('documents.D.json.failure');
  });

  it('prints each rejected observation with its position, period, field, rule and values', async () => {
    const { code, out } = await run(runValidateCli, [
      `${server.url}/feeds/partly.json`,
      '--registry',
      `${server.url}/registry.json`,
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    expect(out).toContain('Checked as the feed of unit partly; period under review: 2020-07.');
    expect(out).toContain('PARTLY REJECTED: 1 observation used, 1 rejected.');
    expect(out).toContain('Period 2020-07 (entry 2 of the feed): (observations[1])');
    expect(out).toContain(
      '  - [levels-exceed-total] Level-4 services (servicesLevel4): level 3 + level 4 exceed the total services (found: 170 + 40 > 200)',
    );
  });

  it('speaks Vietnamese by default', async () => {
    const { out } = await run(runValidateCli, [
      `${server.url}/feeds/partly.json`,
      '--registry',
      `${server.url}/registry.json`,
    ]);
    expect(out).toContain('BỊ LOẠI MỘT PHẦN: dùng 1 kỳ báo cáo, loại 1 kỳ.');
    expect(out).toContain(
      '[levels-exceed-total] Số DVC mức độ 4 (servicesLevel4): mức 3 + mức 4 vượt tổng số dịch vụ',
    );
  });

  it('accepts a good feed with exit 0 and warns when it is stale', async () => {
    const ok = await run(runValidateCli, [
      `${server.url}/feeds/ok.json`,
      '--as-of',
      '2020-07',
      '--lang',
      'en',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('ACCEPTED: 2 observations used, none rejected.');
    const stale = await run(runValidateCli, [
      `${server.url}/feeds/stale.json`,
      '--registry',
      `${server.url}/registry.json`,
      '--lang',
      'en',
    ]);
    expect(stale.code).toBe(0);
    expect(stale.out).toContain(
      'the newest valid period is 2020-04, 3 months before the period under review 2020-07',
    );
  });

  it.each([
    [
      'format',
      'REJECTED WHOLE: Wrong format: “format” must be “egov-kpi-feed/1” (found "egov-kpi-feed/0.9")',
    ],
    ['unit', 'REJECTED WHOLE: Wrong unit (the feed says "someone-else")'],
    ['html', 'REJECTED WHOLE: Not JSON'],
  ])('rejects the whole %s feed with exit 1', async (id, message) => {
    const { code, out } = await run(runValidateCli, [
      `${server.url}/feeds/${id}.json`,
      '--registry',
      `${server.url}/registry.json`,
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    expect(out).toContain(message);
  });

  it.each([
    ['http500', 'HTTP error 500'],
    ['network', 'Network error'],
    ['timeout', 'Timed out'],
  ])('calls a %s feed a reading error, exit 2', async (id, message) => {
    const { code, err } = await run(runValidateCli, [
      `${server.url}/feeds/${id}.json`,
      '--lang',
      'en',
    ]);
    expect(code).toBe(2);
    expect(err).toContain(`Cannot read ${server.url}/feeds/${id}.json: ${message}`);
  });

  it('holds a draft on disk to the registry: its unit must be one the registry lists', async () => {
    const draft = (unit: string) => {
      const path = join(dir, `draft-${unit}.json`);
      const observations = [{ period: '2020-07', servicesTotal: 100, servicesLevel4: 30 }];
      writeFileSync(path, JSON.stringify({ format: 'egov-kpi-feed/1', unit, observations }));
      return path;
    };
    const registry = ['--registry', `${server.url}/registry.json`, '--lang', 'en'];
    const stranger = await run(runValidateCli, [draft('24'), ...registry]);
    expect(stranger.code).toBe(1);
    expect(stranger.out).toContain('REJECTED WHOLE: unit 24 is not in the registry');
    const listed = await run(runValidateCli, [draft('ok'), ...registry]);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('The registry names another address for unit ok');
    expect(listed.out).toContain('period under review: 2020-07');
  });

  it('refuses an address the dashboard would refuse, exit 1', async () => {
    const { code, out } = await run(runValidateCli, [
      'http://feeds.example.org/42.json',
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    expect(out).toContain('REJECTED WHOLE: Refused URL: http://feeds.example.org/42.json');
  });

  it('exits 2 on a usage error or a missing file', async () => {
    expect((await run(runValidateCli, [])).code).toBe(2);
    expect((await run(runValidateCli, ['a.json', '--lang', 'fr'])).code).toBe(2);
    expect((await run(runValidateCli, ['a.json', '--as-of', '2020-13'])).code).toBe(2);
    const missing = await run(runValidateCli, [join(dir, 'nowhere.json'), '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`Cannot read ${join(dir, 'nowhere.json')}: no such file`);
  });

  it('counts a file on disk in bytes against the 5 MB cap, as a download is counted', async () => {
    // 1.8 million "ệ": under 5 million characters, 5.4 MB in UTF-8.
    const path = join(dir, 'multibyte.json');
    const observations = [{ period: '2020-07', servicesTotal: 100, servicesLevel4: 30 }];
    const note = 'ệ'.repeat(1_800_000);
    writeFileSync(
      path,
      JSON.stringify({ format: 'egov-kpi-feed/1', unit: '42', observations, note }),
    );
    const { code, out } = await run(runValidateCli, [path, '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toContain('REJECTED WHOLE: Document too large');
  });
});

describe('npm run harvest', () => {
  it('records every document as fetched: body, text, or the failure as it happened', async () => {
    server.hits.clear();
    const now = () => new Date('2020-08-25T10:00:00Z');
    const result = await harvest(`${server.url}/registry.json`, { ...FAST, now });
    if (!result.ok) throw new Error(result.status.kind);
    const { snapshot, summary } = result;
    expect(snapshot.format).toBe('egov-kpi-snapshot/1');
    expect(snapshot.takenAt).toBe('2020-08-25T10:00:00.000Z');
    expect(snapshot.registryUrl).toBe(`${server.url}/registry.json`);
    expect(snapshot.registry).toEqual(REGISTRY);
    const docs = snapshot.documents;
    expect(Object.keys(docs).sort()).toEqual(REGISTRY.units.map((u) => u.feed).sort());
    expect(docs['feeds/ok.json']).toEqual({
      fetchedAt: '2020-08-25T10:00:00.000Z',
      body: FEEDS['/feeds/ok.json'],
    });
    // Wrong format and wrong unit are data: the body is kept as published.
    expect(docs['feeds/format.json']?.body).toEqual(FEEDS['/feeds/format.json']);
    expect(docs['feeds/http500.json']?.failure).toEqual({ kind: 'http', status: 500 });
    expect(docs['feeds/network.json']?.failure).toEqual({ kind: 'network' });
    expect(docs['feeds/timeout.json']?.failure).toEqual({ kind: 'timeout' });
    expect(docs['feeds/html.json']?.text).toContain('<html><body>502 Bad Gateway');
    expect(docs['http://feeds.example.org/refused.json']?.failure).toEqual({ kind: 'refused' });
    // Transient failures were tried again (the app's retry policy: 3 tries), the rest once.
    expect(server.hits.get('/feeds/http500.json')).toBe(3);
    // (each network failure asked once more without following redirects: was it a refused one?)
    expect(server.hits.get('/feeds/network.json')).toBe(6);
    expect(server.hits.get('/feeds/html.json')).toBe(1);
    expect(summary).toEqual({
      documents: 10,
      ok: 5,
      failed: { 'http 500': 1, network: 1, timeout: 1, 'not-json': 1, refused: 1 },
      feeds: { accepted: 3, rejectedWhole: 2, rejectedObservations: 1 },
    });
    const schema = JSON.parse(
      readFileSync(join(root, 'schemas/egov-kpi-snapshot-1.schema.json'), 'utf8'),
    ) as object;
    const valid = new Ajv2020({ validateFormats: false }).compile(schema);
    expect(valid(JSON.parse(JSON.stringify(snapshot)))).toBe(true);
  });

  it('writes the snapshot and a summary, exit 0; exit 1 when the registry cannot be read', async () => {
    const file = join(dir, 'snapshot.json');
    const ok = await run(runHarvestCli, [
      `${server.url}/registry-quick.json`,
      file,
      '--lang',
      'en',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`Snapshot written to ${file} (9 documents).`);
    expect(ok.out).toContain('5 documents received as JSON, 4 failed.');
    expect(ok.out).toContain('  http 500: 1');
    expect(ok.out).toContain('Feeds: 3 accepted, 2 rejected whole; 1 observation rejected in all.');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'egov-kpi-snapshot/1' });

    const missing = await run(runHarvestCli, [`${server.url}/nothing.json`, file, '--lang', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(
      'The registry could not be read: HTTP error 404. No snapshot written.',
    );
    const notRegistry = await run(runHarvestCli, [`${server.url}/feeds/ok.json`, file]);
    expect(notRegistry.code).toBe(1);
    expect((await run(runHarvestCli, [`${server.url}/registry-quick.json`])).code).toBe(2);
  });
});

describe('the command lines, run as npm runs them', () => {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const exec = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(tsx, args, { cwd: root }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  it('validate and harvest exit with their codes and print to stdout', async () => {
    const [bad, harvested] = await Promise.all([
      exec(['scripts/validate.ts', `${server.url}/feeds/partly.json`, '--lang', 'en']),
      exec([
        'scripts/harvest.ts',
        `${server.url}/registry-quick.json`,
        join(dir, 'cli.json'),
        '--timeout',
        '600',
      ]),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('[levels-exceed-total]');
    expect(harvested.code).toBe(0);
    expect(harvested.stdout).toContain('(9 tệp)');
  }, 15_000);
});

describe('a flood of invalid observations', () => {
  it('still shows the reasons, so the publisher can fix the feed', async () => {
    const file = join(dir, 'flood.json');
    const observations = Array.from({ length: 1001 }, (_, i) => ({ period: `2020-${i}` }));
    writeFileSync(file, JSON.stringify({ format: 'egov-kpi-feed/1', unit: '42', observations }));
    const { code, out } = await run(runValidateCli, [file, '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toContain('Period 2020-0 (entry 1 of the feed): (observations[0])');
    expect(out).toContain('  - [period] Period (period): period must be a real month');
  });
});
