import { useEffect } from 'react';
import { RATE_INDICATORS } from '../../domain/indicators';
import type { PeriodModel } from '../../domain/model';
import { rankingTable } from '../../domain/ranking-rows';
import { sortRankingRows, type RankingSort } from '../../domain/ranking-sort';
import type { LocalizedText, Region, UnitKind } from '../../domain/types';

/**
 * Above this many units, a new model's table and its order are made in tasks of their own before
 * the page draws it, and the last one drawn stays meanwhile: 10,000 rows made in the render itself
 * were one task of 150–200 ms.
 */
export const PREPARED_FROM = 2_000;
/**
 * Rows of such a table made per task: the first pass over a new model also builds its units, and
 * 2,500 rows then took 85–125 ms in one task.
 */
export const ROWS_PER_TASK = 1_000;

/** Runs `work` when the page is idle (a short timeout where the browser has no idle callbacks). */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}

/**
 * Makes the ranking tables of the other rate indicators, each in the table's sort, while the page
 * is idle, one per idle period, so that choosing another indicator finds its 10,000 rows ready and
 * in order (rankingTable and sortRankingRows keep what they made) and only draws them.
 */
export function useTablesPrepared(
  model: PeriodModel,
  kind: UnitKind,
  regions: readonly Region[],
  sort: RankingSort,
  locale: keyof LocalizedText,
): void {
  // The sort by value: the page makes a new object for the same sort when the indicator changes.
  const { key, dir } = sort;
  useEffect(() => {
    const left = [...RATE_INDICATORS];
    let cancel = () => {};
    const next = () => {
      const indicator = left.shift();
      if (indicator === undefined) return;
      sortRankingRows(rankingTable(model, kind, indicator, regions).rows, { key, dir }, locale);
      cancel = whenIdle(next);
    };
    cancel = whenIdle(next);
    return () => cancel();
  }, [model, kind, regions, key, dir, locale]);
}
