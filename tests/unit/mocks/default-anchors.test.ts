import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../../mocks/generate/default-dataset';
import type { IndicatorId } from '../../../src/domain/indicators';
import { buildPeriodModel } from '../../../src/domain/model';
import type { ScopeId } from '../../../src/domain/scope';
import { loadDataset, m } from './load-dataset';

/** Every figure of domain.md the committee must recognise, computed by the app's own engine. */
const data = defaultDataset();
const { dataset } = loadDataset(data.registry, (id) => data.feeds[id]);
const models = new Map<string, ReturnType<typeof buildPeriodModel>>();
const model = (period: string) => {
  let found = models.get(period);
  if (!found) {
    found = buildPeriodModel(dataset, m(period));
    models.set(period, found);
  }
  return found;
};
const national = (period: string, indicator: IndicatorId, scope: ScopeId = 'all') =>
  model(period).aggregate(scope, indicator);
const unit = (period: string, id: string) => {
  const u = model(period).byId.get(id);
  if (!u) throw new Error(`no unit ${id}`);
  return u;
};
const MONTHS_2019 = Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`);

describe('default dataset: the anchors of domain.md', () => {
  it('level-4 rate: 10.7 % nationally in Feb 2020, doubled in 2019, still rising to Aug 2020', () => {
    const feb = national('2020-02', 'level4Rate');
    expect(feb.coverage.reported).toBe(85);
    expect(feb.tenths).toBe(107);
    const jan2019 = national('2019-01', 'level4Rate').value ?? 0;
    expect(jan2019).toBeGreaterThanOrEqual(0.048);
    expect(jan2019).toBeLessThanOrEqual(0.059);
    const aug = national('2020-08', 'level4Rate');
    expect(aug.value).toBeGreaterThanOrEqual(0.15);
    expect(aug.value).toBeLessThanOrEqual(0.2);
    // Off track for 30 % by Dec 2020, but moving.
    expect(aug.progress?.status).toBe('off-track');
    expect(aug.slope).toBeGreaterThan(0.005);
  });

  it('An Giang, Lào Cai and Lạng Sơn are at about 3× the national rate, the highest provinces', () => {
    const nationalRate = national('2020-02', 'level4Rate').value ?? 1;
    for (const id of ['89', '10', '20']) {
      const ratio = (unit('2020-02', id).indicators.level4Rate.value ?? 0) / nationalRate;
      expect(ratio, id).toBeGreaterThanOrEqual(2.6);
      expect(ratio, id).toBeLessThanOrEqual(3.4);
      expect(unit('2020-02', id).indicators.level4Rate.rank, id).toBeLessThanOrEqual(3);
    }
  });

  it('data platforms: about 30 % connected in Feb 2020 ("70 % had none yet")', () => {
    const feb = national('2020-02', 'lgspConnected');
    expect(feb.coverage.reported).toBe(85);
    expect(feb.value).toBeGreaterThanOrEqual(0.27);
    expect(feb.value).toBeLessThanOrEqual(0.33);
  });

  it('document axis: everyone from Feb 2020, not everyone in early 2019', () => {
    for (const p of ['2020-02', '2020-03', '2020-05', '2020-08']) {
      const vdxp = national(p, 'vdxpConnected');
      expect(vdxp.num, p).toBe(85);
      expect(vdxp.value, p).toBe(1);
    }
    expect(national('2019-01', 'vdxpConnected').value).toBeLessThan(1);
  });

  it('national portal: nobody before Dec 2019; in Feb 2020 9 of 22 ministries, all 63 provinces', () => {
    for (const p of MONTHS_2019.slice(0, 11)) expect(national(p, 'portalConnected').num, p).toBe(0);
    const ministries = national('2020-02', 'portalConnected', 'ministry');
    expect([ministries.num, ministries.coverage.reported]).toEqual([9, 22]);
    const provinces = national('2020-02', 'portalConnected', 'province');
    expect([provinces.num, provinces.coverage.reported]).toEqual([63, 63]);
  });

  it('Hà Tĩnh: online dossiers 16.1 % in Aug 2019, 30.0 % in Aug 2020', () => {
    expect(unit('2019-08', '42').indicators.onlineDossierRate.tenths).toBe(161);
    expect(unit('2020-08', '42').indicators.onlineDossierRate.tenths).toBe(300);
  });

  it('SOC: a minority through 2019, growing, about half by Aug 2020', () => {
    for (const p of MONTHS_2019)
      expect(national(p, 'socOperational').value ?? 1, p).toBeLessThan(0.5);
    const aug = national('2020-08', 'socOperational').value ?? 0;
    expect(aug).toBeGreaterThanOrEqual(0.4);
    expect(aug).toBeLessThanOrEqual(0.6);
    expect(aug).toBeGreaterThan(national('2019-12', 'socOperational').value ?? 1);
  });

  it('Aug 2020: some provinces met or on track, many off track, several stalled', () => {
    const provinces = model('2020-08').units.filter((u) => u.unit.kind === 'province');
    const status = (s: string) => provinces.filter((u) => u.indicators.level4Rate.status === s);
    expect(status('met').length + status('on-track').length).toBeGreaterThanOrEqual(3);
    expect(status('off-track').length).toBeGreaterThanOrEqual(20);
    const stalled = model('2020-08').units.filter((u) => u.flags.some((f) => f.rule === 'stalled'));
    expect(stalled.length).toBeGreaterThanOrEqual(5);
    for (const u of stalled) expect(u.indicators.level4Rate.status).toBe('off-track');
  });

  it('ministries: Finance, Industry and Trade, and MIC lead, in the order of the 2019 ranking', () => {
    for (const [id, rank] of [
      ['MOF', 1],
      ['MOIT', 2],
      ['MIC', 3],
    ] as const) {
      expect(unit('2020-08', id).indicators.level4Rate.rank).toBe(rank);
      expect(['met', 'on-track']).toContain(unit('2020-08', id).indicators.level4Rate.status);
    }
    const ranking = data.rankings.rankings.find((r) => r.kind === 'ministry')?.order ?? [];
    const rates = ranking.map((id) => unit('2019-12', id).indicators.level4Rate.value ?? 0);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
  });

  it('a few realistic gaps: 2–4 units miss a month, never Feb 2020 or the latest month', () => {
    const withGaps = dataset.units.filter((u) => u.observations.size < 20);
    expect(withGaps.length).toBeGreaterThanOrEqual(2);
    expect(withGaps.length).toBeLessThanOrEqual(4);
    for (const u of withGaps) expect(u.observations.size).toBeGreaterThanOrEqual(18);
    const coverages = MONTHS_2019.concat(['2020-06']).map(
      (p) => national(p, 'level4Rate').coverage.reported,
    );
    expect(coverages).toContain(83);
    expect(national('2020-08', 'level4Rate').coverage.reported).toBe(85);
    expect(model('2020-08').units.some((u) => u.flags.some((f) => f.rule === 'stale-feed'))).toBe(
      false,
    );
  });
});
