import { roundPercentTicks } from '../../domain/deck';
import type { RateIndicator } from '../../domain/indicators';
import type { Status } from '../../domain/progress';
import type { RankingRow } from '../../domain/ranking-rows';
import { CHART, DASH } from './chart-colors';
import type { RankedBar, RankedBarsSpec } from './chart-spec';

/** Above this many ranked units the chart shows the top and bottom EDGE only. */
export const MAX_BARS = 100;
export const EDGE = 25;

/** Why a unit has no bar. */
export type MissingReason = 'feed-failed' | 'not-reported' | 'no-services';

export interface MissingUnit {
  id: string;
  name: string;
  reason: MissingReason;
}

export interface BarWords {
  name: (row: RankingRow) => string;
  /** A rank as every count is written ("9.976"): rankings of 10,000 communes need grouping. */
  count: (n: number) => string;
  percent: (fraction: number) => string;
  axisPercent: (fraction: number) => string;
  status: (status: Status | null) => string;
  target: (valueText: string) => string;
  /** What the bars measure ("Tỷ lệ DVC mức độ 4"), named beside a bar's value in the tooltip. */
  indicator: string;
  summary: string;
}

/**
 * The seam to the engine's per-unit value state: a failed feed, figures not sent, or figures with
 * no services (a rate of 0/0).
 */
export function missingReason(row: RankingRow, indicator: RateIndicator): MissingReason {
  const state = row.rates[indicator].state;
  if (state === 'feed-failed' || state === 'no-services') return state;
  return 'not-reported';
}

/**
 * A ranking as bars, ready to draw: every ranked unit in rank order (ties share a rank, "2="),
 * only the top and bottom 25 when more than 100 are ranked; the units without a value, with why.
 */
export function rankedBars(
  rows: readonly RankingRow[],
  indicator: RateIndicator,
  target: number | null,
  myUnit: string | null,
  words: BarWords,
): { spec: RankedBarsSpec; missing: MissingUnit[]; shown: number; ranked: number } {
  const ranked = rows
    .filter((r) => r.rank !== null && r.rates[indicator].value !== null)
    .sort((a, b) => a.rank! - b.rank! || words.name(a).localeCompare(words.name(b)));
  const perRank = new Map<number, number>();
  for (const r of ranked) perRank.set(r.rank!, (perRank.get(r.rank!) ?? 0) + 1);
  const cut = ranked.length > MAX_BARS;
  const shown = cut ? [...ranked.slice(0, EDGE), ...ranked.slice(-EDGE)] : ranked;
  const bars: RankedBar[] = shown.map((r) => {
    const value = r.rates[indicator].value!;
    return {
      id: r.id,
      rankLabel: `${words.count(r.rank!)}${perRank.get(r.rank!)! > 1 ? '=' : ''}`,
      name: words.name(r),
      value,
      valueLabel: `${words.percent(value)} · ${words.status(r.status)}`,
      status: r.status,
      mine: r.id === myUnit,
    };
  });
  const max = Math.max(target ?? 0, ...bars.map((b) => b.value));
  const top = Math.min(1, Math.max(0.1, Math.ceil(max * 10 - 1e-9) / 10));
  const ticks = roundPercentTicks(top);
  const missing = rows
    .filter((r) => r.rank === null || r.rates[indicator].value === null)
    .map((r) => ({ id: r.id, name: words.name(r), reason: missingReason(r, indicator) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    spec: {
      bars,
      gapAfter: cut ? EDGE : null,
      x: {
        domain: [0, top],
        ticks,
        tickLabels: Object.fromEntries(ticks.map((v) => [String(v), words.axisPercent(v)])),
      },
      reference:
        target === null
          ? null
          : {
              value: target,
              label: words.target(words.axisPercent(target)),
              color: CHART.target,
              dash: DASH.target,
            },
      valueName: words.indicator,
      summary: words.summary,
    },
    missing,
    shown: bars.length,
    ranked: ranked.length,
  };
}
