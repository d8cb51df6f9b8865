import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../../../src/data/parse-registry';

const schema = JSON.parse(
  readFileSync(join(__dirname, '../../../schemas/egov-kpi-registry-1.schema.json'), 'utf8'),
) as object;
const valid = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);

const registry = (unit: object, region: object = { id: 'ncc' }) => ({
  format: 'egov-kpi-registry/1',
  regions: [region],
  units: [{ id: '42', kind: 'province', feed: 'feeds/42.json', ...unit }],
});

describe('a unit or region without a name: the published schema agrees with the dashboard', () => {
  it.each([
    ['left out', {}],
    ['null', { name: null }],
    ['with no text', { name: {} }],
  ])('name %s: valid, and the id stands in, listed as name-missing', (_, unit) => {
    const doc = registry(unit);
    expect(valid(doc), JSON.stringify(valid.errors)).toBe(true);
    const parsed = parseRegistry(doc);
    if (!parsed.ok) throw new Error('expected a registry');
    expect(parsed.registry.units).toMatchObject([{ id: '42', name: { vi: '42', en: '42' } }]);
    expect(parsed.registry.regions).toEqual([{ id: 'ncc', name: { vi: 'ncc', en: 'ncc' } }]);
    expect(parsed.registry.problems).toEqual([
      { section: 'units', index: 0, id: '42', problem: 'name-missing', detail: '42' },
    ]);
  });

  it('a name that is not an object is refused by both', () => {
    const doc = registry({ name: 'Hà Tĩnh' });
    expect(valid(doc)).toBe(false);
    const parsed = parseRegistry(doc);
    expect(parsed.ok && parsed.registry.units).toEqual([]);
  });
});
