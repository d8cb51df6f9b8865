import type { RateIndicator } from './indicators';
import type { UnitModel } from './model';
import { THRESHOLDS } from './thresholds';

export interface Neighbour {
  id: string;
  rank: number;
  /** The neighbour's value at the precision shown (tenths of a percent). */
  tenths: number;
  /**
   * The neighbour's value minus the unit's, at the precision shown, as a fraction
   * (0.003 = +0.3 percentage points: the neighbour is ahead by that much; negative: behind).
   */
  gap: number;
  /** The size of the gap, never negative (0.003 = 0.3 points ahead or behind). */
  distance: number;
}

export type NeighbourResult =
  | {
      ranked: true;
      rank: number;
      rankedOf: number;
      tenths: number;
      /** Units ranked better, nearest last (read top to bottom like the ranking). */
      above: Neighbour[];
      /** Units sharing the unit's rank (equal at the precision shown): neither above nor below. */
      tied: Neighbour[];
      /** Units ranked worse, nearest first. */
      below: Neighbour[];
      /** The next rank up: the unit(s) to catch next (several when tied); empty in first place. */
      nextUp: Neighbour[];
      /** The next rank down: the unit(s) just behind; empty in last place. */
      nextDown: Neighbour[];
    }
  | { ranked: false; rankedOf: number };

type Ranked = { id: string; rank: number; tenths: number };

/**
 * The units just above and below a unit in its kind's ranking on a rate indicator. `span` units
 * each side; when the farthest one taken shares its rank with others, they all come along (a tie
 * is never split arbitrarily). Units without a value are not neighbours. null for an unknown id.
 */
export function rankNeighbours(
  units: readonly UnitModel[],
  unitId: string,
  indicator: RateIndicator,
  span = 2,
): NeighbourResult | null {
  const self = units.find((u) => u.unit.id === unitId);
  if (!self) return null;
  const ranked: Ranked[] = [];
  for (const u of units) {
    if (u.unit.kind !== self.unit.kind) continue;
    const ind = u.indicators[indicator];
    if (ind.rank !== null && ind.tenths !== null) {
      ranked.push({ id: u.unit.id, rank: ind.rank, tenths: ind.tenths });
    }
  }
  ranked.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const own = self.indicators[indicator];
  if (own.rank === null || own.tenths === null) return { ranked: false, rankedOf: ranked.length };
  const rank = own.rank;
  const tenths = own.tenths;

  const toNeighbour = (r: Ranked): Neighbour => ({
    id: r.id,
    rank: r.rank,
    tenths: r.tenths,
    gap: (r.tenths - tenths) / THRESHOLDS.rankPrecisionPerUnit,
    distance: Math.abs(r.tenths - tenths) / THRESHOLDS.rankPrecisionPerUnit,
  });

  const better = ranked.filter((r) => r.rank < rank);
  const worse = ranked.filter((r) => r.rank > rank);
  const farAbove = better[Math.max(0, better.length - span)];
  const farBelow = worse[Math.min(worse.length, span) - 1];
  const nearAbove = better[better.length - 1];
  const nearBelow = worse[0];
  return {
    ranked: true,
    rank,
    rankedOf: ranked.length,
    tenths,
    above:
      span > 0 && farAbove ? better.filter((r) => r.rank >= farAbove.rank).map(toNeighbour) : [],
    tied: ranked.filter((r) => r.rank === rank && r.id !== unitId).map(toNeighbour),
    below:
      span > 0 && farBelow ? worse.filter((r) => r.rank <= farBelow.rank).map(toNeighbour) : [],
    nextUp: nearAbove ? better.filter((r) => r.rank === nearAbove.rank).map(toNeighbour) : [],
    nextDown: nearBelow ? worse.filter((r) => r.rank === nearBelow.rank).map(toNeighbour) : [],
  };
}
