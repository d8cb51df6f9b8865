import { describe, expect, it } from 'vitest';
import { paceComparison } from '../../../src/domain/pace';
import { progressOf } from '../../../src/domain/progress';
import { tenthsOfFraction } from '../../../src/domain/precision';

/** The value as shown (tests pass fractions whose tenths are exact). */
const shown = (v: number | null) => (v === null ? null : tenthsOfFraction(v));
import { m } from '../../support/dataset-builder';

const AUG = m('2020-08');
const TARGET = { value: 0.3, deadline: m('2020-12') };

describe('paceComparison: required pace against the actual trend', () => {
  it('off-track: short by required − trend; the trend reaches the target long after the deadline', () => {
    // 12 % now, +1 pp/month, 4 months left: needs (30 − 12) / 4 = 4.5 pp/month, short by 3.5
    const pace = paceComparison(progressOf(0.12, shown(0.12), 0.01, TARGET, AUG), AUG);
    expect(pace.verdict).toBe('short');
    expect(pace.required).toBeCloseTo(0.045, 12);
    expect(pace.actual).toBe(0.01);
    expect(pace.gap).toBeCloseTo(0.035, 12);
    // 18 pp to go at 1 pp/month: 18 months → 02/2022, 14 months after 12/2020
    expect(pace.monthsToTarget).toBe(18);
    expect(pace.reachedAt).toBe(m('2022-02'));
    expect(pace.monthsAfterDeadline).toBe(14);
  });

  it('on-track: the trend is faster than needed (negative gap) and arrives before the deadline', () => {
    // 24 % now, +2 pp/month: needs 1.5 pp/month; 6 pp to go → 3 months → 11/2020
    const pace = paceComparison(progressOf(0.24, shown(0.24), 0.02, TARGET, AUG), AUG);
    expect(pace.verdict).toBe('enough');
    expect(pace.gap).toBeCloseTo(-0.005, 12);
    expect(pace.monthsToTarget).toBe(3);
    expect(pace.reachedAt).toBe(m('2020-11'));
    expect(pace.monthsAfterDeadline).toBe(0);
  });

  it('a whole number of months is not pushed to the next month by floating-point noise', () => {
    // 1 pp to go at 0.5 pp/month is 2 months ((0.3 − 0.29) / 0.005 is 2.0000000000000018 in doubles)
    const pace = paceComparison(progressOf(0.29, shown(0.29), 0.005, TARGET, AUG), AUG);
    expect(pace.monthsToTarget).toBe(2);
    expect(pace.reachedAt).toBe(m('2020-10'));
    expect(pace.verdict).toBe('enough');
  });

  it('met: no months to go, whatever the trend', () => {
    const pace = paceComparison(progressOf(0.35, shown(0.35), -0.01, TARGET, AUG), AUG);
    expect(pace.verdict).toBe('met');
    expect(pace.monthsToTarget).toBe(0);
    expect(pace.reachedAt).toBe(AUG);
    expect(pace.monthsAfterDeadline).toBe(0);
  });

  it('no trend (too few months): no gap and no arrival month', () => {
    const pace = paceComparison(progressOf(0.12, shown(0.12), null, TARGET, AUG), AUG);
    expect(pace.verdict).toBe('no-trend');
    expect(pace.required).toBeCloseTo(0.045, 12);
    expect(pace.actual).toBeNull();
    expect(pace.gap).toBeNull();
    expect(pace.monthsToTarget).toBeNull();
    expect(pace.reachedAt).toBeNull();
    expect(pace.monthsAfterDeadline).toBeNull();
  });

  it('a flat or falling trend never reaches the target', () => {
    const falling = paceComparison(progressOf(0.12, shown(0.12), -0.01, TARGET, AUG), AUG);
    expect(falling.verdict).toBe('short');
    expect(falling.gap).toBeCloseTo(0.055, 12); // 4.5 − (−1) pp/month
    expect(falling.monthsToTarget).toBeNull();
    expect(
      paceComparison(progressOf(0.12, shown(0.12), 0, TARGET, AUG), AUG).monthsToTarget,
    ).toBeNull();
  });

  it('deadline passed: no pace is required, but the arrival month at the trend is still known', () => {
    const FEB21 = m('2021-02');
    // 20 % at 1 pp/month: 10 months → 12/2021, 12 months after 12/2020
    const pace = paceComparison(progressOf(0.2, shown(0.2), 0.01, TARGET, FEB21), FEB21);
    expect(pace.verdict).toBe('deadline-passed');
    expect(pace.required).toBeNull();
    expect(pace.gap).toBeNull();
    expect(pace.monthsToTarget).toBe(10);
    expect(pace.reachedAt).toBe(m('2021-12'));
    expect(pace.monthsAfterDeadline).toBe(12);
  });

  it('not reported now: nothing to compare', () => {
    const pace = paceComparison(progressOf(null, shown(null), 0.01, TARGET, AUG), AUG);
    expect(pace.verdict).toBe('no-value');
    expect(pace.required).toBeNull();
    expect(pace.gap).toBeNull();
    expect(pace.monthsToTarget).toBeNull();
  });
});
