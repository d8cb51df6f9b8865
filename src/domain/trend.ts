import type { MonthIndex } from './period';
import { THRESHOLDS } from './thresholds';

export interface Point {
  period: MonthIndex;
  value: number;
}

/**
 * Least-squares slope (value per month) of the points in the trend window ending at `period`,
 * or null with fewer than the minimum number of points. Months without a value are simply absent.
 */
export function trendSlope(points: readonly Point[], period: MonthIndex): number | null {
  const first = period - THRESHOLDS.trendWindowMonths + 1;
  const inWindow = points.filter((p) => p.period >= first && p.period <= period);
  if (inWindow.length < THRESHOLDS.trendMinPoints) return null;
  const meanX = inWindow.reduce((s, p) => s + p.period, 0) / inWindow.length;
  const meanY = inWindow.reduce((s, p) => s + p.value, 0) / inWindow.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of inWindow) {
    const dx = p.period - meanX;
    sxy += dx * (p.value - meanY);
    sxx += dx * dx;
  }
  return sxx === 0 ? null : sxy / sxx;
}

/**
 * trendSlope over values laid out month by month (index 0 = `firstPeriod`), NaN = no value:
 * the same least-squares slope, without building arrays, for the engine's hot loop.
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
