import * as z from 'zod/mini';
import type { MonthIndex } from '../domain/period';
import {
  LIMITS,
  UNIT_ID_PATTERN,
  parseContractPeriod,
  shortText,
  stripControls,
} from './contract-limits';
import type { LocalizedText, UnitKind } from '../domain/types';
import { describeValue } from './describe-value';
import { isReason, reason, schemaReasons, type EntryReason } from './entry-reasons';
import {
  NATIONAL_FORMAT,
  RANKINGS_FORMAT,
  nationalFigureSchema,
  publishedRankingSchema,
} from './schemas/extras-schema';

export interface NationalFigure {
  id: string;
  name: LocalizedText;
  unit: 'rank' | 'count' | 'ratio' | 'index';
  better: 'higher' | 'lower';
  of: number | null;
  target: { value: number; deadline: MonthIndex } | null;
  series: { period: MonthIndex; value: number | null }[];
}

export interface PublishedRanking {
  id: string;
  name: LocalizedText;
  kind: UnitKind;
  period: MonthIndex;
  order: string[];
}

export interface EntryProblem {
  index: number;
  id: string | null;
  reasons: EntryReason[];
}

export type ExtrasParseResult<T> =
  { ok: true; items: T[]; problems: EntryProblem[] } | { ok: false; field: string; found: string };

function localized(
  name: { vi?: string | undefined; en?: string | undefined },
  id: string,
): LocalizedText {
  const clean = (text: string | undefined) =>
    text === undefined ? '' : shortText(stripControls(text).trim(), LIMITS.maxNameChars);
  return { vi: clean(name.vi) || clean(name.en) || id, en: clean(name.en) || clean(name.vi) || id };
}

/**
 * The contract names the format of the extras but not the key of their list: we read `figures`
 * (national) or `rankings`, and otherwise the document's only array.
 */
function listOf(doc: Record<string, unknown>, key: string): unknown[] | null {
  if (Array.isArray(doc[key])) return doc[key] as unknown[];
  const arrays = Object.values(doc).filter(Array.isArray);
  return arrays.length === 1 ? (arrays[0] as unknown[]) : null;
}

function parseList<S extends z.ZodMiniType, T>(
  doc: unknown,
  format: string,
  key: string,
  schema: S,
  convert: (item: z.infer<S>) => T | EntryReason,
): ExtrasParseResult<T> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { ok: false, field: 'document', found: describeValue(doc) };
  }
  const record = doc as Record<string, unknown>;
  if (record.format !== format)
    return { ok: false, field: 'format', found: describeValue(record.format) };
  const list = listOf(record, key);
  if (list === null) return { ok: false, field: key, found: describeValue(record[key]) };
  const items: T[] = [];
  const problems: EntryProblem[] = [];
  const ids = new Set<string>();
  list.forEach((entry, index) => {
    const parsed = z.safeParse(schema, entry);
    const rawId =
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as { id?: unknown }).id === 'string'
        ? (entry as { id: string }).id
        : null;
    const id = rawId === null ? null : shortText(rawId, 64);
    if (!parsed.success) {
      problems.push({ index, id, reasons: schemaReasons(entry, parsed.error) });
      return;
    }
    if (rawId !== null && ids.has(rawId)) {
      problems.push({ index, id, reasons: [reason('duplicate-id', 'id', rawId)] });
      return;
    }
    const converted = convert(parsed.data);
    if (isReason(converted)) problems.push({ index, id, reasons: [converted] });
    else {
      if (rawId !== null) ids.add(rawId);
      items.push(converted);
    }
  });
  return { ok: true, items, problems };
}

/** A month of contract 1.1 (2000-01 to 2099-12), not after `asOf`; else why not. */
function periodOf(
  field: string,
  raw: string,
  asOf: MonthIndex | null,
): { period: MonthIndex } | EntryReason {
  const period = parseContractPeriod(raw);
  if (period === null) return reason('period', field, raw);
  if (asOf !== null && period > asOf) return reason('after-as-of', field, raw);
  return { period };
}

/** Finite and no larger than any count the dashboard accepts (no "Up 1e+308 places"). */
function plausible(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= LIMITS.maxCount;
}

function valueProblem(
  f: { unit: NationalFigure['unit']; of?: number | null | undefined },
  field: string,
  value: number,
): EntryReason | null {
  if (!plausible(value)) return reason('implausible', field, value);
  if (f.unit === 'rank') {
    const of = f.of ?? LIMITS.maxCount;
    if (!Number.isInteger(value) || value < 1 || value > of) {
      return reason('whole-from-1', field, value, of);
    }
  }
  if (f.unit === 'count' && (!Number.isInteger(value) || value < 0)) {
    return reason('whole-from-0', field, value);
  }
  if (f.unit === 'ratio' && (value < 0 || value > 1)) return reason('ratio', field, value);
  return null;
}

/**
 * Contract 1.1 §7: finite, plausible numbers; real months not after `asOf`, unique in a series;
 * unique ids; a rank between 1 and its `of`. A figure breaking a rule is rejected with its reason.
 */
export function parseNational(
  doc: unknown,
  asOf: MonthIndex | null = null,
): ExtrasParseResult<NationalFigure> {
  return parseList(doc, NATIONAL_FORMAT, 'figures', nationalFigureSchema, (f) => {
    if (f.of !== undefined && f.of !== null) {
      if (!Number.isInteger(f.of) || f.of < 1 || f.of > LIMITS.maxCount) {
        return reason('whole-from-1', 'of', f.of, LIMITS.maxCount);
      }
    }
    const series: NationalFigure['series'] = [];
    const seen = new Set<MonthIndex>();
    for (const point of f.series) {
      const checked = periodOf('series.period', point.period, asOf);
      if (isReason(checked)) return checked;
      if (seen.has(checked.period))
        return reason('duplicate-period', 'series.period', point.period);
      seen.add(checked.period);
      if (point.value !== null) {
        const problem = valueProblem(f, `series.value (${point.period})`, point.value);
        if (problem !== null) return problem;
      }
      series.push({ period: checked.period, value: point.value });
    }
    let target: NationalFigure['target'] = null;
    if (f.target) {
      const deadline = parseContractPeriod(f.target.deadline);
      if (deadline === null) return reason('period', 'target.deadline', f.target.deadline);
      // In the figure's unit: a rank target is a rank between 1 and its `of`, and so on.
      const problem = valueProblem(f, 'target.value', f.target.value);
      if (problem !== null) return problem;
      target = { value: f.target.value, deadline };
    }
    series.sort((a, b) => a.period - b.period);
    return {
      id: f.id,
      name: localized(f.name, f.id),
      unit: f.unit,
      better: f.better,
      of: f.of ?? null,
      target,
      series,
    };
  });
}

/** Contract 1.1 §7: a real month not after `asOf`, unit ids of the contract, each at most once. */
export function parseRankings(
  doc: unknown,
  asOf: MonthIndex | null = null,
): ExtrasParseResult<PublishedRanking> {
  return parseList(doc, RANKINGS_FORMAT, 'rankings', publishedRankingSchema, (r) => {
    const checked = periodOf('period', r.period, asOf);
    if (isReason(checked)) return checked;
    const seen = new Set<string>();
    for (const id of r.order) {
      if (!UNIT_ID_PATTERN.test(id)) return reason('not-unit-id', 'order', id);
      if (seen.has(id)) return reason('listed-twice', 'order', id);
      seen.add(id);
    }
    return {
      id: r.id,
      name: localized(r.name, r.id),
      kind: r.kind,
      period: checked.period,
      order: r.order,
    };
  });
}
