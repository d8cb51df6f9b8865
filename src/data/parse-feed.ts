import * as z from 'zod/mini';
import type { MonthIndex } from '../domain/period';
import type { LgspStage, Observation } from '../domain/types';
import { LIMITS, parseContractPeriod, shortText } from './contract-limits';
import { describeValue } from './describe-value';
import { FEED_FORMAT } from './feed-format';
import {
  isPlainValidObservation,
  observationSchema,
  type ObservationDocument,
  type ObservationRule,
} from './schemas/observation-schema';

export interface ObservationIssue {
  field: string;
  rule: ObservationRule;
  /** What the feed had there, shortened. */
  found: string;
}

/**
 * `updatedAt` as the contract writes it: a date-time with its time zone. Without one (or as
 * `08/25/2020`) each reader's browser would place it in its own zone, so it is shown as invalid.
 */
const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** A rejected observation: where it was in the feed and every rule it broke. */
export interface Rejection {
  index: number;
  period: string | null;
  issues: ObservationIssue[];
}

export type FeedParseResult =
  | {
      ok: true;
      updatedAt: string | null;
      /** updatedAt was present but not a date-time; shown, never silently dropped. */
      updatedAtInvalid: string | null;
      observations: Observation[];
      rejections: Rejection[];
    }
  | { ok: false; failure: 'wrong-format'; field: string; found: string }
  /** `notText`: the feed's unit is not text at all (42, not "42"), whatever the id expected. */
  | { ok: false; failure: 'wrong-unit'; found: string; notText?: true }
  /** More than LIMITS.maxRejections observations rejected: the feed is rejected whole. */
  | { ok: false; failure: 'too-many-invalid'; rejected: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldIssues(raw: Record<string, unknown>, error: z.core.$ZodError): ObservationIssue[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    return { field, rule: issue.message as ObservationRule, found: describeValue(raw[field]) };
  });
}

function toObservation(o: ObservationDocument, period: MonthIndex): Observation {
  return {
    period,
    servicesTotal: o.servicesTotal ?? null,
    servicesLevel3: o.servicesLevel3 ?? null,
    servicesLevel4: o.servicesLevel4 ?? null,
    dossiersTotal: o.dossiersTotal ?? null,
    dossiersOnline: o.dossiersOnline ?? null,
    lgsp: (o.lgsp ?? null) as LgspStage | null,
    soc: o.soc ?? null,
    vdxp: o.vdxp ?? null,
    portalConnected: o.portalConnected ?? null,
  };
}

/** Cross-field rules of contract §3, on fields that passed their own checks. */
function crossFieldIssues(o: Observation): ObservationIssue[] {
  const issues: ObservationIssue[] = [];
  const levels = (o.servicesLevel3 ?? 0) + (o.servicesLevel4 ?? 0);
  if (o.servicesTotal !== null && levels > o.servicesTotal) {
    const field = o.servicesLevel4 !== null ? 'servicesLevel4' : 'servicesLevel3';
    issues.push({
      field,
      rule: 'levels-exceed-total',
      found: `${o.servicesLevel3 ?? '–'} + ${o.servicesLevel4 ?? '–'} > ${o.servicesTotal}`,
    });
  }
  if (o.dossiersOnline !== null && o.dossiersTotal !== null && o.dossiersOnline > o.dossiersTotal) {
    issues.push({
      field: 'dossiersOnline',
      rule: 'online-exceeds-total',
      found: `${o.dossiersOnline} > ${o.dossiersTotal}`,
    });
  }
  return issues;
}

/**
 * Whether an observation would be rejected, without naming why: how a feed already past the
 * rejection limit is counted ("too many invalid observations: 120,000"). Naming the rules broken
 * is most of the cost of a rejection, and a hostile feed can hold millions.
 */
function quicklyRejected(
  raw: unknown,
  asOf: MonthIndex | null,
  periodCounts: ReadonlyMap<string, number>,
): boolean {
  if (!isRecord(raw)) return true;
  const period = parseContractPeriod(raw.period);
  if (period === null || (asOf !== null && period > asOf)) return true;
  if ((periodCounts.get(raw.period as string) ?? 0) > 1) return true;
  // Exactly what observationSchema accepts (tests/unit/property/observation-fast-path).
  if (!isPlainValidObservation(raw)) return true;
  return crossFieldIssues(toObservation(raw as ObservationDocument, period)).length > 0;
}

/**
 * Contract §3. A document that is not this unit's feed is rejected whole; otherwise every
 * observation is checked on its own and a bad one is rejected with its reasons, the rest kept.
 */
export function parseFeed(
  doc: unknown,
  expectedUnit: string,
  asOf: MonthIndex | null,
): FeedParseResult {
  if (!isRecord(doc))
    return { ok: false, failure: 'wrong-format', field: 'document', found: describeValue(doc) };
  if (doc.format !== FEED_FORMAT) {
    return {
      ok: false,
      failure: 'wrong-format',
      field: 'format',
      found: describeValue(doc.format),
    };
  }
  if (doc.unit !== expectedUnit) {
    const found = describeValue(doc.unit);
    if (typeof doc.unit === 'string') return { ok: false, failure: 'wrong-unit', found };
    return { ok: false, failure: 'wrong-unit', found, notText: true };
  }
  if (!Array.isArray(doc.observations)) {
    return {
      ok: false,
      failure: 'wrong-format',
      field: 'observations',
      found: describeValue(doc.observations),
    };
  }

  const periodCounts = new Map<string, number>();
  for (const raw of doc.observations) {
    if (isRecord(raw) && typeof raw.period === 'string') {
      periodCounts.set(raw.period, (periodCounts.get(raw.period) ?? 0) + 1);
    }
  }

  const observations: Observation[] = [];
  const rejections: Rejection[] = [];
  // Past the limit the feed is rejected whole: the rest are only counted, cheaply.
  let rejectedPastLimit = 0;
  doc.observations.forEach((raw: unknown, index: number) => {
    if (rejections.length > LIMITS.maxRejections) {
      if (quicklyRejected(raw, asOf, periodCounts)) rejectedPastLimit++;
      return;
    }
    if (!isRecord(raw)) {
      rejections.push({
        index,
        period: null,
        issues: [{ field: '', rule: 'object', found: describeValue(raw) }],
      });
      return;
    }
    const rawPeriod = typeof raw.period === 'string' ? shortText(raw.period, 40) : null;
    const issues: ObservationIssue[] = [];
    const period = parseContractPeriod(raw.period);
    if (period === null) {
      issues.push({ field: 'period', rule: 'period', found: describeValue(raw.period) });
    } else if (asOf !== null && period > asOf) {
      issues.push({ field: 'period', rule: 'after-as-of', found: describeValue(raw.period) });
    }
    // A real month twice: "2020-07x" twice is two bad periods, not also a duplicate.
    if (period !== null && (periodCounts.get(raw.period as string) ?? 0) > 1) {
      issues.push({ field: 'period', rule: 'duplicate-period', found: describeValue(raw.period) });
    }
    const parsed = isPlainValidObservation(raw)
      ? { success: true as const, data: raw as ObservationDocument }
      : z.safeParse(observationSchema, raw);
    const observation =
      parsed.success && period !== null ? toObservation(parsed.data, period) : null;
    if (!parsed.success) {
      issues.push(...fieldIssues(raw, parsed.error).filter((i) => i.field !== 'period'));
    } else if (observation !== null) {
      issues.push(...crossFieldIssues(observation));
    }
    if (issues.length > 0 || observation === null) {
      rejections.push({ index, period: rawPeriod, issues });
      return;
    }
    observations.push(observation);
  });

  // Contract 1.1 §3: a flood of rejections is a broken or hostile feed, not one to list row by row.
  if (rejections.length > LIMITS.maxRejections) {
    return {
      ok: false,
      failure: 'too-many-invalid',
      rejected: rejections.length + rejectedPastLimit,
    };
  }

  const updated = doc.updatedAt;
  const updatedValid =
    typeof updated === 'string' && DATE_TIME.test(updated) && !Number.isNaN(Date.parse(updated));
  return {
    ok: true,
    updatedAt: updatedValid ? updated : null,
    updatedAtInvalid:
      updated === undefined || updated === null || updatedValid ? null : describeValue(updated),
    observations: observations.sort((a, b) => a.period - b.period),
    rejections,
  };
}
