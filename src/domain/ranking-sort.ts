import { cachedBy } from '../lib/cached-by';
import { RATE_INDICATORS, type RateIndicator } from './indicators';
import { ruleCount } from './laggards';
import type { Status } from './progress';
import type { RankingRow } from './ranking-rows';
import type { LocalizedText } from './types';

/** The columns a ranking can be sorted by; their ids are also the URL's `sort` values. */
export const RANKING_SORT_KEYS = [
  'rank',
  'name',
  'change',
  ...RATE_INDICATORS,
  'target',
  'projection',
  'status',
  'flags',
] as const;
export type RankingSortKey = (typeof RANKING_SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface RankingSort {
  key: RankingSortKey;
  dir: SortDir;
}

/**
 * The direction a column sorts in when first chosen: best first for ranks and values (rank 1,
 * the highest rate, the biggest climb, the most flags), A→Z for names, and the worst status
 * first, since that is what a review meeting looks for.
 */
export const FIRST_DIR: Record<RankingSortKey, SortDir> = {
  rank: 'asc',
  name: 'asc',
  change: 'desc',
  level4Rate: 'desc',
  level34Rate: 'desc',
  onlineDossierRate: 'desc',
  target: 'desc',
  projection: 'desc',
  status: 'asc',
  flags: 'desc',
};

export const DEFAULT_SORT: RankingSort = { key: 'rank', dir: 'asc' };

export function isRankingSortKey(key: string): key is RankingSortKey {
  return (RANKING_SORT_KEYS as readonly string[]).includes(key);
}

/** The sort a URL asks for; an unknown column falls back to rank, a missing direction to the column's first. */
export function resolveSort(sort: string | null, dir: SortDir | null): RankingSort {
  if (sort === null || !isRankingSortKey(sort)) return DEFAULT_SORT;
  return { key: sort, dir: dir ?? FIRST_DIR[sort] };
}

/** Clicking a column's header: the same column flips, another starts in its first direction. */
export function nextSort(current: RankingSort, clicked: RankingSortKey): RankingSort {
  if (clicked === current.key) return { key: clicked, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key: clicked, dir: FIRST_DIR[clicked] };
}

/** Status from worst to best, so an ascending sort puts the units that need attention first. */
const STATUS_ORDER: Record<Status, number | null> = {
  'off-track': 1,
  'not-met': 1,
  'on-track': 2,
  met: 3,
  unknown: null,
};

/**
 * The number a row sorts by in a column (never the name), or null when it has none: unranked,
 * not reported, no target, not enough data. Values sort at the precision shown (tenths), so two
 * units shown alike sort alike and fall back to the name.
 */
export function rankingSortValue(
  row: RankingRow,
  key: Exclude<RankingSortKey, 'name'>,
): number | null {
  switch (key) {
    case 'rank':
      return row.rank;
    case 'change':
      return row.rankChange;
    case 'target':
      return row.target;
    case 'projection':
      return row.projectionTenths;
    case 'status':
      return row.status === null ? null : STATUS_ORDER[row.status];
    case 'flags':
      return ruleCount(row.flagRules);
    default:
      return row.rates[key satisfies RateIndicator].tenths;
  }
}

/** Ascending order of two numbers (the table reverses it for a descending sort). */
export function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Ascending order of names in a language's collation: in Vietnamese "Bạc Liêu" comes before
 * "Bắc Giang" and "Đà Nẵng" after every "D…", as in the official lists.
 */
export function nameComparator(locale: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale);
  return (a, b) => collator.compare(a, b);
}

/**
 * Each name's place in a language's collation, kept for the last list of names seen: changing the
 * sort or the indicator of 10,000 rows then compares integers, not strings through Intl.Collator.
 */
let nameOrder: { locale: string; index: Map<string, number> } | null = null;

function hasNameOrder(names: readonly string[], locale: string): boolean {
  return nameOrder?.locale === locale && names.every((n) => nameOrder!.index.has(n));
}

function keepNameOrder(sorted: readonly string[], locale: string): Map<string, number> {
  const index = new Map<string, number>();
  sorted.forEach((name, i) => index.set(name, i));
  nameOrder = { locale, index };
  return index;
}

function nameIndex(names: readonly string[], locale: string): Map<string, number> {
  if (hasNameOrder(names, locale)) return nameOrder!.index;
  return keepNameOrder([...new Set(names)].sort(nameComparator(locale)), locale);
}

/** A name order being made a slice at a time: the names, and the slices sorted so far. */
const namesInProgress = cachedBy(
  (_rows: readonly RankingRow[]) =>
    new Map<
      string,
      { names: string[]; next: number; runs: string[][]; compare: (a: string, b: string) => number }
    >(),
);

/**
 * Does the next step of making the name order sortRankingRows needs for these rows in a language:
 * sorts the next `count` names, or merges two sorted slices; true while steps are left. 10,000
 * names through Intl.Collator in one go are a task of 50–70 ms. The order is the one a single
 * sort makes: slices are merged in turn, the earlier slice first among names that collate alike.
 */
export function prepareNameOrder(
  rows: readonly RankingRow[],
  locale: keyof LocalizedText,
  count: number,
): boolean {
  const pending = namesInProgress(rows);
  let work = pending.get(locale);
  if (work === undefined) {
    const names = rows.map((row) => row.unit.name[locale]);
    if (hasNameOrder(names, locale)) return false;
    work = { names: [...new Set(names)], next: 0, runs: [], compare: nameComparator(locale) };
    pending.set(locale, work);
  }
  if (work.next < work.names.length) {
    const end = Math.min(work.names.length, work.next + count);
    work.runs.push(work.names.slice(work.next, end).sort(work.compare));
    work.next = end;
    return true;
  }
  if (work.runs.length > 1) {
    // The first two slices, merged, stay first: slices keep the order of the names they hold.
    const [a, b] = work.runs.splice(0, 2) as [string[], string[]];
    work.runs.unshift(mergeSorted(a, b, work.compare));
    if (work.runs.length > 1) return true;
  }
  pending.delete(locale);
  keepNameOrder(work.runs[0] ?? [], locale);
  return false;
}

function mergeSorted(
  a: readonly string[],
  b: readonly string[],
  compare: (x: string, y: string) => number,
): string[] {
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(compare(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!);
  return merged.concat(a.slice(i), b.slice(j));
}

/** Orders already made of a list of rows, by sort and language. */
const ordersOf = cachedBy(
  (_rows: readonly RankingRow[]) => new Map<string, readonly RankingRow[]>(),
);

/**
 * The rows in the order the table shows them: by the column's number (rows without one last,
 * whichever the direction), ties by name A→Z in the language; or by name. One ordering for the
 * screen and for the exports, so a CSV lists the units exactly as the table did.
 *
 * An order is kept for as long as its list of rows lives (rows never change once made): an
 * indicator chosen again, or one whose order was made while the page was idle, is not sorted again.
 */
export function sortRankingRows(
  rows: readonly RankingRow[],
  sort: RankingSort,
  locale: keyof LocalizedText,
): readonly RankingRow[] {
  const made = ordersOf(rows);
  const key = `${sort.key}|${sort.dir}|${locale}`;
  let order = made.get(key);
  if (order === undefined) {
    order = sortRows(rows, sort, locale);
    made.set(key, order);
  }
  return order;
}

function sortRows(
  rows: readonly RankingRow[],
  sort: RankingSort,
  locale: keyof LocalizedText,
): RankingRow[] {
  const sign = sort.dir === 'desc' ? -1 : 1;
  const rowNames = rows.map((row) => row.unit.name[locale]);
  const index = nameIndex(rowNames, locale);
  const key = sort.key;
  const decorated = rows.map((row, i) => ({
    row,
    value: key === 'name' ? null : rankingSortValue(row, key),
    name: index.get(rowNames[i]!)!,
  }));
  if (key === 'name') {
    decorated.sort((a, b) => sign * compareNumbers(a.name, b.name));
    return decorated.map((d) => d.row);
  }
  decorated.sort((a, b) => {
    if (a.value !== b.value) {
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return sign * compareNumbers(a.value, b.value);
    }
    return compareNumbers(a.name, b.name);
  });
  return decorated.map((d) => d.row);
}
