import { describe, expect, it } from 'vitest';
import { FEED_FORMAT } from '../../../src/data/feed-format';
import { parseFeed } from '../../../src/data/parse-feed';
import { m } from '../../support/dataset-builder';

const good = {
  period: '2020-07',
  servicesTotal: 1850,
  servicesLevel3: 610,
  servicesLevel4: 402,
  dossiersTotal: 52000,
  dossiersOnline: 15600,
  lgsp: 'operational',
  soc: true,
  vdxp: true,
  portalConnected: true,
};

function feed(observations: unknown[], extra: Record<string, unknown> = {}) {
  return {
    format: FEED_FORMAT,
    unit: '42',
    updatedAt: '2020-08-25T17:00:00+07:00',
    observations,
    ...extra,
  };
}

describe('parseFeed (contract §3)', () => {
  it('keeps a valid observation with every field', () => {
    const result = parseFeed(feed([good]), '42', m('2020-08'));
    expect(result).toMatchObject({
      ok: true,
      rejections: [],
      updatedAt: '2020-08-25T17:00:00+07:00',
    });
    if (!result.ok) throw new Error();
    expect(result.observations).toEqual([
      {
        period: m('2020-07'),
        servicesTotal: 1850,
        servicesLevel3: 610,
        servicesLevel4: 402,
        dossiersTotal: 52000,
        dossiersOnline: 15600,
        lgsp: 'operational',
        soc: true,
        vdxp: true,
        portalConnected: true,
      },
    ]);
  });

  it('reads absent and null fields as not reported, and ignores unknown fields', () => {
    const result = parseFeed(
      feed([{ period: '2020-07', servicesTotal: null, note: 'x', extra: [1] }]),
      '42',
      null,
    );
    if (!result.ok) throw new Error();
    expect(result.rejections).toEqual([]);
    expect(result.observations[0]).toMatchObject({
      servicesTotal: null,
      servicesLevel4: null,
      soc: null,
    });
  });

  it.each([
    ['a fractional count', { servicesTotal: 12.5 }, 'servicesTotal', 'count', '12.5'],
    ['a negative count', { dossiersTotal: -1 }, 'dossiersTotal', 'count', '-1'],
    ['a count as text', { servicesLevel4: '12' }, 'servicesLevel4', 'count', '"12"'],
    ['an unknown platform stage', { lgsp: 'unknown' }, 'lgsp', 'lgsp-stage', '"unknown"'],
    ['a boolean as text', { soc: 'yes' }, 'soc', 'boolean', '"yes"'],
    ['a boolean as 1', { vdxp: 1 }, 'vdxp', 'boolean', '1'],
  ])('rejects %s with its field, rule and value', (_, patch, field, rule, found) => {
    const result = parseFeed(feed([good, { ...good, period: '2020-06', ...patch }]), '42', null);
    if (!result.ok) throw new Error();
    expect(result.observations.map((o) => o.period)).toEqual([m('2020-07')]);
    expect(result.rejections).toEqual([
      { index: 1, period: '2020-06', issues: [{ field, rule, found }] },
    ]);
  });

  it('rejects levels that exceed the total, and online dossiers above the total', () => {
    const result = parseFeed(
      feed([
        { period: '2020-05', servicesTotal: 100, servicesLevel3: 60, servicesLevel4: 41 },
        { period: '2020-06', servicesTotal: 100, servicesLevel4: 101 },
        { period: '2020-07', dossiersTotal: 10, dossiersOnline: 11 },
        { period: '2020-08', servicesTotal: 100, servicesLevel3: 60, servicesLevel4: 40 },
      ]),
      '42',
      null,
    );
    if (!result.ok) throw new Error();
    expect(result.observations.map((o) => o.period)).toEqual([m('2020-08')]);
    expect(result.rejections.map((r) => r.issues.map((i) => `${i.field}:${i.rule}`))).toEqual([
      ['servicesLevel4:levels-exceed-total'],
      ['servicesLevel4:levels-exceed-total'],
      ['dossiersOnline:online-exceeds-total'],
    ]);
  });

  it('rejects periods that are not real months, after asOf, or repeated', () => {
    const result = parseFeed(
      feed([
        { period: '2020-13' },
        { period: '2020-7' },
        {},
        { period: '2020-09' },
        { period: '2020-03', servicesTotal: 1 },
        { period: '2020-03', servicesTotal: 2 },
        { period: '2020-04' },
        { period: '2020-13' },
      ]),
      '42',
      m('2020-08'),
    );
    if (!result.ok) throw new Error();
    expect(result.observations.map((o) => o.period)).toEqual([m('2020-04')]);
    // "2020-13" twice is two bad periods, not also a duplicate
    expect(result.rejections.map((r) => [r.index, r.issues.map((i) => i.rule)])).toEqual([
      [0, ['period']],
      [1, ['period']],
      [2, ['period']],
      [3, ['after-as-of']],
      [4, ['duplicate-period']],
      [5, ['duplicate-period']],
      [7, ['period']],
    ]);
  });

  it('lists every broken rule of one observation', () => {
    const result = parseFeed(
      feed([{ period: '2020-02', servicesTotal: -3, soc: 'no', lgsp: 7 }]),
      '42',
      null,
    );
    if (!result.ok) throw new Error();
    expect(result.rejections[0]!.issues.map((i) => i.field).sort()).toEqual([
      'lgsp',
      'servicesTotal',
      'soc',
    ]);
  });

  it('rejects entries that are not objects', () => {
    const result = parseFeed(feed([null, 3, 'x', [good]]), '42', null);
    if (!result.ok) throw new Error();
    expect(result.rejections.map((r) => r.issues[0]!.rule)).toEqual([
      'object',
      'object',
      'object',
      'object',
    ]);
  });

  it('rejects the whole document when it is not this unit’s feed', () => {
    expect(parseFeed(feed([good], { format: 'egov-kpi-feed/2' }), '42', null)).toEqual({
      ok: false,
      failure: 'wrong-format',
      field: 'format',
      found: '"egov-kpi-feed/2"',
    });
    expect(parseFeed(feed([good], { unit: '40' }), '42', null)).toEqual({
      ok: false,
      failure: 'wrong-unit',
      found: '"40"',
    });
    expect(parseFeed(feed([good], { unit: 42 }), '42', null)).toMatchObject({
      failure: 'wrong-unit',
    });
    expect(parseFeed([good], '42', null)).toMatchObject({
      failure: 'wrong-format',
      field: 'document',
    });
    expect(parseFeed(feed([], { observations: {} }), '42', null)).toMatchObject({
      failure: 'wrong-format',
      field: 'observations',
    });
  });

  it('reports an updatedAt that is not a date instead of dropping it silently', () => {
    const result = parseFeed(feed([good], { updatedAt: 'yesterday' }), '42', null);
    expect(result).toMatchObject({ ok: true, updatedAt: null, updatedAtInvalid: '"yesterday"' });
  });

  it.each(['2020-08-25T17:00:00', '08/25/2020', '2020-08-25', 'Tue, 25 Aug 2020 10:00:00'])(
    'takes an updatedAt without a time zone (%s) for invalid: each reader would place it in their own',
    (updatedAt) => {
      const result = parseFeed(feed([good], { updatedAt }), '42', null);
      expect(result).toMatchObject({ ok: true, updatedAt: null });
    },
  );

  it.each(['2020-08-25T17:00:00+07:00', '2020-08-25T10:00:00Z', '2020-08-25 17:00:00.5+07:00'])(
    'takes a date-time with a time zone (%s)',
    (updatedAt) => {
      const result = parseFeed(feed([good], { updatedAt }), '42', null);
      expect(result).toMatchObject({ ok: true, updatedAt, updatedAtInvalid: null });
    },
  );
});
