import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFieldNames } from '../../../scripts/lib/close-field-names';
import { runValidateCli } from '../../../scripts/validate';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-warnings-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, doc: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

async function validate(args: string[]) {
  const out: string[] = [];
  const code = await runValidateCli(args, { log: (m) => out.push(m), error: (m) => out.push(m) });
  return { code, out: out.join('\n') };
}

const feed = (observations: unknown[], extra: object = {}) => ({
  format: 'egov-kpi-feed/1',
  unit: '42',
  ...extra,
  observations,
});

describe('closeFieldNames', () => {
  const observationFields = ['period', 'servicesTotal', 'servicesLevel3', 'servicesLevel4', 'soc'];

  it('finds the contract field a name means, ignoring case, underscores and hyphens', () => {
    expect(closeFieldNames('services_total', observationFields)).toEqual(['servicesTotal']);
    expect(closeFieldNames('ServicesTotal', observationFields)).toEqual(['servicesTotal']);
    expect(closeFieldNames('SERVICES-TOTAL', observationFields)).toEqual(['servicesTotal']);
    expect(closeFieldNames('SOC', observationFields)).toEqual(['soc']);
  });

  it('finds it after a small slip of the keyboard, every field equally close', () => {
    expect(closeFieldNames('servicesTotl', observationFields)).toEqual(['servicesTotal']);
    expect(closeFieldNames('peroid', observationFields)).toEqual(['period']);
    expect(closeFieldNames('servicesLevel5', observationFields)).toEqual([
      'servicesLevel3',
      'servicesLevel4',
    ]);
  });

  it('finds nothing for a publisher’s own field far from every contract field', () => {
    for (const name of ['note', 'source', 'remarks', 'sec', 'dossiers']) {
      expect(closeFieldNames(name, observationFields), name).toEqual([]);
    }
  });
});

describe('npm run validate warns about what the contract ignores but the publisher meant', () => {
  it('names each misspelled field, where it is and the field it probably means; the verdict stays', async () => {
    const path = file('misspelled.json', {
      ...feed([
        { period: '2020-06', ServicesTotal: 1850, services_level4: 402, soc: true },
        { period: '2020-07', ServicesTotal: 1900, servicesLevel4: 410 },
      ]),
      updated_at: '2020-08-25T17:00:00+07:00',
    });
    const { code, out } = await validate([path, '--unit', '42', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('ACCEPTED: 2 observations used, none rejected.');
    expect(out).toContain(
      'Warning: field "ServicesTotal" is not in the contract and is ignored; did you mean "servicesTotal"? Found at observations[0] (2020-06), observations[1] (2020-07).',
    );
    expect(out).toContain(
      'Warning: field "services_level4" is not in the contract and is ignored; did you mean "servicesLevel4"? Found at observations[0] (2020-06).',
    );
    expect(out).toContain(
      'Warning: field "updated_at" is not in the contract and is ignored; did you mean "updatedAt"? Found at the top level of the file.',
    );
  });

  it('says it in Vietnamese, counting the places it does not list', async () => {
    const observations = Array.from({ length: 7 }, (_, i) => ({
      period: `2020-0${i + 1}`,
      services_total: 100,
      servicesLevel4: 30,
    }));
    const { out } = await validate([file('many.json', feed(observations)), '--unit', '42']);
    expect(out).toContain(
      'Lưu ý: trường "services_total" không có trong quy định nên bị bỏ qua; có phải ý là "servicesTotal"? Vị trí: observations[0] (2020-01), observations[1] (2020-02), observations[2] (2020-03), observations[3] (2020-04), observations[4] (2020-05) và 2 chỗ khác.',
    );
  });

  it('warns when an observation has none of the figures, as when every name is misspelled', async () => {
    const path = file('no-figures.json', feed([{ period: '2020-07', Soc: true, note: 'draft' }]));
    const { code, out } = await validate([path, '--unit', '42', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain(
      'Warning: 1 observation has none of the figures (servicesTotal, servicesLevel3, servicesLevel4, dossiersTotal, dossiersOnline, lgsp, soc, vdxp, portalConnected): for that month every indicator of the unit shows “Not reported”. Found at observations[0] (2020-07).',
    );
    expect(out).not.toContain('"note"');
  });

  it('says nothing for a well-named feed whose observations carry figures', async () => {
    const path = file('good.json', feed([{ period: '2020-07', servicesTotal: 10, note: 'x' }]));
    const { out } = await validate([path, '--unit', '42', '--lang', 'en']);
    expect(out).not.toContain('Warning');
  });

  it('in a registry check, counts a feed’s warnings in its row and names the registry’s own', async () => {
    const folder = mkdtempSync(join(dir, 'registry-'));
    writeFileSync(
      join(folder, 'registry.json'),
      JSON.stringify({
        format: 'egov-kpi-registry/1',
        as_of: '2020-07',
        units: [{ id: '42', kind: 'province', name: { vi: 'Hà Tĩnh' }, feed: '42.json' }],
      }),
    );
    writeFileSync(
      join(folder, '42.json'),
      JSON.stringify(feed([{ period: '2020-07', ServicesTotal: 10 }])),
    );
    const { code, out } = await validate([
      '--registry',
      join(folder, 'registry.json'),
      '--lang',
      'en',
    ]);
    expect(code).toBe(0);
    expect(out).toContain(
      'Warning: field "as_of" is not in the contract and is ignored; did you mean "asOf"? Found at the top level of the file.',
    );
    expect(out.split('\n').find((line) => line.startsWith('42 '))).toMatch(
      /^42\s+OK; 2 warnings\s/,
    );
  });
});
