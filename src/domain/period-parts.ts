import { receivedGrid, sentGrid, sentGridBuffers, type Grid, type SentGrid } from './grid';
import {
  periodGrid,
  periodModelOf,
  periodVerdicts,
  type PeriodModel,
  type PeriodVerdicts,
} from './model';
import type { MonthIndex } from './period';
import { seriesGrid } from './series';
import type { Dataset } from './types';

/**
 * What the engine, in the data worker, hands the page for one period: the period's grid, the
 * verdicts decided on it, and the sums every aggregate series up to the period is read from.
 * Columns of numbers, transferred rather than copied; the page makes the records from them.
 */
export interface PeriodParts {
  period: MonthIndex;
  grid: SentGrid;
  verdicts: PeriodVerdicts;
  /** seriesGrid(dataset, period), or null when no month up to it was reported. */
  series: SentGrid | null;
}

/**
 * The engine's whole pass for a period. The dataset may hold observations later than the
 * period (the page sends its feeds as they are): none of them is read.
 */
export function periodParts(dataset: Dataset, period: MonthIndex): PeriodParts {
  const grid = periodGrid(dataset, period);
  const series = seriesGrid(dataset, period);
  return {
    period,
    grid: sentGrid(grid),
    verdicts: periodVerdicts(dataset, period, grid),
    series: series === null ? null : sentGrid(series),
  };
}

/** Every buffer of the parts, once each: the list to transfer them with. */
export function periodPartsBuffers(parts: PeriodParts): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>(sentGridBuffers(parts.grid));
  if (parts.series) for (const b of sentGridBuffers(parts.series)) buffers.add(b);
  const { ranks, rules, laggards } = parts.verdicts;
  for (const pair of ranks) {
    if (pair === null) continue;
    for (const r of [pair.now, pair.before])
      for (const a of [r.rank, r.rankedOf, r.bottomK, r.bottomKey])
        buffers.add(a.buffer as ArrayBuffer);
  }
  buffers.add(rules.buffer as ArrayBuffer);
  buffers.add(laggards.buffer as ArrayBuffer);
  return [...buffers];
}

/**
 * The period's model on the page, from the parts the engine sent: `dataset` is the page's data
 * as reviewed, with the same units in the same order as the engine's.
 */
export function modelFromParts(
  dataset: Dataset,
  parts: PeriodParts,
): { model: PeriodModel; series: Grid | null } {
  const grid = receivedGrid(dataset.units, parts.grid);
  return {
    model: periodModelOf(dataset, parts.period, grid, parts.verdicts),
    series: parts.series === null ? null : receivedGrid(dataset.units, parts.series),
  };
}
