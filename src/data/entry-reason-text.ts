import type { TFunction } from 'i18next';
import type { EntryReason } from './entry-reasons';
import type { RegistryProblem } from './parse-registry';

/**
 * Why an entry of a shared document (national.json, rankings.json, the registry) was rejected, in the page's language:
 * "“series.value (2020-07)” must be a whole number from 1 to 193 (found 0)". `asOf` is the
 * registry's period under review, as the page writes months.
 */
export function entryReasonText(reason: EntryReason, t: TFunction, asOf: string): string {
  return t(`data:entryRule.${reason.rule}`, {
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

/** The detail of a registry problem: the reasons in words, or the value it names. */
export function registryProblemDetail(
  problem: RegistryProblem,
  t: TFunction,
  asOf: string,
): string {
  return problem.problem === 'invalid'
    ? entryReasonsText(problem.reasons, t, asOf)
    : problem.detail;
}
