import type { MonthIndex } from './period';
import { THRESHOLDS } from './thresholds';

/**
 * Contract §5 trend: the least-squares slope (value per month) of the months reported in the
 * trend window ending at `period`, or null with fewer than the minimum number of points. Values
 * are laid out month by month (index 0 = `firstPeriod`), NaN = no value.
 */
export function trendSlopeOf(
  values: ArrayLike<number>,
  offset: number,
  firstPeriod: MonthIndex,
  period: MonthIndex,
): number | null {
  const from = Math.max(firstPeriod, period - THRESHOLDS.trendWindowMonths + 1);
  let n = 0;
  let sumX = 0;
  let sumY = 0;
  for (let p = from; p <= period; p++) {
    const v = values[offset + (p - firstPeriod)]!;
    if (Number.isNaN(v)) continue;
    n++;
    sumX += p;
    sumY += v;
  }
  if (n < THRESHOLDS.trendMinPoints) return null;
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxy = 0;
  let sxx = 0;
  for (let p = from; p <= period; p++) {
    const v = values[offset + (p - firstPeriod)]!;
    if (Number.isNaN(v)) continue;
    const dx = p - meanX;
    sxy += dx * (v - meanY);
    sxx += dx * dx;
  }
  return sxx === 0 ? null : sxy / sxx;
}
