import { parsePeriod, type MonthIndex } from '../domain/period';

/**
 * Contract 1.1 limits that every document obeys (§2, §3, §7), in one place: what a hostile or
 * careless publisher cannot make the dashboard show or chew on.
 */
export const LIMITS = {
  /** Largest count of services or dossiers. */
  maxCount: 1_000_000_000,
  /** Rejected observations above which a feed is rejected whole. */
  maxRejections: 1_000,
  /** Longest unit or region name, in characters. */
  maxNameChars: 200,
  /** First and last month any document may name: 2000-01 and 2099-12. */
  firstPeriod: 2000 * 12,
  lastPeriod: 2099 * 12 + 11,
  /** Longest address or detail printed on screen; longer ones end with an ellipsis. */
  maxShownChars: 120,
} as const;

/** 1–64 letters, digits, `-` or `_`: never `.` or `..`, never a slash. */
export const UNIT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A "YYYY-MM" month from 2000-01 to 2099-12 (a year 0001 or 1900 is not a reporting month). */
export function parseContractPeriod(text: unknown): MonthIndex | null {
  const period = parsePeriod(text);
  if (period === null || period < LIMITS.firstPeriod || period > LIMITS.lastPeriod) return null;
  return period;
}

/**
 * C0 and C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that could reorder the text around a name or hide part of it.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function hasControls(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}

export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

/** A text shortened for display: at most `max` characters, an ellipsis marking the cut. */
export function shortText(text: string, max: number = LIMITS.maxShownChars): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
