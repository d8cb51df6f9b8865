import type { Grid } from './grid';
import { IND_COUNT } from './grid';
import { INDICATORS, RATE_INDICATORS } from './indicators';
import type { UnitIndicator } from './model-types';
import type { MonthIndex } from './period';
import { binaryStatus, progressOf } from './progress';
import type { RankPair } from './rank';
import { trendSlopeOf } from './trend';
import type { Target, UnitData } from './types';
import { valueStateOf } from './value-state';

const FEED_KEY = { loaded: 0, loading: 1, failed: 2 } as const;
const RATE = INDICATORS.map((ind) => (RATE_INDICATORS as readonly string[]).includes(ind));

/**
 * Builds each unit's figures for one indicator from the grid: value and its shown tenths, state,
 * rank, trend and progress. A 0/1 indicator's entry is a function of its values over the window
 * and the feed's state alone (no rank; one target for all), so units alike share one entry
 * instead of 10,000 copies.
 */
export function unitIndicators(
  grid: Grid,
  units: readonly UnitData[],
  targets: readonly (Target | null)[],
  ranks: readonly (RankPair | null)[],
  period: MonthIndex,
): (ui: number, i: number) => UnitIndicator {
  const span = grid.span;
  const shared = INDICATORS.map(() => new Map<number, UnitIndicator>());

  const build = (ui: number, i: number): UnitIndicator => {
    const reported = (grid.lastReported[ui]! & (1 << i)) !== 0;
    const cell = grid.cell(ui, i);
    const now = grid.value[cell + span - 1]!;
    const nowTenths = RATE[i] ? grid.tenths[cell + span - 1]! : now * 1000;
    const before = span > 1 ? grid.value[cell + span - 2]! : Number.NaN;
    const beforeTenths =
      span < 2 ? Number.NaN : RATE[i] ? grid.tenths[cell + span - 2]! : before * 1000;
    const value = Number.isNaN(now) ? null : now;
    const tenths = Number.isNaN(nowTenths) ? null : nowTenths;
    const previousTenths = Number.isNaN(beforeTenths) ? null : beforeTenths;
    const target = targets[i]!;
    const r = ranks[i];
    const rank = r ? r.now.rank[ui]! || null : null;
    const previousRank = r ? r.before.rank[ui]! || null : null;
    const slope = trendSlopeOf(grid.value, cell, grid.first, period);
    const progress = RATE[i] && target ? progressOf(value, tenths, slope, target, period) : null;
    return {
      indicator: INDICATORS[i]!,
      measure: reported
        ? { num: grid.lastNum[ui * IND_COUNT + i]!, den: grid.lastDen[ui * IND_COUNT + i]! }
        : null,
      state: valueStateOf(units[ui]!.feed, reported, value !== null),
      value,
      tenths,
      previousValue: Number.isNaN(before) ? null : before,
      previousTenths,
      changeTenths: tenths !== null && previousTenths !== null ? tenths - previousTenths : null,
      rank,
      rankedOf: r ? r.now.rankedOf[grid.kind[ui]!]! : 0,
      previousRank,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
      slope,
      target,
      progress,
      status: target ? (progress ? progress.status : binaryStatus(tenths, target.value)) : null,
    };
  };

  return (ui, i) => {
    if (RATE[i]) return build(ui, i);
    const cell = grid.cell(ui, i);
    let key = FEED_KEY[units[ui]!.feed];
    for (let k = 0; k < span; k++) {
      const v = grid.value[cell + k]!;
      key = key * 3 + (v === 0 ? 1 : v === 1 ? 2 : Number.isNaN(v) ? 0 : Number.NaN);
    }
    if (Number.isNaN(key) || span > 30) return build(ui, i);
    const entries = shared[i]!;
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = build(ui, i);
      entries.set(key, entry);
    }
    return entry;
  };
}
