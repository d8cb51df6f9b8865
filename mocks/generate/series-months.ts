import { formatPeriod, parsePeriod, type MonthIndex } from '../../src/domain/period';

function month(text: string): MonthIndex {
  const index = parsePeriod(text);
  if (index === null) throw new Error(`not a month: ${text}`);
  return index;
}

/** The generated series: monthly from Jan 2019 to the registry's asOf, Aug 2020. */
export const FIRST_MONTH = month('2019-01');
export const AS_OF = '2020-08';
export const LAST_MONTH = month(AS_OF);
export const MONTH_COUNT = LAST_MONTH - FIRST_MONTH + 1;

/** Month offset t (0 = 2019-01) of a "YYYY-MM" period. */
export function offsetOf(text: string): number {
  return month(text) - FIRST_MONTH;
}

export function periodAt(offset: number): string {
  return formatPeriod(FIRST_MONTH + offset);
}

/** Offsets the anchors are pinned to. */
export const T = {
  jan2019: offsetOf('2019-01'),
  aug2019: offsetOf('2019-08'),
  dec2019: offsetOf('2019-12'),
  feb2020: offsetOf('2020-02'),
  aug2020: offsetOf('2020-08'),
} as const;

/**
 * An "updatedAt" late in the month after `newest`, in Vietnam time (the month's data can only
 * be published once it has ended).
 */
export function updatedAtAfter(newestOffset: number, day: number, hour: number, minute: number) {
  const next = formatPeriod(FIRST_MONTH + newestOffset + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${next}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+07:00`;
}
