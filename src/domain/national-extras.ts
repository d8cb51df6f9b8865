import type { MonthIndex } from './period';

/** A national headline figure (contract §7), as the engine needs it: plain numbers. */
export interface FigureInput {
  unit: 'rank' | 'count' | 'ratio' | 'index';
  better: 'higher' | 'lower';
  of: number | null;
  target: { value: number; deadline: MonthIndex } | null;
  series: readonly { period: MonthIndex; value: number | null }[];
}

export interface FigureSummary {
  latest: { period: MonthIndex; value: number } | null;
  previous: { period: MonthIndex; value: number } | null;
  /**
   * Improvement since the previous value, positive = better: for a rank (lower is better)
   * 88 → 86 is +2 places; for a count 100 → 120 is +20.
   */
  improvement: number | null;
  /** The improvement as a direction and a size, for words like "up 2 places". */
  direction: 'better' | 'worse' | 'same' | null;
  /** Which way the number itself moved (a rank that improves moves down). */
  movement: 'up' | 'down' | 'same' | null;
  change: number | null;
  /**
   * How far the latest value still is from the target, in the figure's unit and in the
   * direction that is better: 86 against a target rank of 78 is 8 places to go. 0 once met.
   */
  toTarget: number | null;
  targetMet: boolean | null;
}

/**
 * Latest and previous reported values of a national figure, the improvement between them and
 * the distance to its target, each oriented so that positive means "better".
 */
export function summarizeFigure(
  figure: FigureInput,
  upTo: MonthIndex | null = null,
): FigureSummary {
  const reported = figure.series
    .filter((p): p is { period: MonthIndex; value: number } => p.value !== null)
    .filter((p) => upTo === null || p.period <= upTo)
    .sort((a, b) => a.period - b.period);
  const latest = reported[reported.length - 1] ?? null;
  const previous = reported[reported.length - 2] ?? null;
  const sign = figure.better === 'lower' ? -1 : 1;
  const improvement =
    latest !== null && previous !== null ? sign * (latest.value - previous.value) : null;
  let toTarget: number | null = null;
  let targetMet: boolean | null = null;
  if (latest !== null && figure.target !== null) {
    const gap = sign * (figure.target.value - latest.value);
    toTarget = Math.max(0, gap);
    targetMet = gap <= 0;
  }
  const direction =
    improvement === null ? null : improvement > 0 ? 'better' : improvement < 0 ? 'worse' : 'same';
  const change = improvement === null ? null : Math.abs(improvement);
  const delta = latest !== null && previous !== null ? latest.value - previous.value : null;
  const movement = delta === null ? null : delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  return { latest, previous, improvement, direction, movement, change, toTarget, targetMet };
}

export interface RankingStanding {
  id: string;
  /** 1 = best. */
  position: number;
  /** How many units the published ranking lists. */
  of: number;
}

/** The first `n` of a published ranking (best first), with their positions. */
export function rankingTop(order: readonly string[], n: number): RankingStanding[] {
  return order.slice(0, n).map((id, i) => ({ id, position: i + 1, of: order.length }));
}

/** Where a unit stands in a published ranking; null when the ranking does not list it. */
export function rankingStanding(order: readonly string[], id: string): RankingStanding | null {
  const i = order.indexOf(id);
  return i < 0 ? null : { id, position: i + 1, of: order.length };
}
