import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../../../src/data/parse-registry';
import { m } from '../../support/dataset-builder';

const base = {
  format: 'egov-kpi-registry/1',
  asOf: '2020-08',
  regions: [{ id: 'ncc', name: { vi: 'Bắc Trung Bộ', en: 'North Central' } }],
  units: [
    {
      id: '42',
      kind: 'province',
      name: { vi: 'Hà Tĩnh', en: 'Ha Tinh' },
      region: 'ncc',
      feed: 'feeds/42.json',
    },
    {
      id: 'MOF',
      kind: 'ministry',
      name: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' },
      feed: 'feeds/MOF.json',
    },
  ],
  targets: [
    {
      indicator: 'level4Rate',
      value: 0.3,
      deadline: '2020-12',
      basis: { vi: 'NQ 17', en: 'Res. 17' },
    },
  ],
  national: 'national.json',
};

describe('parseRegistry (contract §2)', () => {
  it('reads units, regions, targets and asOf', () => {
    const result = parseRegistry(base);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const r = result.registry;
    expect(r.asOf).toBe(m('2020-08'));
    expect(r.units.map((u) => [u.id, u.kind, u.region, u.feed])).toEqual([
      ['42', 'province', 'ncc', 'feeds/42.json'],
      ['MOF', 'ministry', null, 'feeds/MOF.json'],
    ]);
    expect(r.targets).toEqual([
      {
        indicator: 'level4Rate',
        value: 0.3,
        deadline: m('2020-12'),
        basis: { vi: 'NQ 17', en: 'Res. 17' },
      },
    ]);
    expect(r.national).toBe('national.json');
    expect(r.rankings).toBeNull();
    expect(r.problems).toEqual([]);
  });

  it('without asOf leaves the period to the feeds', () => {
    const result = parseRegistry({ ...base, asOf: undefined });
    expect(result.ok && result.registry.asOf).toBeNull();
  });

  it('rejects a document that is not a registry, saying which field', () => {
    expect(parseRegistry({ ...base, format: 'x' })).toMatchObject({
      ok: false,
      field: 'format',
      found: '"x"',
    });
    expect(parseRegistry({ ...base, asOf: '2020-13' })).toMatchObject({ ok: false, field: 'asOf' });
    expect(parseRegistry({ ...base, units: 'none' })).toMatchObject({ ok: false, field: 'units' });
    expect(parseRegistry('hello')).toMatchObject({ ok: false });
  });

  it('leaves out a bad unit or a duplicate id and lists each as a problem', () => {
    const result = parseRegistry({
      ...base,
      units: [
        ...base.units,
        { id: '42', kind: 'province', name: { vi: 'Trùng' }, feed: 'x.json' },
        { id: '01', kind: 'district', name: { vi: 'Hà Nội' }, feed: 'feeds/01.json' },
        { id: '02', kind: 'province', name: { vi: 'Hà Giang' } },
      ],
    });
    if (!result.ok) throw new Error();
    expect(result.registry.units.map((u) => u.id)).toEqual(['42', 'MOF']);
    expect(result.registry.problems.map((p) => [p.index, p.id, p.problem])).toEqual([
      [2, '42', 'duplicate-id'],
      [3, '01', 'invalid'],
      [4, '02', 'invalid'],
    ]);
    expect(result.registry.problems.slice(1)).toEqual([
      {
        section: 'units',
        index: 3,
        id: '01',
        problem: 'invalid',
        reasons: [
          {
            rule: 'not-one-of',
            field: 'kind',
            found: '"district"',
            allowed: ['ministry', 'province'],
          },
        ],
      },
      {
        section: 'units',
        index: 4,
        id: '02',
        problem: 'invalid',
        reasons: [{ rule: 'missing', field: 'feed', found: '(missing)' }],
      },
    ]);
  });

  it('fills a missing name from the other language and keeps units of unknown regions', () => {
    const result = parseRegistry({
      ...base,
      units: [
        { id: '10', kind: 'province', name: { vi: 'Lào Cai' }, region: 'nowhere', feed: 'f.json' },
      ],
    });
    if (!result.ok) throw new Error();
    expect(result.registry.units[0]!.name).toEqual({ vi: 'Lào Cai', en: 'Lào Cai' });
    expect(result.registry.units[0]!.region).toBe('nowhere');
    expect(result.registry.problems).toMatchObject([{ id: '10', problem: 'unknown-region' }]);
  });

  it('leaves out targets it cannot use, saying why', () => {
    const result = parseRegistry({
      ...base,
      targets: [
        { indicator: 'level4Rate', value: 0.3, deadline: '2020-12' },
        { indicator: 'happiness', value: 1, deadline: '2020-12' },
        { indicator: 'socOperational', value: 1, deadline: 'soon' },
        { indicator: 'lgspConnected', value: 100, deadline: '2020-12' },
      ],
    });
    if (!result.ok) throw new Error();
    expect(result.registry.targets.map((t) => t.indicator)).toEqual(['level4Rate']);
    expect(result.registry.problems.map((p) => p.problem)).toEqual([
      'unknown-indicator',
      'bad-deadline',
      'invalid',
    ]);
  });
});
