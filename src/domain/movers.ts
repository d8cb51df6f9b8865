import type { RateIndicator } from './indicators';
import type { PeriodModel } from './model';
import { tenthsOfFraction } from './precision';
import { THRESHOLDS } from './thresholds';
import type { Unit, UnitKind } from './types';

/** One unit whose rank changed since the previous period, with the numbers that say how far. */
export interface Mover {
  unit: Unit;
  rank: number;
  previousRank: number;
  /** previousRank − rank: positive = moved up, negative = moved down. */
  places: number;
  /** How many places, up or down (|places|). */
  distance: number;
  /** The value now and in the previous period at the precision shown (tenths of a percent). */
  tenths: number;
  previousTenths: number;
  /** tenths − previousTenths: the change between the two values as shown. */
  changeTenths: number;
  /** The same change as a fraction, so "10,1% → 10,5%" always reads "+0,4 điểm %" beside it. */
  change: number;
}

export interface MoverList {
  movers: Mover[];
  /** Units left off the list that moved exactly as many places as the last one listed. */
  tiedBeyond: number;
}

export interface Movers {
  kind: UnitKind;
  indicator: RateIndicator;
  /** Biggest climbs first. */
  up: MoverList;
  /** Biggest falls first. */
  down: MoverList;
  /** Units ranked in both periods: the only ones whose move is known. */
  compared: number;
  /** Units of the kind without a value in one period or both (total − compared). */
  notCompared: number;
  /** Of those, units on the same rank as before. */
  unchanged: number;
  /** Ranked now but not in the previous period (no value then): no move to report. */
  newlyRanked: number;
  /** Ranked in the previous period but not now (no value now). */
  noLongerRanked: number;
  /** Units of the kind in the registry. */
  total: number;
}

function take(sorted: readonly Mover[], n: number): MoverList {
  const movers = sorted.slice(0, Math.max(0, n));
  const last = movers[movers.length - 1];
  const tiedBeyond =
    last === undefined
      ? 0
      : sorted.slice(movers.length).filter((m) => m.places === last.places).length;
  return { movers, tiedBeyond };
}

/**
 * The biggest rank changes of a kind's units on a rate indicator since the previous period: the
 * `n` biggest climbs and the `n` biggest falls. Ranks are the engine's (competition ranks within
 * the kind at the precision shown), so only units ranked in both periods have a move; the others
 * are counted, never listed as moving. Equal moves are ordered by the change in value (larger
 * gain first among climbs, larger loss first among falls, compared as shown), then by registry
 * order; units beyond the list that moved as far as its last entry are counted in `tiedBeyond`.
 */
export function rankMovers(
  model: PeriodModel,
  kind: UnitKind,
  indicator: RateIndicator,
  n: number,
): Movers {
  const compared: Mover[] = [];
  let newlyRanked = 0;
  let noLongerRanked = 0;
  let total = 0;
  for (const u of model.units) {
    if (u.unit.kind !== kind) continue;
    total++;
    const ui = u.indicators[indicator];
    if (ui.rank !== null && ui.previousRank === null) newlyRanked++;
    if (ui.rank === null && ui.previousRank !== null) noLongerRanked++;
    if (
      ui.rank === null ||
      ui.previousRank === null ||
      ui.tenths === null ||
      ui.previousValue === null
    ) {
      continue;
    }
    const previousTenths = tenthsOfFraction(ui.previousValue);
    compared.push({
      unit: u.unit,
      rank: ui.rank,
      previousRank: ui.previousRank,
      places: ui.previousRank - ui.rank,
      distance: Math.abs(ui.previousRank - ui.rank),
      tenths: ui.tenths,
      previousTenths,
      changeTenths: ui.tenths - previousTenths,
      change: (ui.tenths - previousTenths) / THRESHOLDS.rankPrecisionPerUnit,
    });
  }
  // Array.prototype.sort is stable: equal entries keep registry order.
  const up = compared
    .filter((m) => m.places > 0)
    .sort((a, b) => b.places - a.places || b.changeTenths - a.changeTenths);
  const down = compared
    .filter((m) => m.places < 0)
    .sort((a, b) => a.places - b.places || a.changeTenths - b.changeTenths);
  return {
    kind,
    indicator,
    up: take(up, n),
    down: take(down, n),
    compared: compared.length,
    notCompared: total - compared.length,
    unchanged: compared.filter((m) => m.places === 0).length,
    newlyRanked,
    noLongerRanked,
    total,
  };
}
