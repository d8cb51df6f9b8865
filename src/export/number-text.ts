/**
 * Numbers as spreadsheets read them in any locale: '.' decimals, no thousands separator, no unit.
 * Rounding is half away from zero at the last digit shown, with the same nudge the engine uses
 * (src/domain/precision.ts) so that a ratio stored as 0.16499999… still writes as 16.50.
 */
function fixed(value: number, decimals: number): string {
  const scale = 10 ** decimals;
  const units = Math.floor(Math.abs(value) * scale + 0.5 + 1e-9);
  if (units === 0) return (0).toFixed(decimals);
  const sign = value < 0 ? '-' : '';
  const whole = Math.floor(units / scale);
  const rest = String(units - whole * scale).padStart(decimals, '0');
  return decimals === 0 ? `${sign}${whole}` : `${sign}${whole}.${rest}`;
}

/** A fraction as a percentage with 2 decimals: 0.165 → "16.50". */
export function percentText(fraction: number): string {
  return fixed(fraction * 100, 2);
}

/** A difference of fractions in percentage points with 2 decimals: -0.004 → "-0.40". */
export function pointsText(fraction: number): string {
  return fixed(fraction * 100, 2);
}

/** An integer as plain digits: 6842 → "6842" (never "6.842" or "6,842"). */
export function integerText(value: number): string {
  return fixed(value, 0);
}
