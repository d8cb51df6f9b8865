import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidateCli } from '../../../scripts/validate';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-words-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(args: string[]) {
  const out: string[] = [];
  const code = await runValidateCli(args, { log: (m) => out.push(m), error: (m) => out.push(m) });
  return { code, out: out.join('\n') };
}

describe('npm run validate words the verdicts as the contract means them', () => {
  it('rejects a feed whose unit is a number, saying the id must be text', async () => {
    const path = join(dir, 'number-unit.json');
    writeFileSync(path, JSON.stringify({ format: 'egov-kpi-feed/1', unit: 42, observations: [] }));
    const { code, out } = await validate([path, '--unit', '42', '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toContain(
      "REJECTED WHOLE: Wrong unit: “unit” must be the unit's id as text, in double quotes (the feed has 42, which is not text)",
    );
  });

  it('says a target must be a fraction from 0 to 1', async () => {
    const path = join(dir, 'registry.json');
    writeFileSync(
      path,
      JSON.stringify({
        format: 'egov-kpi-registry/1',
        units: [],
        targets: [{ indicator: 'level4Rate', value: 30, deadline: '2020-12' }],
      }),
    );
    const { code, out } = await validate(['--registry', path]);
    expect(code).toBe(1);
    expect(out).toContain(
      '  - Mục tiêu #1 "level4Rate": Không hợp lệ, đã bỏ qua (“value” phải là tỷ lệ dạng số thập phân từ 0 đến 1, ví dụ ghi 0.3 cho 30 % (nhận được 30))',
    );
  });
});
