import { describe, expect, it } from 'vitest';
import { buildPeriodModel } from '../../../src/domain/model';
import { reviewedData } from '../../../src/domain/periods';
import { tenthsOfPercent } from '../../../src/domain/precision';
import { targetFor } from '../../../src/domain/targets';
import type { Dataset, Target, UnitData } from '../../../src/domain/types';
import { dataset, l4, m, obs, target, unit } from '../../support/dataset-builder';

/**
 * Feed contract 1.1, the rules marked ★, each on its edges. Every registry is built here.
 */

const AUG = m('2020-08');
const level4 = (ds: Dataset, id: string, period = AUG) =>
  buildPeriodModel(ds, period).byId.get(id)!.indicators.level4Rate;
const rulesOf = (ds: Dataset, id: string, period = AUG) =>
  buildPeriodModel(ds, period)
    .byId.get(id)!
    .flags.map((f) => f.rule);

describe('§5 ★ a rate is shown in tenths of a point, rounded half up exactly from the integers', () => {
  it.each([
    [1235, 10_000, 124], // 12.35 % → 12.4 %
    [7995, 10_000, 800], // 79.95 % → 80.0 %
    [2995, 10_000, 300], // 29.95 % → 30.0 %
    [2996, 10_000, 300], // 29.96 % → 30.0 %
    [2994, 10_000, 299], // 29.94 % → 29.9 %
    [469, 2000, 235], // 23.45 %, though the double 0.2345 is 0.23449…
    [29_949_999, 100_000_000, 299], // just below the half
  ])('%i of %i shows as %i tenths', (num, den, tenths) => {
    expect(tenthsOfPercent(num, den)).toBe(tenths);
    const ds = dataset([unit('A', [l4('2020-08', num, den)])]);
    expect(level4(ds, 'A').tenths).toBe(tenths);
  });
});

describe('§5 ★ met when the shown value ≥ the target', () => {
  const at = (num: number, den: number, value: number) =>
    level4(dataset([unit('A', [l4('2020-08', num, den)])], { targets: [targetL4(value)] }), 'A');

  it('29.95 % and 29.96 % are shown as 30.0 % and have met a 30 % target', () => {
    expect(at(2995, 10_000, 0.3).status).toBe('met');
    expect(at(2996, 10_000, 0.3).status).toBe('met');
  });

  it('29.94 % is shown as 29.9 % and has not', () => {
    expect(at(2994, 10_000, 0.3).status).not.toBe('met');
  });

  it('79.95 % is shown as 80.0 % and has met an 80 % target (not "on track")', () => {
    expect(at(7995, 10_000, 0.8).status).toBe('met');
  });
});

describe('§5 ★ on-track when the projection, rounded the same way, ≥ the target', () => {
  // 18 % in June, 19 % in July, now/3,000,000 in August: the slope is (now − 0.18) / 2, so
  // 4 months later the projection is 3 × now − 0.36 = x / 1,000,000 − 0.36.
  const series = (x: number) =>
    unit('A', [l4('2020-06', 180, 1000), l4('2020-07', 190, 1000), l4('2020-08', x, 3_000_000)]);

  it('a projection of 79.9994 % shows as 80.0 % and is on track for 80 %', () => {
    // slope = (now − 0.18) / 2; projection = now + 4 × slope = 0.799994 → now = 0.3599976…
    const targets = [targetL4(0.8, '2020-12')];
    const ind = level4(dataset([series(1_159_994)], { targets }), 'A');
    expect(ind.progress!.projection).toBeCloseTo(0.799994, 6);
    expect(ind.progress!.projectionTenths).toBe(800);
    expect(ind.status).toBe('on-track');
  });

  it('a projection of 79.94 % shows as 79.9 % and is off track', () => {
    const targets = [targetL4(0.8, '2020-12')];
    const ind = level4(dataset([series(1_159_400)], { targets }), 'A');
    expect(ind.progress!.projectionTenths).toBe(799);
    expect(ind.status).toBe('off-track');
  });
});

describe('§5 ★ changes and gains are differences of shown values; stalled compares with 0.5 pp', () => {
  const stalledCase = (earlier: [number, number], now: [number, number]) =>
    dataset([
      unit('A', [
        l4('2020-05', ...earlier),
        l4('2020-06', ...earlier),
        l4('2020-07', ...earlier),
        l4('2020-08', ...now),
      ]),
    ]);

  it('10.6 % → 11.1 % is +0.5 pp shown: not stalled', () => {
    expect(rulesOf(stalledCase([106, 1000], [111, 1000]), 'A')).not.toContain('stalled');
  });

  it('10.55 % (shown 10.6 %) → 11.05 % (shown 11.1 %): +0.5 pp shown, not stalled', () => {
    expect(rulesOf(stalledCase([1055, 10_000], [1105, 10_000]), 'A')).not.toContain('stalled');
  });

  it('10.64 % (shown 10.6 %) → 11.05 % (shown 11.1 %) is +0.5 pp though the exact gain is 0.41', () => {
    expect(rulesOf(stalledCase([1064, 10_000], [1105, 10_000]), 'A')).not.toContain('stalled');
  });

  it('10.6 % → 11.0 % is +0.4 pp: stalled, and the flag says +0.4', () => {
    const ds = stalledCase([106, 1000], [110, 1000]);
    const flag = buildPeriodModel(ds, AUG)
      .byId.get('A')!
      .flags.find((f) => f.rule === 'stalled');
    expect(flag).toMatchObject({ valueTenths: 110, earlierTenths: 106, gainTenths: 4 });
    expect(flag?.rule === 'stalled' && flag.gain).toBe(0.004);
  });

  it('the change since last period is the difference of the shown values', () => {
    // 10.64 % → 11.05 %: shown 10.6 % → 11.1 %, so +0.5 pp (not +0.41)
    const ds = dataset([unit('A', [l4('2020-07', 1064, 10_000), l4('2020-08', 1105, 10_000)])]);
    expect(level4(ds, 'A').changeTenths).toBe(5);
    expect(buildPeriodModel(ds, AUG).aggregate('all', 'level4Rate').change).toBe(0.005);
  });
});

describe('§5 ★ ties at the precision shown share a rank', () => {
  it('23.4 % and 23.41 % share rank 2; 23.45 % (shown 23.5 %) is first', () => {
    const ds = dataset([
      unit('A', [l4('2020-08', 234, 1000)]),
      unit('B', [l4('2020-08', 2341, 10_000)]),
      unit('C', [l4('2020-08', 2345, 10_000)]),
      unit('D', [l4('2020-08', 2339, 10_000)]),
    ]);
    const rank = (id: string) => level4(ds, id).rank;
    expect([rank('C'), rank('A'), rank('B'), rank('D')]).toEqual([1, 2, 2, 2]);
  });
});

describe('§6 ★ three states never confused: feed failed, not reported, no services', () => {
  const ds = dataset([
    unit('ok', [l4('2020-08', 10, 100)]),
    unit('failed', [], { feed: 'failed' }),
    unit('silent', [l4('2020-07', 10, 100)]),
    unit('blank', [obs('2020-08', { soc: true })]),
    unit('zero', [l4('2020-08', 0, 0)]),
    unit('waiting', [], { feed: 'loading' }),
  ]);
  const model = buildPeriodModel({ ...ds, units: ds.units.map((u) => withFault(u)) }, AUG);
  const state = (id: string) => model.byId.get(id)!.indicators.level4Rate.state;

  it('gives each unit its own state', () => {
    expect(state('ok')).toBe('value');
    expect(state('failed')).toBe('feed-failed');
    expect(state('silent')).toBe('not-reported');
    expect(state('blank')).toBe('not-reported');
    expect(state('zero')).toBe('no-services');
    expect(state('waiting')).toBe('loading');
  });

  it('says which fault a failed feed had', () => {
    expect(model.byId.get('failed')!.fault).toEqual({ kind: 'http-error', status: 500 });
    expect(model.byId.get('ok')!.fault).toBeNull();
  });

  it('keeps a value from an earlier good copy of a failed feed', () => {
    const kept = buildPeriodModel(
      dataset([unit('A', [l4('2020-08', 10, 100)], { feed: 'failed' })]),
      AUG,
    );
    expect(kept.byId.get('A')!.indicators.level4Rate.state).toBe('value');
  });
});

describe('§2 ★ the active target of each indicator, with two plans', () => {
  const plans: Target[] = [targetL4(0.3, '2020-12'), targetL4(0.8, '2025-12')];

  it('is the earliest deadline not before P, then the latest once all have passed', () => {
    expect(targetFor(plans, 'level4Rate', m('2020-12'))?.value).toBe(0.3);
    expect(targetFor(plans, 'level4Rate', m('2021-01'))?.value).toBe(0.8);
    expect(targetFor(plans, 'level4Rate', m('2025-12'))?.value).toBe(0.8);
    expect(targetFor(plans, 'level4Rate', m('2026-03'))?.value).toBe(0.8);
  });

  it('a unit at 35 % in 2021-01 has met 2020’s 30 % but is measured against 2025’s 80 %', () => {
    const ds = dataset([unit('A', [l4('2021-01', 35, 100)])], { targets: plans });
    const ind = level4(ds, 'A', m('2021-01'));
    expect(ind.target?.value).toBe(0.8);
    expect(ind.status).not.toBe('met');
  });
});

describe('§5 ★ no-platform / no-soc while a target of that indicator is near or past', () => {
  const twoPlans = [
    target('lgspConnected', 1, '2020-12'),
    target('lgspConnected', 1, '2025-12'),
    target('socOperational', 1, '2020-12'),
    target('socOperational', 1, '2025-12'),
  ];
  const building = (period: string) => unit('A', [obs(period, { lgsp: 'building', soc: false })]);

  it('a passed 2020 deadline keeps the flags although a 2025 target exists', () => {
    const ds = dataset([building('2021-03')], { targets: twoPlans });
    const model = buildPeriodModel(ds, m('2021-03'));
    const flags = model.byId.get('A')!.flags;
    expect(flags.map((f) => f.rule)).toEqual(expect.arrayContaining(['no-platform', 'no-soc']));
    expect(flags.find((f) => f.rule === 'no-platform')).toMatchObject({
      deadline: m('2020-12'),
      monthsToDeadline: -3,
    });
  });

  it('6 months before the deadline flags, 7 months before does not', () => {
    const at = (period: string) =>
      rulesOf(dataset([building(period)], { targets: twoPlans.slice(0, 1) }), 'A', m(period));
    expect(at('2020-06')).toContain('no-platform');
    expect(at('2020-05')).not.toContain('no-platform');
  });

  it('only a 2025 target, far away: no flag', () => {
    const ds = dataset([building('2021-03')], {
      targets: [target('lgspConnected', 1, '2025-12')],
    });
    expect(rulesOf(ds, 'A', m('2021-03'))).not.toContain('no-platform');
  });
});

describe('§2 ★ the period under review without asOf: the month most units reported', () => {
  const monthly = (id: string, last: string, extra: string[] = []) =>
    unit(id, [
      l4('2020-06', 10, 100),
      l4('2020-07', 10, 100),
      l4(last, 10, 100),
      ...extra.map((p) => l4(p, 10, 100)),
    ]);
  // 6 units reported 2020-08; 2 of them already 2020-09; one has a mistyped 2029-03
  const units = [
    monthly('A', '2020-08', ['2020-09']),
    monthly('B', '2020-08', ['2020-09']),
    monthly('C', '2020-08', ['2029-03']),
    monthly('D', '2020-08'),
    monthly('E', '2020-08'),
    monthly('F', '2020-08'),
    unit('G', [], { feed: 'failed' }),
  ];

  it('keeps the majority month; early and mistyped observations are listed, not used', () => {
    const reviewed = reviewedData(dataset(units));
    expect(reviewed.period).toBe(AUG);
    expect(reviewed.later).toEqual([
      { unitId: 'A', period: m('2020-09') },
      { unitId: 'B', period: m('2020-09') },
      { unitId: 'C', period: m('2029-03') },
    ]);
    const model = buildPeriodModel(reviewed.dataset, reviewed.period!);
    // nobody is stale because of someone else's early month, and every unit is ranked
    for (const id of ['A', 'B', 'C', 'D', 'E', 'F']) {
      expect(model.byId.get(id)!.flags.map((f) => f.rule)).not.toContain('stale-feed');
      expect(model.byId.get(id)!.indicators.level4Rate.rank).toBe(1);
    }
    expect(model.byId.get('A')!.newestPeriod).toBe(AUG);
  });

  it('exactly half is enough: 3 of 6 loaded feeds in September move the period', () => {
    const half = [
      monthly('A', '2020-08', ['2020-09']),
      monthly('B', '2020-08', ['2020-09']),
      monthly('C', '2020-08', ['2020-09']),
      monthly('D', '2020-08'),
      monthly('E', '2020-08'),
      monthly('F', '2020-08'),
    ];
    expect(reviewedData(dataset(half)).period).toBe(m('2020-09'));
    expect(reviewedData(dataset(half.slice(0, 2).concat(half.slice(3)))).period).toBe(AUG);
  });

  it('failed and loading feeds do not count; asOf, when given, is the period', () => {
    const withFailed = [
      ...units,
      ...['H', 'I', 'J', 'K'].map((id) => unit(id, [], { feed: 'failed' })),
    ];
    expect(reviewedData(dataset(withFailed)).period).toBe(AUG);
    expect(reviewedData(dataset(units, { asOf: m('2020-07') })).period).toBe(m('2020-07'));
  });

  it('no month reaching half: the median of the latest months, never the one mistyped year', () => {
    const once = (id: string, period: string) => unit(id, [l4(period, 10, 100)]);
    const scattered = [
      once('A', '2020-07'),
      once('B', '2020-06'),
      once('C', '2020-05'),
      once('D', '2020-04'),
      once('E', '2029-07'),
    ];
    // 3 of 5 units reported June or later
    expect(reviewedData(dataset(scattered)).period).toBe(m('2020-06'));
    // one unit has months up to July, one only a mistyped 2099, one an empty feed
    const sparse = [
      unit(
        'A',
        ['2020-01', '2020-04', '2020-07'].map((p) => l4(p, 10, 100)),
      ),
      once('B', '2099-12'),
      unit('C', []),
    ];
    expect(reviewedData(dataset(sparse)).period).toBe(m('2020-07'));
  });

  it('a dataset whose units all report late as one keeps the unit records untouched', () => {
    const ds = dataset(units.slice(3));
    expect(reviewedData(ds).dataset).toBe(ds);
  });
});

function targetL4(value: number, deadline = '2020-12'): Target {
  return target('level4Rate', value, deadline);
}

function withFault(u: UnitData): UnitData {
  return u.feed === 'failed' ? { ...u, fault: { kind: 'http-error', status: 500 } } : u;
}
