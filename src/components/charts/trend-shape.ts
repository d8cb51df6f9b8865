import { percentTicks, rankTicks } from '../../domain/axis-ticks';
import { roundPercentTicks } from '../../domain/deck';
import type { MonthIndex } from '../../domain/period';
import type { RankPoint } from '../../domain/rank-history';
import type { SeriesPoint, TrendChartRow } from '../../domain/series';
import { CHART, COMPARE_STYLE, DASH } from './chart-colors';
import type { LineChartSpec, LineSeriesSpec } from './chart-spec';
import { isolate } from '../../lib/isolate';

/** The formatters and words a chart's texts need, in the view's language. */
export interface ChartWords {
  month: (period: MonthIndex) => string;
  percent: (fraction: number) => string;
  /** An axis or target value: "30%" (no needless decimals). */
  axisPercent: (fraction: number) => string;
  actual: string;
  projection: string;
  required: string;
  /** "Mục tiêu 30%". */
  target: (valueText: string) => string;
  /** A line's end label: "Thực tế: 16,5%". */
  endLabel: (label: string, valueText: string) => string;
}

/** A line drawn beside the trend for comparison: the nation, a region or another unit. */
export interface ComparedLine {
  key: string;
  label: string;
  points: readonly SeriesPoint[];
}

function tickLabels(ticks: readonly number[], format: (v: number) => string) {
  return Object.fromEntries(ticks.map((v) => [String(v), format(v)]));
}

/** The last value of a line, and its row's index. */
function lastValue(rows: readonly TrendChartRow[], pick: (r: TrendChartRow) => number | null) {
  for (let i = rows.length - 1; i >= 0; i--) {
    const value = pick(rows[i]!);
    if (value !== null) return { index: i, value };
  }
  return null;
}

function lastIndexOf(
  rows: readonly TrendChartRow[],
  pick: (r: TrendChartRow) => number | null,
  text: string,
) {
  const last = lastValue(rows, pick);
  return last === null ? null : { index: last.index, text };
}

/**
 * A trend chart, ready to draw: actuals (solid, thick), the projection from the trend (dashed),
 * the path that reaches the target (dotted) and the target (a reference line). Hall slides get
 * round ticks (every 10 or 20 points), screens and exports five even ones.
 */
export function trendLineSpec(
  rows: readonly TrendChartRow[],
  yMax: number,
  words: ChartWords,
  summary: string | null,
  options: { roundTicks?: boolean; compared?: readonly ComparedLine[] } = {},
): LineChartSpec {
  const compared = options.compared ?? [];
  const top = yMax > 0 ? yMax : 1;
  const ticks = options.roundTicks ? roundPercentTicks(top) : percentTicks(top);
  const end = (label: string, last: { index: number; value: number } | null) =>
    last === null
      ? null
      : { index: last.index, text: words.endLabel(label, words.percent(last.value)) };
  const series: LineSeriesSpec[] = [
    {
      key: 'required',
      label: words.required,
      color: CHART.required,
      dash: DASH.required,
      weight: 'secondary',
      // The path ends on the target: its label names it, the target line gives the value.
      end: lastIndexOf(rows, (r) => r.required, words.required),
    },
    {
      key: 'projection',
      label: words.projection,
      color: CHART.projection,
      dash: DASH.projection,
      weight: 'secondary',
      end: end(
        words.projection,
        lastValue(rows, (r) => r.projection),
      ),
    },
    {
      key: 'actual',
      label: words.actual,
      color: CHART.actual,
      weight: 'main',
      end: end(
        words.actual,
        lastValue(rows, (r) => r.actual),
      ),
    },
  ];
  const comparedValues = compared.map(
    (c) => new Map(c.points.map((p) => [p.period, p.value] as const)),
  );
  const comparedSpecs: LineSeriesSpec[] = compared.map((c, i) => {
    const style = COMPARE_STYLE[i % COMPARE_STYLE.length]!;
    const values = comparedValues[i]!;
    return {
      key: c.key,
      label: c.label,
      color: style.color,
      dash: style.dash,
      weight: 'secondary',
      // A unit's name beside its value ("Hà Nội: 16,5%"): isolated, so the value keeps its side.
      end: end(
        isolate(c.label),
        lastValue(rows, (r) => values.get(r.period) ?? null),
      ),
    };
  });
  const used = series.filter((s) => rows.some((r) => r[s.key as keyof TrendChartRow] !== null));
  const target = rows.find((r) => r.target !== null)?.target ?? null;
  return {
    rows: rows.map((r) => ({
      period: r.period,
      label: words.month(r.period),
      values: {
        actual: r.actual,
        projection: r.projection,
        required: r.required,
        ...Object.fromEntries(
          compared.map((c, i) => [c.key, comparedValues[i]!.get(r.period) ?? null]),
        ),
      },
    })),
    // Compared lines first, so the unit's own line is drawn over them.
    series: [...comparedSpecs, ...used],
    y: {
      domain: [0, top],
      ticks,
      tickLabels: tickLabels(ticks, words.axisPercent),
      inverted: false,
      title: null,
    },
    references:
      target === null
        ? []
        : [
            {
              value: target,
              label: words.target(words.axisPercent(target)),
              color: CHART.target,
              dash: DASH.target,
            },
          ],
    valueText: words.percent,
    summary,
  };
}

/** A unit's rank month by month on an inverted axis (rank 1 at the top), whole ranks only. */
export function rankLineSpec(
  points: readonly RankPoint[],
  worstRank: number,
  words: {
    month: (period: MonthIndex) => string;
    /** A rank as every count is written ("8.179"): ranks of 10,000 communes need grouping. */
    count: (n: number) => string;
    rank: string;
    axis: string;
  },
  summary: string | null,
): LineChartSpec {
  const bottom = Math.max(worstRank, 2);
  const ticks = rankTicks(bottom);
  return {
    rows: points.map((p) => ({
      period: p.period,
      label: words.month(p.period),
      values: { rank: p.rank },
    })),
    series: [
      {
        key: 'rank',
        label: words.rank,
        color: CHART.actual,
        weight: 'main',
        end: null,
      },
    ],
    y: {
      domain: [1, bottom],
      ticks,
      tickLabels: tickLabels(ticks, words.count),
      inverted: true,
      title: words.axis,
    },
    references: [],
    valueText: words.count,
    summary,
  };
}
