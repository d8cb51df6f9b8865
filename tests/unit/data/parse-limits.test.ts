import { describe, expect, it } from 'vitest';
import { describeValue } from '../../../src/data/describe-value';
import { parseNational, parseRankings } from '../../../src/data/parse-extras';
import { FEED_FORMAT } from '../../../src/data/feed-format';
import { parseFeed } from '../../../src/data/parse-feed';
import { parseRegistry } from '../../../src/data/parse-registry';
import { m } from '../../support/dataset-builder';
import { nationalDocument, nationalFigure } from '../../support/national-document';

const feed = (observations: unknown[]) => ({ format: FEED_FORMAT, unit: '42', observations });
const month = (i: number) =>
  `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

describe('feed limits (contract 1.1 §3)', () => {
  it('accepts counts up to 1,000,000,000 and rejects anything larger', () => {
    const result = parseFeed(
      feed([
        { period: '2020-01', servicesTotal: 1_000_000_000, servicesLevel4: 999_999_999 },
        { period: '2020-02', servicesTotal: 9_007_199_254_740_991, servicesLevel4: 1 },
        { period: '2020-03', dossiersTotal: 1_000_000_001 },
      ]),
      '42',
      null,
    );
    if (!result.ok) throw new Error('feed rejected');
    expect(result.observations.map((o) => o.period)).toEqual([m('2020-01')]);
    expect(result.rejections.map((r) => [r.period, r.issues[0]?.field, r.issues[0]?.rule])).toEqual(
      [
        ['2020-02', 'servicesTotal', 'count'],
        ['2020-03', 'dossiersTotal', 'count'],
      ],
    );
  });

  it('accepts months from 2000-01 to 2099-12 only (no year 0001, no 1900s)', () => {
    const periods = ['1999-12', '2000-01', '2099-12', '2100-01', '0001-01', '0099-12', '1900-05'];
    const result = parseFeed(
      feed(periods.map((period) => ({ period, servicesTotal: 1 }))),
      '42',
      null,
    );
    if (!result.ok) throw new Error('feed rejected');
    expect(result.observations.map((o) => o.period)).toEqual([m('2000-01'), m('2099-12')]);
    expect(result.rejections.map((r) => [r.period, r.issues[0]?.rule])).toEqual([
      ['1999-12', 'period'],
      ['2100-01', 'period'],
      ['0001-01', 'period'],
      ['0099-12', 'period'],
      ['1900-05', 'period'],
    ]);
  });

  it('lists up to 1,000 rejected observations, and rejects a feed with more whole, with the count', () => {
    const bad = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ period: 'x', servicesTotal: i }));
    const valid = Array.from({ length: 12 }, (_, i) => ({ period: month(i), servicesTotal: 5 }));
    const atLimit = parseFeed(feed([...valid, ...bad(1000)]), '42', null);
    expect(atLimit.ok && [atLimit.observations.length, atLimit.rejections.length]).toEqual([
      12, 1000,
    ]);
    expect(parseFeed(feed([...valid, ...bad(1001)]), '42', null)).toEqual({
      ok: false,
      failure: 'too-many-invalid',
      rejected: 1001,
    });
    expect(parseFeed(feed(bad(120_000)), '42', null)).toEqual({
      ok: false,
      failure: 'too-many-invalid',
      rejected: 120_000,
    });
  });

  it('counts every kind of rejection past the limit, and no valid observation', () => {
    const bad = Array.from({ length: 1001 }, () => ({ period: 'x' }));
    const later = [
      // valid: not counted
      { period: '2019-01', servicesTotal: 10, servicesLevel4: 3 },
      { period: '2019-02' },
      // rejected: 8
      'not an object',
      { period: '2019-03', servicesTotal: 10, servicesLevel3: 6, servicesLevel4: 5 },
      { period: '2019-04', dossiersTotal: 10, dossiersOnline: 11 },
      { period: '2019-05', servicesTotal: 2.5 },
      { period: '2019-06', lgsp: 'Connected' },
      { period: '2020-09' }, // after asOf
      { period: '2019-07' },
      { period: '2019-07' }, // both copies of a duplicate period
    ];
    expect(parseFeed(feed([...bad, ...later]), '42', m('2020-08'))).toEqual({
      ok: false,
      failure: 'too-many-invalid',
      rejected: 1009,
    });
  });

  it('never keeps a 3 MB period text in a rejection', () => {
    const result = parseFeed(feed([{ period: 'x'.repeat(3_000_000) }]), '42', null);
    if (!result.ok) throw new Error('feed rejected');
    expect(result.rejections[0]?.period?.length).toBeLessThanOrEqual(40);
    expect(result.rejections[0]?.issues[0]?.found.length).toBeLessThanOrEqual(60);
  });
});

const unitEntry = (id: unknown, name: unknown = { vi: `Tỉnh ${String(id)}` }) => ({
  id,
  kind: 'province',
  name,
  feed: `feeds/${String(id)}.json`,
});
const registry = (extra: Record<string, unknown>) => ({
  format: 'egov-kpi-registry/1',
  asOf: '2020-08',
  units: [unitEntry('42')],
  ...extra,
});

function parsed(doc: unknown) {
  const result = parseRegistry(doc);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.registry;
}

describe('registry limits (contract 1.1 §2)', () => {
  it('leaves out units whose id is not 1–64 of [A-Za-z0-9_-], listing each; the others load', () => {
    const ids = [
      '.',
      '..',
      'a/b',
      '',
      'x'.repeat(65),
      '01%2F..',
      'Hà',
      '42',
      'MOF',
      'x'.repeat(64),
      'a_b-9',
    ];
    const r = parsed(registry({ units: ids.map((id) => unitEntry(id)) }));
    expect(r.units.map((u) => u.id)).toEqual(['42', 'MOF', 'x'.repeat(64), 'a_b-9']);
    const problems = r.problems.filter((p) => p.section === 'units');
    expect(problems.map((p) => [p.index, p.problem])).toEqual([
      [0, 'bad-id'],
      [1, 'bad-id'],
      [2, 'bad-id'],
      [3, 'invalid'],
      [4, 'bad-id'],
      [5, 'bad-id'],
      [6, 'bad-id'],
    ]);
  });

  it('leaves out a unit whose name is longer than 200 characters', () => {
    const r = parsed(
      registry({
        units: [
          unitEntry('A', { vi: 'x'.repeat(200) }),
          unitEntry('B', { vi: 'y'.repeat(10_000) }),
          unitEntry('C', { vi: 'Cà Mau', en: 'z'.repeat(201) }),
          // 200 characters in 400 UTF-16 units
          unitEntry('D', { vi: '\u{1F3DB}'.repeat(200) }),
        ],
      }),
    );
    expect(r.units.map((u) => u.id)).toEqual(['A', 'D']);
    expect(r.problems.map((p) => [p.id, p.problem])).toEqual([
      ['B', 'name-too-long'],
      ['C', 'name-too-long'],
    ]);
    expect(r.problems.every((p) => p.problem !== 'invalid' && p.detail.length <= 100)).toBe(true);
  });

  it('strips control characters and direction overrides from names, and says so', () => {
    const r = parsed(
      registry({
        units: [
          unitEntry('74', { vi: 'Bình Dương\u202E', en: 'Binh\u0000 Duong\u2066' }),
          unitEntry('42', { vi: 'Hà Tĩnh' }),
        ],
      }),
    );
    expect(r.units.map((u) => u.name)).toEqual([
      { vi: 'Bình Dương', en: 'Binh Duong' },
      { vi: 'Hà Tĩnh', en: 'Hà Tĩnh' },
    ]);
    expect(r.problems.map((p) => [p.id, p.problem])).toEqual([['74', 'name-control']]);
  });

  it('says so of a region name too', () => {
    const r = parsed(
      registry({
        regions: [{ id: 'south', name: { vi: 'Nam Bộ\u202E', en: 'South' } }],
        units: [{ ...unitEntry('74'), region: 'south' }],
      }),
    );
    expect(r.regions).toEqual([{ id: 'south', name: { vi: 'Nam Bộ', en: 'South' } }]);
    expect(r.problems.map((p) => [p.section, p.id, p.problem])).toEqual([
      ['regions', 'south', 'name-control'],
    ]);
  });

  it('gives an indicator with two targets on one deadline no target at all, and lists it', () => {
    const t = (indicator: string, value: number, deadline: string) => ({
      indicator,
      value,
      deadline,
    });
    const r = parsed(
      registry({
        targets: [
          t('level4Rate', 0.2, '2020-12'),
          t('level4Rate', 0.9, '2020-12'),
          t('level4Rate', 0.5, '2025-12'),
          t('lgspConnected', 1, '2020-12'),
        ],
      }),
    );
    expect(r.targets.map((x) => x.indicator)).toEqual(['lgspConnected']);
    expect(r.problems).toEqual([
      {
        section: 'targets',
        index: 1,
        id: 'level4Rate',
        problem: 'duplicate-target',
        detail: 'level4Rate, 2020-12',
      },
    ]);
  });

  it('refuses months outside 2000-01..2099-12 in asOf and deadlines', () => {
    expect(parseRegistry(registry({ asOf: '0020-08' }))).toMatchObject({
      ok: false,
      field: 'asOf',
    });
    const r = parsed(
      registry({ targets: [{ indicator: 'level4Rate', value: 0.3, deadline: '2100-01' }] }),
    );
    expect(r.targets).toEqual([]);
    expect(r.problems.map((p) => p.problem)).toEqual(['bad-deadline']);
  });
});

describe('extras limits (contract 1.1 §7)', () => {
  it.each([
    [
      'a number past any plausible count',
      { series: [{ period: '2020-07', value: 1e308 }] },
      { rule: 'implausible', field: 'series.value (2020-07)', found: '1e+308' },
    ],
    [
      'an infinite number',
      { series: [{ period: '2020-07', value: Infinity }] },
      // JSON.parse reads 1e999 as Infinity: refused as not a finite number, and named as found.
      { rule: 'invalid', field: 'series.0.value', found: 'Infinity' },
    ],
    [
      'a rank of 0',
      { series: [{ period: '2020-07', value: 0 }] },
      { rule: 'whole-from-1', field: 'series.value (2020-07)', found: '0', limit: 193 },
    ],
    [
      'a rank above its of',
      { series: [{ period: '2020-07', value: 194 }] },
      { rule: 'whole-from-1', field: 'series.value (2020-07)', found: '194', limit: 193 },
    ],
    [
      'a fractional rank',
      { series: [{ period: '2020-07', value: 3.5 }] },
      { rule: 'whole-from-1', field: 'series.value (2020-07)', found: '3.5', limit: 193 },
    ],
    [
      'an of of 0',
      { of: 0 },
      { rule: 'whole-from-1', field: 'of', found: '0', limit: 1_000_000_000 },
    ],
    [
      'a month of year 0001',
      { series: [{ period: '0001-07', value: 3 }] },
      { rule: 'period', field: 'series.period', found: '"0001-07"' },
    ],
    [
      'a month after asOf',
      { series: [{ period: '2020-09', value: 3 }] },
      { rule: 'after-as-of', field: 'series.period', found: '"2020-09"' },
    ],
    [
      'a period twice',
      {
        series: [
          { period: '2020-07', value: 3 },
          { period: '2020-07', value: 4 },
        ],
      },
      { rule: 'duplicate-period', field: 'series.period', found: '"2020-07"' },
    ],
    [
      'a target past plausible',
      { target: { value: 1e308, deadline: '2025-12' } },
      { rule: 'implausible', field: 'target.value', found: '1e+308' },
    ],
    [
      'a rank target of 0',
      { target: { value: 0, deadline: '2025-12' } },
      { rule: 'whole-from-1', field: 'target.value', found: '0', limit: 193 },
    ],
    [
      'a rank target past its of',
      { target: { value: 500, deadline: '2025-12' } },
      { rule: 'whole-from-1', field: 'target.value', found: '500', limit: 193 },
    ],
    [
      'a fractional rank target',
      { target: { value: 78.5, deadline: '2025-12' } },
      { rule: 'whole-from-1', field: 'target.value', found: '78.5', limit: 193 },
    ],
    [
      'a target deadline that is not a month',
      { target: { value: 50, deadline: 'soon' } },
      { rule: 'period', field: 'target.deadline', found: '"soon"' },
    ],
    [
      'a unit the contract does not know',
      { unit: 'percent' },
      {
        rule: 'not-one-of',
        field: 'unit',
        found: '"percent"',
        allowed: ['rank', 'count', 'ratio', 'index'],
      },
    ],
    ['no series', { series: undefined }, { rule: 'missing', field: 'series', found: '(missing)' }],
    [
      'a series that is not a list',
      { series: 'none' },
      { rule: 'invalid', field: 'series', found: '"none"' },
    ],
  ])('rejects a national figure with %s, with its reason', (_, extra, reason) => {
    const result = parseNational(nationalDocument([nationalFigure(extra)]), m('2020-08'));
    if (!result.ok) throw new Error('document rejected');
    expect(result.items).toEqual([]);
    expect(result.problems).toEqual([{ index: 0, id: 'egdi', reasons: [reason] }]);
  });

  it('gives every reason zod found in one entry, in order', () => {
    const result = parseNational(
      nationalDocument([nationalFigure({ unit: undefined, better: 'more' })]),
      m('2020-08'),
    );
    if (!result.ok) throw new Error('document rejected');
    expect(result.problems[0]?.reasons.map((r) => [r.rule, r.field])).toEqual([
      ['missing', 'unit'],
      ['not-one-of', 'better'],
    ]);
  });

  it('counts a figure of unit count or ratio against its own rule', () => {
    const counts = parseNational(
      nationalDocument([
        nationalFigure({ unit: 'count', of: null, series: [{ period: '2020-07', value: -1 }] }),
      ]),
      m('2020-08'),
    );
    const ratios = parseNational(
      nationalDocument([
        nationalFigure({ unit: 'ratio', of: null, series: [{ period: '2020-07', value: 1.5 }] }),
      ]),
      m('2020-08'),
    );
    expect(counts.ok && counts.problems[0]?.reasons.map((r) => r.rule)).toEqual(['whole-from-0']);
    expect(ratios.ok && ratios.problems[0]?.reasons.map((r) => r.rule)).toEqual(['ratio']);
  });

  it('holds a count or ratio target to the rule of its figure', () => {
    const figureWith = (unit: string, value: number) =>
      nationalFigure({
        id: unit,
        unit,
        of: null,
        series: [{ period: '2020-07', value: 0.5 }],
        target: { value, deadline: '2025-12' },
      });
    const result = parseNational(
      nationalDocument([figureWith('count', -5.5), figureWith('ratio', 5)]),
      m('2020-08'),
    );
    expect(result.ok && result.problems.map((p) => p.reasons.map((r) => r.rule))).toEqual([
      ['whole-from-0'],
      ['ratio'],
    ]);
  });

  it('keeps a sound figure and rejects a second one with the same id', () => {
    const result = parseNational(
      nationalDocument([nationalFigure({}), nationalFigure({})]),
      m('2020-08'),
    );
    if (!result.ok) throw new Error('document rejected');
    expect(result.items.map((f) => f.series)).toEqual([[{ period: m('2018-07'), value: 88 }]]);
    expect(result.problems).toEqual([
      { index: 1, id: 'egdi', reasons: [{ rule: 'duplicate-id', field: 'id', found: '"egdi"' }] },
    ]);
  });

  const ranking = (extra: Record<string, unknown>) => ({
    id: 'ict-2019',
    name: { vi: 'ICT Index 2019' },
    kind: 'province',
    period: '2019-12',
    order: ['46', '42', '01'],
    ...extra,
  });
  const rankings = (list: unknown[]) => ({ format: 'egov-kpi-rankings/1', rankings: list });

  it.each([
    [
      'a unit listed twice',
      { order: ['46', '42', '46'] },
      { rule: 'listed-twice', field: 'order', found: '"46"' },
    ],
    [
      'a unit id ..',
      { order: ['46', '..'] },
      { rule: 'not-unit-id', field: 'order', found: '".."' },
    ],
    [
      'a period after asOf',
      { period: '2021-01' },
      { rule: 'after-as-of', field: 'period', found: '"2021-01"' },
    ],
    [
      'a period in 1919',
      { period: '1919-12' },
      { rule: 'period', field: 'period', found: '"1919-12"' },
    ],
  ])('rejects a published ranking with %s', (_, extra, reason) => {
    const result = parseRankings(rankings([ranking(extra)]), m('2020-08'));
    if (!result.ok) throw new Error('document rejected');
    expect(result.items).toEqual([]);
    expect(result.problems).toEqual([{ index: 0, id: 'ict-2019', reasons: [reason] }]);
  });

  it('keeps one ranking per id', () => {
    const result = parseRankings(rankings([ranking({}), ranking({})]), m('2020-08'));
    expect(result.ok && [result.items.length, result.problems.length]).toEqual([1, 1]);
  });
});

describe('describeValue', () => {
  it('writes direction marks out as escapes, so a message is never reordered', () => {
    expect(describeValue('Bình Dương\u202E')).toBe('"Bình Dương\\u202E"');
    expect(describeValue('a\u2066b\u0085')).toBe('"a\\u2066b\\u0085"');
  });
});
