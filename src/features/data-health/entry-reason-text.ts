import type { TFunction } from 'i18next';
import type { EntryReason } from '../../data/parse-extras';

/**
 * Why an entry of national.json or rankings.json was rejected, in the page's language:
 * "“series.value (2020-07)” must be a whole number from 1 to 193 (found 0)". `asOf` is the
 * registry's period under review, as the page writes months.
 */
export function entryReasonText(reason: EntryReason, t: TFunction, asOf: string): string {
  return t(`data:extraRule.${reason.rule}`, {
    field: reason.field,
    found: reason.found,
    limit: reason.limit,
    allowed: reason.allowed?.map((value) => `“${value}”`).join(', '),
    asOf,
  });
}

/** Every reason of one entry, in the order the checks found them. */
export function entryReasonsText(
  reasons: readonly EntryReason[],
  t: TFunction,
  asOf: string,
): string {
  return reasons.map((reason) => entryReasonText(reason, t, asOf)).join('; ');
}
