import type { TFunction } from 'i18next';
import { failureStatus, type FeedStatus } from '../../src/data/feed-status';
import { feedParseFailure } from '../../src/data/load-documents';
import { parseFeed, type Rejection } from '../../src/data/parse-feed';
import { formatPeriod, type MonthIndex } from '../../src/domain/period';
import { THRESHOLDS } from '../../src/domain/thresholds';
import { feedStatusText } from '../../src/data/feed-status-text';
import { feedWarnings, type DocumentWarning } from './document-warnings';
import { jsonSyntaxError, type JsonSyntaxError } from './json-syntax';
import { NOT_JSON_TEXT_CHARS, type DocumentOutcome } from './read-document';

/** One feed checked exactly as the dashboard checks it. */
export interface FeedCheck {
  status: FeedStatus;
  kept: number;
  rejections: Rejection[];
  newest: MonthIndex | null;
  /** Every valid observation's month, oldest first (for the period under review without asOf). */
  observed: MonthIndex[];
  /** Months between the newest valid period and the period under review, when stale. */
  staleBy: number | null;
  empty: boolean;
  updatedAtInvalid: string | null;
  /**
   * A feed rejected whole for too many invalid observations lists none; these are the reasons of
   * the first ones (the first SAMPLE_OF observations checked on their own), so it can be fixed.
   */
  sample: Rejection[];
  /** What the contract lets pass but the publisher probably did not mean (misspelled fields, …). */
  warnings: DocumentWarning[];
  /** Where and why a document that is not JSON stops being JSON. */
  notJson: JsonSyntaxError | null;
}

const SAMPLE_OF = 1000;
const SAMPLE_SHOWN = 20;

function firstRejections(body: unknown, unitId: string, asOf: MonthIndex | null): Rejection[] {
  const observations = (body as { observations?: unknown }).observations;
  if (!Array.isArray(observations)) return [];
  const head = parseFeed(
    { ...(body as object), observations: observations.slice(0, SAMPLE_OF) },
    unitId,
    asOf,
  );
  return head.ok ? head.rejections.slice(0, SAMPLE_SHOWN) : [];
}

export function checkFeed(
  outcome: DocumentOutcome,
  unitId: string,
  asOf: MonthIndex | null,
): FeedCheck {
  const none = {
    kept: 0,
    rejections: [],
    observed: [],
    newest: null,
    staleBy: null,
    empty: false,
    sample: [],
    warnings: [],
    notJson: null,
  };
  if (outcome.kind === 'failure') {
    return { ...none, status: failureStatus(outcome.failure), updatedAtInvalid: null };
  }
  if (outcome.kind === 'text') {
    const cut = outcome.text.length >= NOT_JSON_TEXT_CHARS;
    const notJson = jsonSyntaxError(outcome.text, cut);
    return { ...none, status: { kind: 'not-json' }, updatedAtInvalid: null, notJson };
  }
  const parsed = parseFeed(outcome.body, unitId, asOf);
  if (!parsed.ok) {
    const status = failureStatus(feedParseFailure(parsed));
    const sample =
      status.kind === 'wrong-format' || status.kind === 'wrong-unit'
        ? []
        : firstRejections(outcome.body, unitId, asOf);
    // Rejected whole, no observation is used: only a misspelled name is worth a word.
    const warnings = feedWarnings(outcome.body, new Set()).filter((w) => w.kind !== 'no-figures');
    return { ...none, status, updatedAtInvalid: null, sample, warnings };
  }
  const newest = parsed.observations.at(-1)?.period ?? null;
  const behind = asOf !== null && newest !== null ? asOf - newest : 0;
  const rejected = parsed.rejections.length;
  return {
    status: rejected > 0 ? { kind: 'partly-invalid', rejected } : { kind: 'ok' },
    kept: parsed.observations.length,
    rejections: parsed.rejections,
    observed: parsed.observations.map((o) => o.period),
    newest,
    staleBy: behind >= THRESHOLDS.staleAfterMonths ? behind : null,
    empty: newest === null,
    updatedAtInvalid: parsed.updatedAtInvalid,
    sample: [],
    warnings: feedWarnings(outcome.body, new Set(parsed.rejections.map((r) => r.index))),
    notJson: null,
  };
}

export function isRejectedWhole(check: FeedCheck): boolean {
  return check.status.kind !== 'ok' && check.status.kind !== 'partly-invalid';
}

export function statusText(check: FeedCheck, t: TFunction): string {
  return feedStatusText(check.status, t);
}

/**
 * A rejected observation in the dashboard's own words (data:feeds.rejection / issue, common:rule),
 * one line per broken rule, each with its rule code.
 */
export function rejectionLines(
  rejection: Rejection,
  asOf: MonthIndex | null,
  t: TFunction,
): string[] {
  const position = rejection.index + 1;
  const head =
    rejection.period === null
      ? t('data:feeds.rejectionNoPeriod', { position })
      : t('data:feeds.rejection', { period: rejection.period, position });
  const asOfText = asOf === null ? '' : formatPeriod(asOf);
  return [
    `${head} (observations[${rejection.index}])`,
    ...rejection.issues.map((issue) => {
      const rule = t(`common:rule.${issue.rule}`, { asOf: asOfText });
      const text = issue.field
        ? t('data:feeds.issue', {
            label: t(`common:field.${issue.field}`, { defaultValue: issue.field }),
            field: issue.field,
            rule,
            found: issue.found,
          })
        : t('data:feeds.issueNoField', { rule, found: issue.found });
      return t('tools:feed.issueLine', { rule: issue.rule, text });
    }),
  ];
}

/**
 * A feed checked without asOf, held to the period under review the registry's feeds make
 * (contract §2 ★): its observations later than that month are not used anywhere, its newest
 * month and staleness are counted up to it, as the dashboard does.
 */
export function reviewedAt(check: FeedCheck, period: MonthIndex): FeedCheck & { later: number } {
  const used = check.observed.filter((p) => p <= period);
  const newest = used.at(-1) ?? null;
  const behind = newest === null ? 0 : period - newest;
  return {
    ...check,
    later: check.observed.length - used.length,
    kept: check.kept - (check.observed.length - used.length),
    newest,
    staleBy: behind >= THRESHOLDS.staleAfterMonths ? behind : null,
    empty: !isRejectedWhole(check) && newest === null,
  };
}
