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
