import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../../scripts/lib/json-syntax';
import { runValidateCli } from '../../../scripts/validate';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-not-json-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(args: string[]) {
  const out: string[] = [];
  const code = await runValidateCli(args, { log: (m) => out.push(m), error: (m) => out.push(m) });
  return { code, out: out.join('\n') };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('jsonSyntaxError', () => {
  it.each([
    ['{"a": 1,\n "b": [1, 2,]\n}', 2, 13, ']', 'trailing-comma'],
    ["{'format': 'egov-kpi-feed/1'}", 1, 2, "'", 'single-quotes'],
    ['{\n  // draft\n  "unit": "42"\n}', 2, 3, '/', 'comment'],
    ['{ period: "2020-07" }', 1, 3, 'p', 'unquoted-name'],
    ['<!DOCTYPE html>\n<html>Đăng nhập</html>', 1, 1, '<', 'html'],
    ['{"unit": "42", "observations": [', 1, 33, null, 'ends-early'],
    ['{"a": 1} x', 1, 10, 'x', null],
  ])('finds where %j breaks and why', (text, line, column, found, hint) => {
    expect(jsonSyntaxError(text)).toEqual({ line, column, found, hint });
  });

  it('tells a file saved as UTF-16 from one that is JSON', () => {
    const utf16 = Buffer.from('\uFEFF{"a": 1}', 'utf16le').toString('utf8');
    expect(jsonSyntaxError(utf16)?.hint).toBe('encoding');
    expect(jsonSyntaxError(Buffer.from('{"a": 1}', 'utf16le').toString('utf8'))?.hint).toBe(
      'encoding',
    );
    expect(jsonSyntaxError('{"a": [1, {"b": null}], "c": "\\u00e9"}')).toBeNull();
  });

  it('gives no place past the text kept of a longer document', () => {
    expect(jsonSyntaxError('{"a": [1, 2', true)).toEqual({
      line: null,
      column: null,
      found: null,
      hint: null,
    });
  });
});

describe('npm run validate on a text that is not JSON', () => {
  it('says the line and column where it breaks and the likely cause, in both languages', async () => {
    const path = file(
      'trailing.json',
      '{"format": "egov-kpi-feed/1", "unit": "42",\n "observations": [\n  {"period": "2020-07",},\n ]}\n',
    );
    const en = await validate([path, '--unit', '42', '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.out).toContain('REJECTED WHOLE: Not JSON');
    expect(en.out).toContain(
      'The JSON breaks at line 3, column 24 (found "}"). JSON allows no comma just before } or ]: remove it.',
    );
    const vi = await validate([path, '--unit', '42']);
    expect(vi.out).toContain(
      'JSON bị lỗi ở dòng 3, cột 24 (gặp "}"). JSON không cho phép dấu phẩy ngay trước } hoặc ]: hãy xóa dấu phẩy đó.',
    );
  });

  it('recognises a UTF-16 file, with its byte-order mark', async () => {
    const path = file('utf16.json', Buffer.from('\uFEFF{"format": "egov-kpi-feed/1"}', 'utf16le'));
    const { out } = await validate([path, '--unit', '42', '--lang', 'en']);
    expect(out).toContain(
      'The JSON breaks at line 1, column 1 (found U+FFFD). The file is not in UTF-8 (perhaps UTF-16, or with its byte-order mark): save it as UTF-8.',
    );
  });

  it('says where a registry breaks, and a feed’s place in the registry’s table', async () => {
    const registry = file('registry-login.json', '<html><body>Login</body></html>');
    const alone = await validate(['--registry', registry, '--lang', 'en']);
    expect(alone.out).toContain(`Cannot read ${registry}: Not JSON`);
    expect(alone.out).toContain(
      'The JSON breaks at line 1, column 1 (found "<"). It is an HTML page, not JSON: perhaps a login or error page, or the wrong address.',
    );
    const folder = mkdtempSync(join(dir, 'registry-'));
    writeFileSync(
      join(folder, 'registry.json'),
      JSON.stringify({
        format: 'egov-kpi-registry/1',
        units: [{ id: '42', kind: 'province', name: { vi: 'Hà Tĩnh' }, feed: '42.json' }],
      }),
    );
    writeFileSync(join(folder, '42.json'), '{"format": "egov-kpi-feed/1",\n "unit": \'42\'}');
    const table = await validate(['--registry', join(folder, 'registry.json'), '--lang', 'en']);
    expect(table.out.split('\n').find((line) => line.startsWith('42 '))).toContain(
      'Not JSON (line 2, column 10)',
    );
  });
});
