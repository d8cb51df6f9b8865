import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../../mocks/generate/default-dataset';
import { parseNational, parseRankings } from '../../../src/data/parse-extras';
import { m } from './load-dataset';

const data = defaultDataset();

describe('default dataset: national.json', () => {
  const parsed = parseNational(data.national);
  if (!parsed.ok) throw new Error(`national rejected: ${parsed.field}`);
  const figure = (id: string) => {
    const f = parsed.items.find((x) => x.id === id);
    if (!f) throw new Error(`no figure ${id}`);
    return f;
  };
  const at = (id: string, period: string) =>
    figure(id).series.find((p) => p.period === m(period))?.value;

  it('parses without problems', () => {
    expect(parsed.problems).toEqual([]);
  });

  it('has the UN EGDI rank 89 → 88 → 86 of 193, target 10 places up from 88', () => {
    const rank = figure('un-egdi-rank');
    expect(rank).toMatchObject({ unit: 'rank', better: 'lower', of: 193 });
    expect(rank.target).toEqual({ value: 78, deadline: m('2020-12') });
    expect(rank.series).toEqual([
      { period: m('2016-07'), value: 89 },
      { period: m('2018-07'), value: 88 },
      { period: m('2020-07'), value: 86 },
    ]);
    expect(figure('un-egdi-index')).toMatchObject({ unit: 'index', better: 'higher' });
    expect(at('un-egdi-index', '2020-07')).toBe(0.6667);
  });

  it('has the portal: ~50,000 accounts and >14 M visits in Feb 2020, >235,000 and >60 M in Aug', () => {
    expect(figure('portal-accounts').series[0]?.period).toBe(m('2019-12'));
    expect(figure('portal-accounts').series).toHaveLength(9);
    expect(Math.abs((at('portal-accounts', '2020-02') ?? 0) - 50_000)).toBeLessThan(2_000);
    expect(at('portal-accounts', '2020-08')).toBeGreaterThan(235_000);
    expect(at('portal-visits', '2020-02')).toBeGreaterThan(14_000_000);
    expect(at('portal-visits', '2020-08')).toBeGreaterThan(60_000_000);
    for (const id of ['portal-accounts', 'portal-visits']) {
      const values = figure(id).series.map((p) => p.value ?? 0);
      expect(values).toEqual([...values].sort((a, b) => a - b));
    }
  });
});

describe('default dataset: rankings.json', () => {
  const parsed = parseRankings(data.rankings);
  if (!parsed.ok) throw new Error(`rankings rejected: ${parsed.field}`);
  const provinces = parsed.items.find((r) => r.kind === 'province');
  const ministries = parsed.items.find((r) => r.kind === 'ministry');

  it('ranks the 63 provinces on the 2019 ICT index: Huế first, Hà Tĩnh 44th', () => {
    expect(parsed.problems).toEqual([]);
    expect(provinces?.period).toBe(m('2019-12'));
    expect(provinces?.order).toHaveLength(63);
    expect(provinces?.order.slice(0, 8)).toEqual(['46', '48', '22', '74', '79', '56', '89', '38']);
    expect(provinces?.order[43]).toBe('42');
    const ids = new Set(data.registry.units.map((u) => u.id));
    for (const id of provinces?.order ?? []) expect(ids.has(id)).toBe(true);
  });

  it('ranks 17 ministries as the Ministry of Information and Communications did in 2019', () => {
    expect(ministries?.period).toBe(m('2019-12'));
    expect(ministries?.order).toEqual([
      'MOF',
      'MOIT',
      'MIC',
      'MOH',
      'SBV',
      'MPI',
      'MOST',
      'MOJ',
      'MOLISA',
      'MOT',
      'MOCST',
      'MARD',
      'MOFA',
      'MONRE',
      'MOET',
      'MOHA',
      'MOC',
    ]);
  });
});
