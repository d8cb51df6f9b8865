import { Grid } from './grid';
import { INDICATORS, type RateIndicator } from './indicators';
import type { MonthIndex } from './period';
import { reportedPeriods } from './periods';
import { kindRanks } from './rank';
import type { Dataset, UnitKind } from './types';

export interface RankPoint {
  period: MonthIndex;
  /** The unit's rank among units of its kind; null when it had no value that month. */
  rank: number | null;
  /** How many units of its kind were ranked that month. */
  rankedOf: number;
  /** The previous month's rank − this month's (positive = moved up); null unless both ranked. */
  change: number | null;
}

/** A rank change in words: which way and by how many places. */
export interface RankMove {
  direction: 'up' | 'down' | 'same';
  places: number;
}

export interface RankHistory {
  /** One point per reported period up to the one under review, oldest first. */
  points: RankPoint[];
  /** The bottom of a rank axis: the most units ranked in any of these months (at least 1). */
  worstRank: number;
  /** The best (lowest) rank reached, its most recent occurrence; null when never ranked. */
  best: RankPoint | null;
  /** The point of the period under review (null when that period is not among the points). */
  latest: RankPoint | null;
  /** The point of the month before it (null when nobody reported that month). */
  previous: RankPoint | null;
  /** The latest change as a move (null unless ranked in both months). */
  latestMove: RankMove | null;
  /** What the ranks are "of": the units of the kind ranked in the period under review. */
  coverage: RankCoverage;
}

/** Contract §4 coverage for a rank: units ranked (with a value), not units that reported. */
export interface RankCoverage {
  period: MonthIndex;
  /** Units of the unit's kind ranked in the period under review. */
  ranked: number;
  /** Units of the unit's kind in the registry. */
  total: number;
  /** Ids of the units of its kind without a rank that period (no value), in registry order. */
  unranked: string[];
  /** The fewest and most units ranked in the earlier points; null when there are none. */
  earlier: { fewest: number; most: number } | null;
}

/** A rank change (previous − now, positive = up) as a direction and a number of places. */
export function rankMove(change: number | null): RankMove | null {
  if (change === null) return null;
  if (change === 0) return { direction: 'same', places: 0 };
  return change > 0 ? { direction: 'up', places: change } : { direction: 'down', places: -change };
}

/**
 * A unit's rank on a rate indicator among the units of its own kind, for every reported period up
 * to `upTo` (contract §5 ranks, as the rankings show them month by month). null for an unknown id.
 */
export function rankHistory(
  dataset: Dataset,
  unitId: string,
  indicator: RateIndicator,
  upTo: MonthIndex,
): RankHistory | null {
  const ui = dataset.units.findIndex((u) => u.unit.id === unitId);
  if (ui < 0) return null;
  const points: RankPoint[] = [];
  let before: RankPoint | null = null;
  const periods = reportedPeriods(dataset).filter((p) => p <= upTo);
  const grid = periods.length === 0 ? null : new Grid(dataset.units, [], periods[0]!, upTo);
  const i = INDICATORS.indexOf(indicator);
  const kind = dataset.units[ui]!.unit.kind;
  let rankedNow: Int32Array | null = null;
  for (const period of periods) {
    const ranks = kindRanks(grid!.kind, grid!.keys(i, period));
    if (period === upTo) rankedNow = ranks.rank;
    const rank = ranks.rank[ui]! || null;
    const previousRank = before !== null && before.period === period - 1 ? before.rank : null;
    const point: RankPoint = {
      period,
      rank,
      rankedOf: ranks.rankedOf[grid!.kind[ui]!]!,
      change: rank !== null && previousRank !== null ? previousRank - rank : null,
    };
    points.push(point);
    before = point;
  }
  let worstRank = 1;
  let best: RankPoint | null = null;
  let fewest = Infinity;
  let most = -Infinity;
  for (const p of points) {
    if (p.period < upTo) {
      fewest = Math.min(fewest, p.rankedOf);
      most = Math.max(most, p.rankedOf);
    }
    if (p.rankedOf > worstRank) worstRank = p.rankedOf;
    if (p.rank !== null && (best === null || best.rank === null || p.rank <= best.rank)) best = p;
  }
  const last = points[points.length - 1];
  const latest = last && last.period === upTo ? last : null;
  const beforeLast = points[points.length - 2];
  const previous = latest && beforeLast && beforeLast.period === upTo - 1 ? beforeLast : null;
  return {
    points,
    worstRank,
    best,
    latest,
    previous,
    latestMove: rankMove(latest?.change ?? null),
    coverage: {
      ...coverageOf(dataset, kind, rankedNow),
      period: upTo,
      earlier: most < 0 ? null : { fewest, most },
    },
  };
}

/** The units of a kind ranked in a month (`rank`: per unit, 0 = unranked; null: nobody was). */
function coverageOf(
  dataset: Dataset,
  kind: UnitKind,
  rank: Int32Array | null,
): Pick<RankCoverage, 'ranked' | 'total' | 'unranked'> {
  let ranked = 0;
  let total = 0;
  const unranked: string[] = [];
  dataset.units.forEach((u, ui) => {
    if (u.unit.kind !== kind) return;
    total++;
    if (rank !== null && rank[ui]! > 0) ranked++;
    else unranked.push(u.unit.id);
  });
  return { ranked, total, unranked };
}
