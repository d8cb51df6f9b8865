import { describe, expect, it } from 'vitest';
import { refSlope as trendSlope } from '../../support/reference-engine';
import { progressOf } from '../../../src/domain/progress';
import { tenthsOfFraction } from '../../../src/domain/precision';

/** The value as shown (tests pass fractions whose tenths are exact). */
const shown = (v: number | null) => (v === null ? null : tenthsOfFraction(v));
import { targetFor } from '../../../src/domain/targets';
import { buildPeriodModel } from '../../../src/domain/model';
import { dataset, l4, m, target, unit } from '../../support/dataset-builder';

const AUG = m('2020-08');
const DEC = m('2020-12');

describe('trend (least-squares slope over the last 6 months)', () => {
  it('uses only the months reported inside the window', () => {
    // months −5, −3, −1, 0 → 0.10, 0.12, 0.15, 0.16; −4 and −2 not reported
    const points = [
      { period: AUG - 5, value: 0.1 },
      { period: AUG - 3, value: 0.12 },
      { period: AUG - 1, value: 0.15 },
      { period: AUG, value: 0.16 },
    ];
    // x̄ = −2.25, ȳ = 0.1325; Sxy = 0.1825, Sxx = 14.75
    expect(trendSlope(points, AUG)).toBeCloseTo(0.1825 / 14.75, 12);
  });

  it('needs at least 3 months in the window', () => {
    expect(
      trendSlope(
        [
          { period: AUG, value: 0.1 },
          { period: AUG - 1, value: 0.09 },
        ],
        AUG,
      ),
    ).toBeNull();
    // a third point 6 months back is outside the window (months −5 … 0)
    expect(
      trendSlope(
        [
          { period: AUG, value: 0.1 },
          { period: AUG - 1, value: 0.09 },
          { period: AUG - 6, value: 0.05 },
        ],
        AUG,
      ),
    ).toBeNull();
  });

  it('ignores months after the period under review', () => {
    const points = [0, 1, 2, 3].map((i) => ({ period: AUG - 3 + i, value: 0.1 + i * 0.01 }));
    points.push({ period: AUG + 1, value: 0.9 });
    expect(trendSlope(points, AUG)).toBeCloseTo(0.01, 12);
  });

  it('a unit model skips months without a value (not reported or 0 services)', () => {
    const ds = dataset([
      unit('A', [
        l4('2020-03', 100, 1000),
        l4('2020-04', 0, 0),
        l4('2020-05', 120, 1000),
        l4('2020-07', 150, 1000),
        l4('2020-08', 160, 1000),
      ]),
    ]);
    const ind = buildPeriodModel(ds, AUG).byId.get('A')!.indicators.level4Rate;
    expect(ind.slope).toBeCloseTo(0.1825 / 14.75, 12);
  });
});

describe('projection, required pace and status (contract §5)', () => {
  const t = { value: 0.3, deadline: DEC };

  it('off-track: 16 % now, +1.24 pp/month, 20.9 % projected for 12/2020; needs +3.5 pp/month', () => {
    const slope = 0.1825 / 14.75;
    const p = progressOf(0.16, shown(0.16), slope, t, AUG);
    expect(p.monthsLeft).toBe(4);
    expect(p.projection).toBeCloseTo(0.16 + 4 * slope, 12); // 0.20949…
    expect(p.requiredPace).toBeCloseTo(0.035, 12);
    expect(p.status).toBe('off-track');
  });

  it('on-track when the projection shows at the target, off-track when it shows below (★)', () => {
    expect(progressOf(0.22, shown(0.22), 0.02, t, AUG).status).toBe('on-track'); // 0.30
    expect(progressOf(0.22, shown(0.22), 0.0199, t, AUG).status).toBe('on-track'); // 0.2996 → 30.0 %
    expect(progressOf(0.22, shown(0.22), 0.01985, t, AUG).status).toBe('off-track'); // 0.2994 → 29.9 %
  });

  it('met once at or above the target, whatever the trend', () => {
    expect(progressOf(0.3, shown(0.3), null, t, AUG).status).toBe('met');
    expect(progressOf(0.31, shown(0.31), -0.05, t, AUG).status).toBe('met');
    expect(progressOf(0.31, shown(0.31), -0.05, t, AUG).requiredPace).toBeCloseTo(-0.0025, 12);
  });

  it('clamps the projection to [0, 1]', () => {
    expect(progressOf(0.9, shown(0.9), 0.1, { value: 0.95, deadline: DEC }, AUG).projection).toBe(
      1,
    );
    expect(progressOf(0.1, shown(0.1), -0.1, t, AUG).projection).toBe(0);
  });

  it('unknown without a value now, or without a trend before the deadline', () => {
    expect(progressOf(null, shown(null), 0.01, t, AUG).status).toBe('unknown');
    expect(progressOf(0.2, shown(0.2), null, t, AUG).status).toBe('unknown');
    expect(progressOf(0.2, shown(0.2), null, t, AUG).projection).toBeNull();
    expect(progressOf(0.2, shown(0.2), null, t, AUG).requiredPace).toBeCloseTo(0.025, 12);
  });

  it('deadline reached: no months left, no required pace, the value now is final', () => {
    const atDeadline = progressOf(0.25, shown(0.25), 0.02, t, DEC);
    expect(atDeadline.monthsLeft).toBe(0);
    expect(atDeadline.requiredPace).toBeNull();
    expect(atDeadline.projection).toBe(0.25);
    expect(atDeadline.status).toBe('off-track');
    const after = progressOf(0.32, shown(0.32), null, t, DEC + 3);
    expect(after.monthsLeft).toBe(0);
    expect(after.status).toBe('met');
    expect(progressOf(0.2, shown(0.2), null, t, DEC + 3).status).toBe('off-track');
  });
});

describe('targets are data', () => {
  it('applies the nearest deadline not yet passed, then the latest', () => {
    const targets = [target('level4Rate', 0.8, '2025-12'), target('level4Rate', 0.3, '2020-12')];
    expect(targetFor(targets, 'level4Rate', AUG)?.value).toBe(0.3);
    expect(targetFor(targets, 'level4Rate', DEC)?.value).toBe(0.3);
    expect(targetFor(targets, 'level4Rate', DEC + 1)?.value).toBe(0.8);
    expect(targetFor(targets, 'level4Rate', m('2026-01'))?.value).toBe(0.8);
    expect(targetFor(targets, 'socOperational', AUG)).toBeNull();
  });

  it('a unit has no status on an indicator without a target', () => {
    const ds = dataset([unit('A', [l4('2020-08', 10, 100)])], { targets: [] });
    const ind = buildPeriodModel(ds, AUG).byId.get('A')!.indicators.level4Rate;
    expect(ind.status).toBeNull();
    expect(ind.progress).toBeNull();
    // only the target-free rule fires: a lone unit is its own bottom decile
    expect(
      buildPeriodModel(ds, AUG)
        .byId.get('A')!
        .flags.map((f) => f.rule),
    ).toEqual(['bottom-decile']);
  });
});
