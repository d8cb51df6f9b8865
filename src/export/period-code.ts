import { periodParts, type MonthIndex } from '../domain/period';

/**
 * A month as a CSV writes it: `2020-M08`, the SDMX reporting-period code for a month. Excel turns
 * every usual way of writing a month into a date when it opens a CSV ("2020-08" → 1-Aug-20,
 * "08/2020" and "Aug 2020" too, by the reader's locale), and `="2020-08"` is a formula, which the
 * export refuses to write. `2020-M08` is neither a date nor a number in any locale, so it stays
 * text; it still sorts in time order and reads as year and month.
 */
export function periodCode(period: MonthIndex): string {
  const { year, month } = periodParts(period);
  return `${year}-M${String(month).padStart(2, '0')}`;
}
