import type { MonthIndex } from './period';
import type { Region, Unit, UnitKind } from './types';

/**
 * The slides of a review meeting's deck, in the order the committee goes through them. Which
 * slides exist follows the registry alone: no ministries, no ranking slide; no regions, no region
 * slides; the presenter's pick adds one slide per unit called to report.
 */
export type SlideSpec =
  | { kind: 'headline' }
  | { kind: 'trend' }
  | { kind: 'ranking'; unitKind: UnitKind }
  | { kind: 'map' }
  | { kind: 'laggards' }
  /** Rank changes since the month before the period under review. */
  | { kind: 'movers'; since: MonthIndex }
  | { kind: 'region'; region: Region; units: number }
  | { kind: 'unit'; unit: Unit };

/** What the deck leaves out and why, for the presenter to see. */
export type DeckNote =
  | { kind: 'no-ministries' }
  | { kind: 'no-provinces' }
  | { kind: 'no-regions' }
  | { kind: 'unknown-picks'; ids: string[] };

export interface Deck {
  slides: SlideSpec[];
  notes: DeckNote[];
}

export interface DeckInput {
  /** The period under review (frozen when the deck opens). */
  period: MonthIndex;
  /** The registry's units, in its order. */
  units: readonly Unit[];
  /** The registry's regions, in its order. */
  regions: readonly Region[];
  /** Unit ids the presenter picked for a slide of their own, in the order picked. */
  pick: readonly string[];
}

/**
 * National headline against the targets; the level-4 trend and projection; the ministries'
 * ranking; the provinces' tile map; laggards with reasons; the biggest movers; one slide per
 * region that has units; then one slide per picked unit (duplicates and unknown ids dropped,
 * unknown ids noted).
 */
export function buildDeck({ period, units, regions, pick }: DeckInput): Deck {
  const slides: SlideSpec[] = [{ kind: 'headline' }, { kind: 'trend' }];
  const notes: DeckNote[] = [];
  const hasKind = (kind: UnitKind) => units.some((u) => u.kind === kind);

  if (hasKind('ministry')) slides.push({ kind: 'ranking', unitKind: 'ministry' });
  else notes.push({ kind: 'no-ministries' });
  if (hasKind('province')) slides.push({ kind: 'map' });
  else notes.push({ kind: 'no-provinces' });
  slides.push({ kind: 'laggards' }, { kind: 'movers', since: period - 1 });

  const perRegion = new Map<string, number>();
  for (const u of units) {
    if (u.region !== null) perRegion.set(u.region, (perRegion.get(u.region) ?? 0) + 1);
  }
  let regionSlides = 0;
  for (const region of regions) {
    const count = perRegion.get(region.id);
    if (count === undefined) continue;
    slides.push({ kind: 'region', region, units: count });
    regionSlides++;
  }
  if (regionSlides === 0) notes.push({ kind: 'no-regions' });

  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const id of pick) {
    if (seen.has(id)) continue;
    seen.add(id);
    const unit = byId.get(id);
    if (unit) slides.push({ kind: 'unit', unit });
    else unknown.push(id);
  }
  if (unknown.length > 0) notes.push({ kind: 'unknown-picks', ids: unknown });
  return { slides, notes };
}

/** A long list cut to fit a slide: its first and last entries and how many are left out between. */
export interface Excerpt<T> {
  head: T[];
  skipped: number;
  tail: T[];
}

/**
 * At most `capacity` entries of an ordered list: all of them when they fit, else the first
 * ⌈capacity / 2⌉ and the last ⌊capacity / 2⌋ (the top and the bottom of a ranking).
 */
export function excerpt<T>(items: readonly T[], capacity: number): Excerpt<T> {
  const room = Math.max(0, Math.floor(capacity));
  if (items.length <= room) return { head: [...items], skipped: 0, tail: [] };
  const headCount = Math.ceil(room / 2);
  const tailCount = room - headCount;
  return {
    head: items.slice(0, headCount),
    skipped: items.length - room,
    tail: tailCount === 0 ? [] : items.slice(items.length - tailCount),
  };
}

/**
 * Items split into at most `maxColumns` columns of at most `perColumn` each, filled top to bottom
 * and as even as possible (11 + 11 rather than 12 + 10). Items that do not fit are not placed:
 * use excerpt() first so that none are left over.
 */
export function columnsOf<T>(items: readonly T[], maxColumns: number, perColumn: number): T[][] {
  if (items.length === 0 || maxColumns < 1 || perColumn < 1) return [];
  const count = Math.min(maxColumns, Math.ceil(items.length / perColumn));
  const size = Math.min(perColumn, Math.ceil(items.length / count));
  const columns: T[][] = [];
  for (let c = 0; c < count; c++) {
    const column = items.slice(c * size, (c + 1) * size);
    if (column.length > 0) columns.push(column);
  }
  return columns;
}

/** A line of a ranking on a slide: a unit's row, or "… 976 more" where an excerpt skips. */
export type RankingLine<T> = { kind: 'row'; row: T } | { kind: 'skipped'; count: number };

/**
 * A ranking (rows in rank order, units without a rank last) as the lines a slide has room for:
 * the ranked rows, cut to their top and bottom when there are more than `capacity`, with a line
 * saying how many are skipped; the unranked rows come back apart, to be named under the table.
 */
export function rankingLines<T extends { rank: number | null }>(
  rows: readonly T[],
  capacity: number,
): { lines: RankingLine<T>[]; unranked: T[] } {
  const ranked = rows.filter((r) => r.rank !== null);
  const unranked = rows.filter((r) => r.rank === null);
  // The "skipped" line takes one place.
  const cut = excerpt(ranked, ranked.length <= capacity ? capacity : capacity - 1);
  const lines: RankingLine<T>[] = cut.head.map((row) => ({ kind: 'row', row }));
  if (cut.skipped > 0) lines.push({ kind: 'skipped', count: cut.skipped });
  for (const row of cut.tail) lines.push({ kind: 'row', row });
  return { lines, unranked };
}

/**
 * Ticks for a percentage axis from 0 to `top` (a fraction, as yCeiling gives it): every 10 points
 * up to a top of 50 %, every 20 points above, so a hall screen gets few, round labels.
 */
export function roundPercentTicks(top: number): number[] {
  const stepTenths = top > 0.5 + 1e-9 ? 2 : 1;
  const ticks: number[] = [];
  for (let tenths = 0; tenths <= Math.round(top * 10); tenths += stepTenths) {
    ticks.push(tenths / 10);
  }
  return ticks;
}
