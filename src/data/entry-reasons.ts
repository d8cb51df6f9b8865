import type * as z from 'zod/mini';
import { describeValue } from './describe-value';

/**
 * Why an entry of a shared document is rejected (national.json, rankings.json, the registry's
 * lists; contract §6 ★), by code: Data health words each in the page's language (data.json,
 * `entryRule`), and the contract's docs list them.
 */
export const ENTRY_RULES = [
  'missing',
  'invalid',
  'not-one-of',
  'duplicate-id',
  'period',
  'after-as-of',
  'duplicate-period',
  'implausible',
  'whole-from-1',
  'whole-from-0',
  'ratio',
  'not-unit-id',
  'listed-twice',
] as const;
export type EntryRule = (typeof ENTRY_RULES)[number];

function isEntryRule(value: string): value is EntryRule {
  return (ENTRY_RULES as readonly string[]).includes(value);
}

export interface EntryReason {
  rule: EntryRule;
  /** Where, as the file names it: "series.value (2020-07)", "target.deadline". */
  field: string;
  /** The value found, as describeValue writes it (MISSING where there is none). */
  found: string;
  /** whole-from-1: the largest value allowed (a rank's `of`). */
  limit?: number;
  /** not-one-of: the values allowed. */
  allowed?: readonly string[];
}

/** A reason for each of zod's issues with an entry: the field, what was wrong, the value found. */
export function schemaReasons(entry: unknown, error: z.core.$ZodError): EntryReason[] {
  return error.issues.map((issue) => {
    const value = valueAt(entry, issue.path);
    const field = issue.path.map(String).join('.') || '(entry)';
    const found = describeValue(value);
    if (value === undefined) return { rule: 'missing', field, found };
    // A schema may name the rule itself (its check's error is a rule code: `ratio`).
    if (isEntryRule(issue.message)) return { rule: issue.message, field, found };
    if (issue.code === 'invalid_value')
      return { rule: 'not-one-of', field, found, allowed: issue.values.map(String) };
    return { rule: 'invalid', field, found };
  });
}

export const reason = (
  rule: EntryRule,
  field: string,
  value: unknown,
  limit?: number,
): EntryReason =>
  limit === undefined
    ? { rule, field, found: describeValue(value) }
    : { rule, field, found: describeValue(value), limit };

export function isReason(value: unknown): value is EntryReason {
  return typeof value === 'object' && value !== null && 'rule' in value;
}

/** The value at a zod issue's path in the entry (undefined where the entry has none). */
function valueAt(entry: unknown, path: readonly PropertyKey[]): unknown {
  let value = entry;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
