import * as z from 'zod/mini';
import { parsePeriod, type MonthIndex } from '../domain/period';
import type { LocalizedText, UnitKind } from '../domain/types';
import { describeValue } from './describe-value';
import { issueText } from './parse-registry';
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
  detail: string;
}

export type ExtrasParseResult<T> =
  { ok: true; items: T[]; problems: EntryProblem[] } | { ok: false; field: string; found: string };

function localized(
  name: { vi?: string | undefined; en?: string | undefined },
  id: string,
): LocalizedText {
  return { vi: name.vi || name.en || id, en: name.en || name.vi || id };
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
  convert: (item: z.infer<S>) => T | string,
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
  list.forEach((entry, index) => {
    const parsed = z.safeParse(schema, entry);
    const id =
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as { id?: unknown }).id === 'string'
        ? (entry as { id: string }).id
        : null;
    if (!parsed.success) {
      problems.push({ index, id, detail: issueText(entry, parsed.error) });
      return;
    }
    const converted = convert(parsed.data);
    if (typeof converted === 'string') problems.push({ index, id, detail: converted });
    else items.push(converted);
  });
  return { ok: true, items, problems };
}

export function parseNational(doc: unknown): ExtrasParseResult<NationalFigure> {
  return parseList(doc, NATIONAL_FORMAT, 'figures', nationalFigureSchema, (f) => {
    const series: NationalFigure['series'] = [];
    for (const point of f.series) {
      const period = parsePeriod(point.period);
      if (period === null)
        return `series.period: not a month (found ${describeValue(point.period)})`;
      series.push({ period, value: point.value });
    }
    let target: NationalFigure['target'] = null;
    if (f.target) {
      const deadline = parsePeriod(f.target.deadline);
      if (deadline === null)
        return `target.deadline: not a month (found ${describeValue(f.target.deadline)})`;
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

export function parseRankings(doc: unknown): ExtrasParseResult<PublishedRanking> {
  return parseList(doc, RANKINGS_FORMAT, 'rankings', publishedRankingSchema, (r) => {
    const period = parsePeriod(r.period);
    if (period === null) return `period: not a month (found ${describeValue(r.period)})`;
    return { id: r.id, name: localized(r.name, r.id), kind: r.kind, period, order: r.order };
  });
}
