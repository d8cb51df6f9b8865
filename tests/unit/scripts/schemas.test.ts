import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../../mocks/generate/default-dataset';
import { parseFeed } from '../../../src/data/parse-feed';
import { parsePeriod } from '../../../src/domain/period';
import { buildSchemas } from '../../../scripts/generate-schemas';

const root = join(__dirname, '../../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const examples = 'docs/examples';

function validator(file: string) {
  // The patterns carry the date-time and month rules; formats are annotations here.
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
  return ajv.compile(readJson(`schemas/${file}`) as object);
}

/** Bad examples a JSON Schema can reject, and those only the dashboard's parser can. */
const SCHEMA_REJECTS = [
  'wrong-format.json',
  'observations-missing.json',
  'object.json',
  'period.json',
  'period-range.json',
  'count.json',
  'count-limit.json',
  'lgsp-stage.json',
  'boolean.json',
];
const PARSER_ONLY = {
  'wrong-unit.json': 'wrong-unit',
  'after-as-of.json': 'after-as-of',
  'duplicate-period.json': 'duplicate-period',
  'levels-exceed-total.json': 'levels-exceed-total',
  'online-exceeds-total.json': 'online-exceeds-total',
} as const;

describe('schemas/*.schema.json', () => {
  it('are exactly what npm run schemas generates from the zod schemas (run it after a change)', () => {
    const generated = buildSchemas();
    expect(
      readdirSync(join(root, 'schemas'))
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(generated.map((s) => s.file).sort());
    for (const { file, json } of generated) expect(readJson(`schemas/${file}`), file).toEqual(json);
  });

  it('accept the exported mock documents and the documented good examples', () => {
    const data = defaultDataset();
    const feed = validator('egov-kpi-feed-1.schema.json');
    for (const [id, doc] of Object.entries(data.feeds)) expect(feed(doc), id).toBe(true);
    expect(feed(readJson(`${examples}/feed-42.json`))).toBe(true);
    const registry = validator('egov-kpi-registry-1.schema.json');
    expect(registry(data.registry), JSON.stringify(registry.errors)).toBe(true);
    expect(registry(readJson(`${examples}/registry.json`))).toBe(true);
    expect(validator('egov-kpi-national-1.schema.json')(data.national)).toBe(true);
    expect(validator('egov-kpi-rankings-1.schema.json')(data.rankings)).toBe(true);
    const config = validator('egov-dashboard-config-1.schema.json');
    expect(config({ registry: 'mock', mockScenario: 'faults', defaultLocale: 'vi' })).toBe(true);
    expect(config({ registry: 'https://egov.example.gov.vn/kpi/registry.json' })).toBe(true);
  });

  it('accept a snapshot holding bodies, texts and failures, and reject a malformed one', () => {
    const snapshot = validator('egov-kpi-snapshot-1.schema.json');
    const good = {
      format: 'egov-kpi-snapshot/1',
      takenAt: '2020-08-25T17:00:00+07:00',
      registry: readJson(`${examples}/registry.json`),
      documents: {
        'feed-42.json': { fetchedAt: '2020-08-25T16:58:02+07:00', body: { any: 'thing' } },
        'feeds/22.json': {
          fetchedAt: '2020-08-25T16:58:03Z',
          failure: { kind: 'http', status: 500 },
        },
        'feeds/74.json': { fetchedAt: '2020-08-25T16:58:03Z', text: '<html>502</html>' },
      },
    };
    expect(snapshot(good)).toBe(true);
    expect(snapshot({ ...good, format: 'egov-kpi-snapshot/2' })).toBe(false);
    expect(snapshot({ ...good, takenAt: 'yesterday' })).toBe(false);
    expect(snapshot({ ...good, documents: { 'a.json': { failure: { kind: 'exploded' } } } })).toBe(
      false,
    );
  });

  it.each(SCHEMA_REJECTS)('reject the bad example %s', (file) => {
    expect(validator('egov-kpi-feed-1.schema.json')(readJson(`${examples}/bad/${file}`))).toBe(
      false,
    );
  });

  it('leave to the parser the rules a schema cannot say, each listed in schemas/README.md', () => {
    const readme = readFileSync(join(root, 'schemas/README.md'), 'utf8');
    const feed = validator('egov-kpi-feed-1.schema.json');
    const asOf = parsePeriod((readJson(`${examples}/registry.json`) as { asOf: string }).asOf);
    for (const [file, rule] of Object.entries(PARSER_ONLY)) {
      const doc = readJson(`${examples}/bad/${file}`);
      expect(feed(doc), file).toBe(true);
      const parsed = parseFeed(doc, '42', asOf);
      if (rule === 'wrong-unit') expect(parsed).toMatchObject({ ok: false, failure: 'wrong-unit' });
      else {
        expect(
          parsed.ok && parsed.rejections.flatMap((r) => r.issues.map((i) => i.rule)),
        ).toContain(rule);
      }
      expect(readme, rule).toContain(`\`${rule}\``);
    }
  });

  it('cover every bad example in docs/examples/bad', () => {
    const files = readdirSync(join(root, examples, 'bad')).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual([...SCHEMA_REJECTS, ...Object.keys(PARSER_ONLY)].sort());
  });
});
