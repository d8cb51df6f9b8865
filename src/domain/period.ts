/**
 * Periods are calendar months. Internally a month is an integer index (year × 12 + month − 1)
 * so that "three months earlier" and "months left" are plain subtraction.
 */
export type MonthIndex = number;

const PERIOD_PATTERN = /^(\d{4})-(\d{2})$/;

/** Parses "YYYY-MM" into a month index; null when the text is not a real month. */
export function parsePeriod(text: unknown): MonthIndex | null {
  if (typeof text !== 'string') return null;
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return year * 12 + (month - 1);
}

export function formatPeriod(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Year and 1-based month, for display through the locale. */
export function periodParts(index: MonthIndex): { year: number; month: number } {
  const year = Math.floor(index / 12);
  return { year, month: index - year * 12 + 1 };
}
