import { measure, valueOf, type IndicatorId } from './indicators';
import type { MonthIndex } from './period';
import { tenthsOfPercent } from './precision';
import type { UnitData } from './types';

export interface Coverage {
  /** Units that reported the indicator in the period. */
  reported: number;
  /** Units the aggregate speaks for. */
  total: number;
  /** Ids of the units that did not report, in registry order. */
  missing: string[];
}

export interface Aggregate {
  num: number;
  den: number;
  /** Ratio of sums, never a mean of rates; null when nobody reported (or every total was 0). */
  value: number | null;
  tenths: number | null;
  coverage: Coverage;
}

/** Contract §4: Σ numerators / Σ denominators over the units that reported both. */
export function aggregate(
  units: readonly UnitData[],
  indicator: IndicatorId,
  period: MonthIndex,
): Aggregate {
  let num = 0;
  let den = 0;
  const missing: string[] = [];
  for (const u of units) {
    const m = measure(indicator, u.observations.get(period));
    if (m === null) {
      missing.push(u.unit.id);
      continue;
    }
    num += m.num;
    den += m.den;
  }
  const reported = units.length - missing.length;
  const value = reported === 0 ? null : valueOf({ num, den });
  return {
    num,
    den,
    value,
    tenths: value === null ? null : tenthsOfPercent(num, den),
    coverage: { reported, total: units.length, missing },
  };
}
