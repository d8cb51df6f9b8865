import { THRESHOLDS } from './thresholds';

/** Competition ranks of every unit on one indicator in one month, within each unit's kind. */
export interface KindRanks {
  /** Rank per unit index; 0 = unranked (no value). */
  rank: Int32Array;
  /** Units ranked, per kind (0 = ministry, 1 = province). */
  rankedOf: Int32Array;
  /** Per kind: the bottom group's size k = ⌈n / 10⌉ and the key of the k-th lowest (NaN: none). */
  bottomK: Int32Array;
  bottomKey: Float64Array;
}

/** Ranks among units of the same kind, in the period and the month before. */
export interface RankPair {
  now: KindRanks;
  before: KindRanks;
}

const KIND_COUNT = 2;

/**
 * Contract §5 ranks: within each kind, highest first, on values at the precision shown (keys are
 * whole tenths of a percent, NaN = no value). A unit's rank is one more than the number of units
 * of its kind with a greater key, so equal keys share a rank and the next rank skips (1, 2, 2, 4).
 * The keys are small whole numbers, so units are counted per key instead of sorted. The one
 * ranking of the dashboard: the period model, the rank history and the bottom decile use it.
 */
export function kindRanks(kind: Uint8Array, keys: Float64Array): KindRanks {
  const count = kind.length;
  const rank = new Int32Array(count);
  const rankedOf = new Int32Array(KIND_COUNT);
  const bottomK = new Int32Array(KIND_COUNT);
  const bottomKey = new Float64Array(KIND_COUNT).fill(Number.NaN);
  let maxKey = 0;
  for (let ui = 0; ui < count; ui++) {
    const key = keys[ui]!;
    if (Number.isNaN(key)) continue;
    if (!(key >= 0 && Number.isInteger(key))) throw new RangeError(`rank key ${key}`);
    if (key > maxKey) maxKey = key;
  }
  const buckets = maxKey + 1;
  const counts = new Int32Array(KIND_COUNT * buckets);
  for (let ui = 0; ui < count; ui++) {
    const key = keys[ui]!;
    if (!Number.isNaN(key)) counts[kind[ui]! * buckets + key]!++;
  }
  for (let k = 0; k < KIND_COUNT; k++) {
    const base = k * buckets;
    let ranked = 0;
    for (let key = 0; key < buckets; key++) ranked += counts[base + key]!;
    rankedOf[k] = ranked;
    if (ranked === 0) continue;
    const bottom = Math.ceil(ranked / THRESHOLDS.bottomDivisor);
    bottomK[k] = bottom;
    let seen = 0;
    for (let key = 0; key < buckets; key++) {
      seen += counts[base + key]!;
      if (seen >= bottom) {
        bottomKey[k] = key;
        break;
      }
    }
    // counts become the rank of each key: 1 + units with a greater key
    let above = 0;
    for (let key = buckets - 1; key >= 0; key--) {
      const c = counts[base + key]!;
      counts[base + key] = above + 1;
      above += c;
    }
  }
  for (let ui = 0; ui < count; ui++) {
    const key = keys[ui]!;
    if (!Number.isNaN(key)) rank[ui] = counts[kind[ui]! * buckets + key]!;
  }
  return { rank, rankedOf, bottomK, bottomKey };
}
