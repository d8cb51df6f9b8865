import { THRESHOLDS } from './thresholds';

/**
 * A ratio in tenths of a percentage point, rounded half up, computed exactly from the integers
 * (0.2345 is 234.5 tenths and shows as 23.5 %, even though 0.2345 as a double is 0.23449…).
 * The UI formats this same number, and ranks compare it, so two values shown alike rank alike.
 */
export function tenthsOfPercent(num: number, den: number): number | null {
  if (den <= 0) return null;
  const scale = THRESHOLDS.rankPrecisionPerUnit;
  // Plain division is exact enough below 1e12 (the error stays under 1/(2·den)); above, use BigInt.
  if (den < 1e12 && num * 2 * scale < Number.MAX_SAFE_INTEGER) {
    return Math.floor((num * 2 * scale + den) / (2 * den));
  }
  const n = BigInt(num);
  const d = BigInt(den);
  return Number((n * 2n * BigInt(scale) + d) / (2n * d));
}

/**
 * Tenths of a percent for a fraction already divided (projections, targets, flag values), rounded
 * half up. The nudge absorbs the double's noise (0.2345 is stored as 0.23449…), so a ratio
 * shows the same here as through tenthsOfPercent.
 */
export function tenthsOfFraction(value: number): number {
  return Math.floor(value * THRESHOLDS.rankPrecisionPerUnit + 0.5 + 1e-9);
}

/**
 * A signed rate of change (fraction per month, or a difference) at the precision shown: tenths of
 * a percentage point, rounded half away from zero, so +0.45 pp and −0.45 pp show as ±0.5 pp.
 */
export function signedTenths(value: number): number {
  const t = tenthsOfFraction(Math.abs(value));
  return value < 0 && t !== 0 ? -t : t;
}

/** Tenths of a percent back to the fraction they show (an exact multiple of 0.001). */
export function fromTenths(tenths: number): number {
  return tenths / THRESHOLDS.rankPrecisionPerUnit;
}
