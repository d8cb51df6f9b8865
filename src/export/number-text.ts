/**
 * Numbers as spreadsheets read them: no thousands separator, no unit, at the precision the screen
 * shows, with the decimal mark of the chosen CSV ('.' in the standard file, ',' in the file for a
 * Vietnamese Excel). Rounding is half away from zero at the last digit shown, with the same nudge
 * the engine uses (src/domain/precision.ts) so that a ratio stored as 0.16499999… writes as 16.5.
 */
export type DecimalMark = '.' | ',';

function fixed(value: number, decimals: number, mark: DecimalMark): string {
  const scale = 10 ** decimals;
  const units = Math.floor(Math.abs(value) * scale + 0.5 + 1e-9);
  if (units === 0) return decimals === 0 ? '0' : `0${mark}${'0'.repeat(decimals)}`;
  const sign = value < 0 ? '-' : '';
  const whole = Math.floor(units / scale);
  const rest = String(units - whole * scale).padStart(decimals, '0');
  return decimals === 0 ? `${sign}${whole}` : `${sign}${whole}${mark}${rest}`;
}

/** A fraction as a percentage with 1 decimal, as on screen: 0.165 → "16.5" / "16,5". */
export function percentText(fraction: number, mark: DecimalMark = '.'): string {
  return fixed(fraction * 100, 1, mark);
}

/** A difference of fractions in percentage points with 1 decimal: -0.004 → "-0.4". */
export function pointsText(fraction: number, mark: DecimalMark = '.'): string {
  return fixed(fraction * 100, 1, mark);
}

/** An integer as plain digits: 6842 → "6842" (never "6.842" or "6,842"). */
export function integerText(value: number): string {
  return fixed(value, 0, '.');
}
