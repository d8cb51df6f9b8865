/**
 * Competition ranking ("1, 2, 2, 4") on values at the precision shown: entries with equal keys
 * share a rank and the next rank skips. Highest key first. Entries without a key are unranked.
 */
export interface RankEntry {
  id: string;
  /** The value in tenths of a percentage point (see precision.ts), or null when it has none. */
  key: number | null;
}

export interface RankResult {
  /** Rank per id; null for entries without a value. */
  ranks: Map<string, number | null>;
  /** How many entries were ranked. */
  ranked: number;
}

export function competitionRanks(entries: readonly RankEntry[]): RankResult {
  const withKey = entries.filter((e): e is { id: string; key: number } => e.key !== null);
  withKey.sort((a, b) => b.key - a.key);
  const ranks = new Map<string, number | null>();
  let previousKey: number | null = null;
  let previousRank = 0;
  withKey.forEach((e, index) => {
    const rank = e.key === previousKey ? previousRank : index + 1;
    ranks.set(e.id, rank);
    previousKey = e.key;
    previousRank = rank;
  });
  for (const e of entries) if (e.key === null) ranks.set(e.id, null);
  return { ranks, ranked: withKey.length };
}

/**
 * Contract §5 bottom decile: the k = ⌈n / divisor⌉ lowest-ranked entries, and any tied with
 * the k-th lowest. Returns the ids flagged and the key of the k-th lowest.
 */
export function bottomGroup(
  entries: readonly RankEntry[],
  divisor: number,
): { ids: Set<string>; k: number; n: number; cutoffKey: number | null } {
  const keys = entries.filter((e) => e.key !== null).map((e) => e.key as number);
  const n = keys.length;
  if (n === 0) return { ids: new Set(), k: 0, n, cutoffKey: null };
  keys.sort((a, b) => a - b);
  const k = Math.ceil(n / divisor);
  const cutoffKey = keys[k - 1] as number;
  const ids = new Set(entries.filter((e) => e.key !== null && e.key <= cutoffKey).map((e) => e.id));
  return { ids, k, n, cutoffKey };
}
