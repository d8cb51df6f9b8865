import { describe, expect, it } from 'vitest';
import { rankedBars, type BarWords } from '../../../src/components/charts/ranked-bars-shape';
import {
  rankLineSpec,
  trendLineSpec,
  type ChartWords,
} from '../../../src/components/charts/trend-shape';
import type { RankingRow } from '../../../src/domain/ranking-rows';
import type { TrendChartRow } from '../../../src/domain/series';

const WORDS: ChartWords = {
  month: (p) => `m${p}`,
  percent: (v) => `${(v * 100).toFixed(1)}%`,
  axisPercent: (v) => `${Math.round(v * 100)}%`,
  actual: 'Actual',
  projection: 'Projection',
  required: 'Path',
  target: (v) => `Target ${v}`,
  endLabel: (label, value) => `${label}: ${value}`,
};

const row = (
  period: number,
  actual: number | null,
  projection: number | null = null,
  required: number | null = null,
): TrendChartRow => ({
  period,
  actual,
  projection,
  required,
  target: 0.3,
});

describe('trendLineSpec', () => {
  const rows = [row(1, 0.1), row(2, null), row(3, 0.15, 0.15, 0.15), row(4, null, 0.2, 0.3)];
  const spec = trendLineSpec(rows, 0.3, WORDS, 'summary');

  it('keeps months without a value as gaps, never zeros', () => {
    expect(spec.rows.map((r) => r.values.actual)).toEqual([0.1, null, 0.15, null]);
    expect(spec.rows.map((r) => r.label)).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  it('labels each line at its last value and the target as a reference line', () => {
    const ends = Object.fromEntries(spec.series.map((s) => [s.key, s.end]));
    expect(ends.actual).toEqual({ index: 2, text: 'Actual: 15.0%' });
    expect(ends.projection).toEqual({ index: 3, text: 'Projection: 20.0%' });
    expect(ends.required).toEqual({ index: 3, text: 'Path' });
    expect(spec.references).toEqual([expect.objectContaining({ value: 0.3, label: 'Target 30%' })]);
  });

  it('tells the lines apart by dash as well as colour', () => {
    const dashes = spec.series.map((s) => s.dash ?? 'solid');
    expect(new Set(dashes).size).toBe(spec.series.length);
  });

  it('leaves out a line with no values at all', () => {
    const only = trendLineSpec([row(1, 0.1), row(2, 0.12)], 0.3, WORDS, 's');
    expect(only.series.map((s) => s.key)).toEqual(['actual']);
  });

  it('gives hall slides round ticks and screens five even ones', () => {
    expect(trendLineSpec(rows, 0.3, WORDS, 's', { roundTicks: true }).y.ticks).toEqual([
      0, 0.1, 0.2, 0.3,
    ]);
    expect(spec.y.ticks.map((v) => v.toFixed(3))).toEqual([
      '0.000',
      '0.075',
      '0.150',
      '0.225',
      '0.300',
    ]);
  });
});

describe('rankLineSpec', () => {
  it('inverts the axis with whole-rank ticks from 1 to the worst rank', () => {
    const spec = rankLineSpec(
      [
        { period: 1, rank: 3, rankedOf: 9, change: null },
        { period: 2, rank: null, rankedOf: 9, change: null },
      ],
      9,
      { month: String, count: String, rank: 'Rank', axis: 'Rank axis' },
      's',
    );
    expect(spec.y).toMatchObject({ domain: [1, 9], inverted: true, ticks: [1, 3, 5, 7, 9] });
    expect(spec.rows.map((r) => r.values.rank)).toEqual([3, null]);
  });

  it('writes the ranks of a commune registry grouped, on the axis and in the values', () => {
    const grouped = (n: number) => n.toLocaleString('de-DE');
    const spec = rankLineSpec(
      [{ period: 1, rank: 8079, rankedOf: 10_000, change: null }],
      10_000,
      { month: String, count: grouped, rank: 'Hạng', axis: 'Hạng' },
      's',
    );
    expect(spec.y.ticks.map((tick) => spec.y.tickLabels?.[tick])).toEqual([
      '1',
      '2.501',
      '5.001',
      '7.501',
      '10.000',
    ]);
    expect(spec.valueText(8079)).toBe('8.079');
  });
});

function ranking(
  id: string,
  rank: number | null,
  value: number | null,
  extra: Partial<RankingRow> = {},
  reported = value !== null,
): RankingRow {
  const failed = extra.feed === 'failed';
  const state =
    value !== null ? 'value' : failed ? 'feed-failed' : reported ? 'no-services' : 'not-reported';
  const cell = {
    value,
    tenths: value === null ? null : Math.round(value * 1000),
    reported,
    state,
  };
  return {
    id,
    unit: { id, name: { vi: id, en: id } } as RankingRow['unit'],
    feed: 'ok' as RankingRow['feed'],
    fault: null,
    regionKey: 'none',
    rank,
    rankChange: null,
    move: null,
    rates: { level4Rate: cell } as RankingRow['rates'],
    target: 0.3,
    projection: null,
    projectionTenths: null,
    status: value === null ? null : value >= 0.3 ? 'met' : 'off-track',
    flagRules: 0,
    record: { flags: [] } as unknown as RankingRow['record'],
    ...extra,
  };
}

const BAR_WORDS: BarWords = {
  name: (r) => r.unit.name.vi,
  count: (n) => n.toLocaleString('de-DE'),
  percent: (v) => `${(v * 100).toFixed(1)}%`,
  axisPercent: (v) => `${Math.round(v * 100)}%`,
  status: (s) => s ?? 'none',
  target: (v) => `Target ${v}`,
  indicator: 'Level-4 rate',
  summary: 's',
};

describe('rankedBars', () => {
  it('puts ranked units in rank order, ties sharing a rank, and lists the others with why', () => {
    const rows = [
      ranking('D', 4, 0.1),
      ranking('B', 2, 0.234),
      ranking('A', 1, 0.3),
      ranking('C', 2, 0.234),
      ranking('F', null, null, { feed: 'failed' as RankingRow['feed'] }),
      ranking('N', null, null, {}, true),
      ranking('R', null, null),
    ];
    const { spec, missing } = rankedBars(rows, 'level4Rate', 0.3, 'C', BAR_WORDS);
    expect(spec.bars.map((b) => `${b.rankLabel} ${b.name}`)).toEqual([
      '1 A',
      '2= B',
      '2= C',
      '4 D',
    ]);
    expect(spec.bars.map((b) => b.mine)).toEqual([false, false, true, false]);
    expect(spec.bars[0]!.valueLabel).toBe('30.0% · met');
    expect(spec.reference).toMatchObject({ value: 0.3, label: 'Target 30%' });
    expect(spec.valueName).toBe('Level-4 rate');
    expect(spec.gapAfter).toBeNull();
    expect(missing).toEqual([
      { id: 'F', name: 'F', reason: 'feed-failed' },
      { id: 'N', name: 'N', reason: 'no-services' },
      { id: 'R', name: 'R', reason: 'not-reported' },
    ]);
  });

  it('shows only the top and bottom 25 of more than 100 ranked units', () => {
    const rows = Array.from({ length: 150 }, (_, i) => ranking(`u${1000 + i}`, i + 1, 1 - i / 200));
    const { spec, shown, ranked } = rankedBars(rows, 'level4Rate', null, null, BAR_WORDS);
    expect([shown, ranked]).toEqual([50, 150]);
    expect(spec.bars[24]!.rankLabel).toBe('25');
    expect(spec.bars[25]!.rankLabel).toBe('126');
    expect(spec.gapAfter).toBe(25);
    expect(spec.reference).toBeNull();
  });

  it('writes the ranks of a commune registry grouped', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      ranking(`u${i}`, i < 9_998 ? i + 1 : 9_999, 1 - i / 20_000),
    );
    const { spec } = rankedBars(rows, 'level4Rate', null, null, BAR_WORDS);
    expect(spec.bars.slice(-3).map((b) => b.rankLabel)).toEqual(['9.998', '9.999=', '9.999=']);
  });
});

describe('trend chart with compared lines', () => {
  it('adds one labelled line per compared entity under the trend, with gaps kept', () => {
    const rows = [row(1, 0.1), row(2, 0.12), row(3, null, 0.15, 0.2)];
    const spec = trendLineSpec(rows, 0.3, WORDS, null, {
      compared: [
        {
          key: 'cmp-national',
          label: 'Cả nước',
          points: [
            { period: 1, value: 0.2 },
            { period: 2, value: null },
          ],
        },
      ],
    });
    expect(spec.series.map((s) => s.key)).toEqual([
      'cmp-national',
      'required',
      'projection',
      'actual',
    ]);
    expect(spec.rows.map((r) => r.values['cmp-national'])).toEqual([0.2, null, null]);
    // Its end label sits on its last value, not on the gap after it.
    expect(spec.series[0]!.end?.index).toBe(0);
    expect(spec.series[0]!.dash).not.toBe(spec.series[0 + 3]!.dash);
  });
});
