import { hasFlagRule } from '../domain/laggards';
import type { UnitModel } from '../domain/model-types';
import type { MonthIndex } from '../domain/period';
import type { UnitKind } from '../domain/types';
import { FEED_FILTERS, type FeedFilter } from './feed-filters';
import { isFailed } from './feed-status';
import type { FeedEntry } from './to-dataset';

export { FEED_FILTERS, type FeedFilter };

/** The engine's stale-feed flag for a feed that did arrive: too old, or no valid period at all. */
export interface StaleNote {
  cause: 'old' | 'empty';
  newestPeriod: MonthIndex | null;
  monthsBehind: number | null;
}

export function staleNoteOf(unit: UnitModel | undefined): StaleNote | null {
  if (!unit || !hasFlagRule(unit.flagRules, 'stale-feed')) return null;
  const flag = unit.flags.find((f) => f.rule === 'stale-feed');
  if (!flag || flag.rule !== 'stale-feed' || flag.cause === 'failed') return null;
  return { cause: flag.cause, newestPeriod: flag.newestPeriod, monthsBehind: flag.monthsBehind };
}

export interface FeedHealthRow {
  entry: FeedEntry;
  stale: StaleNote | null;
  /** Every filter this row belongs to. */
  groups: FeedFilter[];
}

function groupsOf(entry: FeedEntry, stale: StaleNote | null): FeedFilter[] {
  const kind = entry.status.kind;
  const groups: FeedFilter[] = [];
  if (isFailed(entry.status)) groups.push('failed');
  if (kind === 'partly-invalid') groups.push('partly-invalid');
  if (stale) groups.push('stale');
  if (kind === 'loading' || kind === 'slow') groups.push('loading');
  if (kind === 'ok' && !stale) groups.push('ok');
  if (groups.some((g) => g !== 'ok' && g !== 'loading') || kind === 'slow') {
    groups.unshift('problems');
  }
  return groups;
}

/** Failed first, then partly invalid, stale, slow, loading, ok; registry order within each. */
function severity(row: FeedHealthRow): number {
  const kind = row.entry.status.kind;
  if (isFailed(row.entry.status)) return 0;
  if (kind === 'partly-invalid') return 1;
  if (row.stale) return 2;
  if (kind === 'slow') return 3;
  if (kind === 'loading') return 4;
  return 5;
}

/** One row per unit, the feeds that need attention first. Pure. */
export function feedHealthRows(
  feeds: readonly FeedEntry[],
  staleOf: (unitId: string) => StaleNote | null,
): FeedHealthRow[] {
  const rows = feeds.map((entry) => {
    const stale = staleOf(entry.unit.id);
    return { entry, stale, groups: groupsOf(entry, stale) };
  });
  return rows
    .map((row, index) => ({ row, index, rank: severity(row) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((x) => x.row);
}

export function countByFilter(rows: readonly FeedHealthRow[]): Record<FeedFilter, number> {
  const counts = Object.fromEntries(FEED_FILTERS.map((f) => [f, 0])) as Record<FeedFilter, number>;
  for (const row of rows) for (const group of row.groups) counts[group] += 1;
  return counts;
}

export function filterRows(
  rows: readonly FeedHealthRow[],
  filter: FeedFilter | null,
  kind: UnitKind | null,
): FeedHealthRow[] {
  return rows.filter(
    (row) =>
      (filter === null || row.groups.includes(filter)) &&
      (kind === null || row.entry.unit.kind === kind),
  );
}

/** What the banner on every screen says about the feeds. */
export interface FeedSummary {
  total: number;
  /** Feeds that arrived or failed; the rest are still loading. */
  settled: number;
  failed: number;
  /** Failed feeds whose last good copy is still shown. */
  failedWithCopy: number;
  /** Units whose figures are in the dashboard, fresh or from a saved copy. */
  covered: number;
  /** Feeds shown from a saved copy. */
  copies: number;
  /** When the oldest and the newest of those copies arrived (ms since epoch). */
  copiesFrom: number | null;
  copiesTo: number | null;
  /**
   * When the oldest and the newest of the figures shown arrived, fresh or saved: what the page
   * shows once the network is gone, whether it was reloaded offline or lost the network while open.
   */
  shownFrom: number | null;
  shownTo: number | null;
}

export function feedSummary(feeds: readonly FeedEntry[]): FeedSummary {
  let settled = 0;
  let failed = 0;
  let failedWithCopy = 0;
  let copies = 0;
  let copiesFrom: number | null = null;
  let copiesTo: number | null = null;
  let shownFrom: number | null = null;
  let shownTo: number | null = null;
  for (const f of feeds) {
    const kind = f.status.kind;
    if (kind !== 'loading' && kind !== 'slow') settled += 1;
    const failure = isFailed(f.status);
    if (failure) failed += 1;
    if (failure && f.result) failedWithCopy += 1;
    if (!f.result) continue;
    const at = f.result.receivedAt;
    shownFrom = Math.min(shownFrom ?? at, at);
    shownTo = Math.max(shownTo ?? at, at);
    if (f.savedCopy) {
      copies += 1;
      copiesFrom = Math.min(copiesFrom ?? at, at);
      copiesTo = Math.max(copiesTo ?? at, at);
    }
  }
  return {
    total: feeds.length,
    settled,
    failed,
    failedWithCopy,
    covered: feeds.length - (failed - failedWithCopy),
    copies,
    copiesFrom,
    copiesTo,
    shownFrom,
    shownTo,
  };
}

/** The first `limit` rows, and how many the next "show more" adds (at most `step`). */
export function pageOfRows<T>(
  rows: readonly T[],
  limit: number,
  step: number,
): { visible: T[]; more: number } {
  const visible = rows.slice(0, limit);
  return { visible, more: Math.min(step, rows.length - visible.length) };
}
