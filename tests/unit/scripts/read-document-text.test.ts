import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_JSON_TEXT_CHARS, readDocument } from '../../../scripts/lib/read-document';

/** Contract §8: a response that is not JSON is recorded as it came, not as the screen's excerpt. */
const page = `<html><body>502 Bad Gateway</body></html>${' '.repeat(200)}<!-- nginx -->`;
const huge = 'x'.repeat(NOT_JSON_TEXT_CHARS + 10);
let server: Server;
let base: URL;

beforeAll(async () => {
  server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(request.url === '/huge.html' ? huge : page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/registry.json`);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('readDocument on a response that is not JSON', () => {
  it('keeps the whole text, up to the bound', async () => {
    const whole = await readDocument('feeds/html.json', base);
    expect(whole).toMatchObject({ kind: 'text', text: page });
    const cut = await readDocument('huge.html', base);
    expect(cut).toMatchObject({ kind: 'text', text: huge.slice(0, NOT_JSON_TEXT_CHARS) });
  });
});

describe('readDocument on a registry on disk', () => {
  const folder = mkdtempSync(join(tmpdir(), 'read-document-'));
  const registry = pathToFileURL(join(folder, 'kpi', 'registry.json'));
  mkdirSync(join(folder, 'kpi', 'feeds'), { recursive: true });
  writeFileSync(join(folder, 'kpi', 'feeds', '42.json'), '\uFEFF{"unit":"42"}');
  writeFileSync(join(folder, 'secret.json'), '{"password":"x"}');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a file in its folder, a leading byte-order mark dropped as a browser drops it', async () => {
    expect(await readDocument('feeds/42.json', registry)).toMatchObject({
      kind: 'body',
      body: { unit: '42' },
    });
  });

  it('refuses a file outside its folder, by a relative or an absolute path', async () => {
    for (const ref of ['../secret.json', join(folder, 'secret.json'), '/etc/passwd']) {
      const outcome = await readDocument(ref, registry);
      expect(outcome.kind === 'failure' && outcome.failure.kind).toBe('refused');
    }
  });
});
