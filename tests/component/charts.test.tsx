import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type {
  LineChartSpec,
  RankedBar,
  RankedBarsSpec,
} from '../../src/components/charts/chart-spec';
import { CHART_SIZE } from '../../src/components/charts/chart-size';
import { RankChart } from '../../src/components/charts/rank-chart';
import { LineChartView } from '../../src/components/charts/recharts-line-chart';
import { RankedBarsView } from '../../src/components/charts/recharts-ranked-bars';
import { TrendChart } from '../../src/components/charts/trend-chart';
import type { RankingRow } from '../../src/domain/ranking-rows';
import { RankedBars, useBarWords } from '../../src/features/rankings/ranked-bars-section';
import { createI18n } from '../../src/i18n/i18n';
import { LocaleContext } from '../../src/i18n/use-locale';

function inLocale(children: ReactNode, locale: 'vi' | 'en' = 'vi') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <LocaleContext value={locale}>{children}</LocaleContext>
    </I18nextProvider>,
  );
}

const ROWS = [
  { period: 100, actual: 0.1, projection: null, required: null, target: 0.3 },
  { period: 101, actual: null, projection: null, required: null, target: 0.3 },
  { period: 102, actual: 0.16, projection: 0.16, required: 0.16, target: 0.3 },
  { period: 103, actual: null, projection: 0.2, required: 0.3, target: 0.3 },
];

const textsIn = (container: HTMLElement) =>
  [...container.querySelectorAll('svg.recharts-surface text')].map((t) => t.textContent);

/** The texts Recharts drew inside the chart's <svg>, once `expected` is among them. */
async function svgTexts(container: HTMLElement, expected: string) {
  await waitFor(() => expect(textsIn(container)).toContain(expected));
  return textsIn(container);
}

describe('TrendChart (Recharts) at export size', () => {
  it('draws its lines labelled at their ends and the target, in Vietnamese', async () => {
    const { container } = inLocale(
      <TrendChart
        rows={ROWS}
        yMax={0.3}
        summary="Tóm tắt"
        variant="export"
        width={800}
        height={400}
      />,
    );
    const texts = await svgTexts(container, 'Thực tế: 16,0%');
    expect(texts).toContain('Dự báo theo xu hướng: 20,0%');
    expect(texts).toContain('Mục tiêu 30%');
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(3);
    expect(screen.getByText('Tóm tắt')).toHaveClass('visually-hidden');
  });

  it('writes its labels in English when the view is in English', async () => {
    const { container } = inLocale(
      <TrendChart
        rows={ROWS}
        yMax={0.3}
        summary="Summary"
        variant="export"
        width={800}
        height={400}
      />,
      'en',
    );
    expect(await svgTexts(container, 'Actual: 16.0%')).toContain(
      'Mục tiêu 30%'.replace('Mục tiêu', 'Target'),
    );
  });
});

describe('RankChart (Recharts)', () => {
  it('puts rank 1 at the top of an inverted axis of whole ranks', async () => {
    const { container } = inLocale(
      <RankChart
        points={[
          { period: 100, rank: 5, rankedOf: 9, change: null },
          { period: 101, rank: 2, rankedOf: 9, change: 3 },
        ]}
        worstRank={9}
        summary="Hạng"
        variant="export"
        width={600}
        height={300}
      />,
    );
    const texts = await svgTexts(container, '9');
    expect(texts.filter((t) => /^\d+$/.test(t ?? ''))).toEqual(['1', '3', '5', '7', '9']);
    const y = (label: string) =>
      Number(
        [...container.querySelectorAll('svg.recharts-surface text')]
          .find((t) => t.textContent === label)!
          .getAttribute('y'),
      );
    expect(y('1')).toBeLessThan(y('9'));
  });
});

function row(id: string, name: string, rank: number | null, value: number | null): RankingRow {
  return {
    id,
    unit: { id, name: { vi: name, en: name } } as RankingRow['unit'],
    feed: 'ok' as RankingRow['feed'],
    fault: null,
    regionKey: 'none',
    rank,
    rankChange: null,
    move: null,
    rates: {
      level4Rate: {
        value,
        tenths: value === null ? null : value * 1000,
        reported: value !== null,
        state: value === null ? 'not-reported' : 'value',
      },
    } as RankingRow['rates'],
    target: 0.3,
    projection: null,
    projectionTenths: null,
    status: value === null ? null : value >= 0.3 ? 'met' : 'off-track',
    flagRules: 0,
    record: { flags: [] } as unknown as RankingRow['record'],
  };
}

function Bars({ rows, mine }: { rows: RankingRow[]; mine: string | null }) {
  const words = useBarWords('level4Rate', 'tỉnh', rows.length);
  return (
    <RankedBars
      rows={rows}
      indicator="level4Rate"
      target={0.3}
      myUnit={mine}
      words={words}
      variant="export"
      width={900}
      height={400}
    />
  );
}

describe('RankedBars (Recharts)', () => {
  it('draws one bar per ranked unit in rank order, ties sharing a rank, my unit marked', async () => {
    const rows = [
      row('b', 'Bắc Giang', 2, 0.234),
      row('a', 'An Giang', 2, 0.234),
      row('l', 'Bạc Liêu', 1, 0.3),
      row('c', 'Cà Mau', null, null),
    ];
    const { container } = inLocale(<Bars rows={rows} mine="b" />);
    const texts = await svgTexts(container, '• 2= Bắc Giang');
    const names = texts.filter((t) => /^(• )?\d+=? \D/.test(t ?? ''));
    expect(names).toEqual(['1 Bạc Liêu', '2= An Giang', '• 2= Bắc Giang']);
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(3);
    expect(texts).toContain('30,0% · Đạt');
    expect(texts).toContain('Mục tiêu 30%');
    expect(screen.queryByText(/Cà Mau/)).toBeNull();
  });
});

/** A value axis from 0 to 30 %, ticks every 10, labels as given. */
const Y_TO_30: LineChartSpec['y'] = {
  domain: [0, 0.3],
  ticks: [0, 0.1, 0.2, 0.3],
  tickLabels: {},
  inverted: false,
  title: null,
};

describe('LineChartView end labels', () => {
  it('writes the labels of lines that end close together one under another, none covering another', async () => {
    const keys = ['a', 'b', 'c', 'd'];
    const ends = [0.1, 0.101, 0.102, 0.103];
    const spec: LineChartSpec = {
      rows: [0, 1, 2].map((i) => ({
        period: 100 + i,
        label: `M${i}`,
        values: Object.fromEntries(keys.map((k, s) => [k, i === 2 ? ends[s]! : 0.05 + s * 0.01])),
      })),
      series: keys.map((key) => ({
        key,
        label: key,
        color: '#000000',
        weight: 'secondary',
        end: { index: 2, text: `Unit ${key}` },
      })),
      y: Y_TO_30,
      references: [],
      valueText: String,
      summary: null,
    };
    const { container } = inLocale(
      <LineChartView spec={spec} variant="export" width={800} height={400} name="Test" />,
    );
    await svgTexts(container, 'Unit d');
    const baselines = [...container.querySelectorAll('.chart-end-label')]
      .map((t) => Number(t.getAttribute('y')))
      .sort((a, b) => a - b);
    expect(baselines).toHaveLength(4);
    const font = CHART_SIZE.export.font;
    for (let i = 1; i < baselines.length; i++)
      expect(baselines[i]! - baselines[i - 1]!).toBeGreaterThanOrEqual(font * 1.2 - 0.01);
  });
});

/** Bars for `names` in rank order, the first at `top` and each next 0.1 lower, labelled "40%". */
function plainBars(names: string[], top: number): RankedBar[] {
  return names.map((name, i) => ({
    id: name,
    rankLabel: String(i + 1),
    name,
    value: top - i * 0.1,
    valueLabel: `${Math.round((top - i * 0.1) * 100)}%`,
    status: null,
    mine: false,
  }));
}

describe('RankedBarsView value axis', () => {
  const ticks = [0, 0.1, 0.2, 0.3, 0.4, 0.5];
  const spec: RankedBarsSpec = {
    bars: plainBars(['A', 'B', 'C'], 0.4),
    gapAfter: null,
    x: {
      domain: [0, 0.5],
      ticks,
      tickLabels: Object.fromEntries(ticks.map((v) => [String(v), `${Math.round(v * 100)}%`])),
    },
    reference: null,
    valueName: 'Rate',
    summary: 'Summary',
  };
  /** The value ticks written once the bars are drawn `width` px wide. */
  async function valueTicks(width: number) {
    const { container } = inLocale(
      <RankedBarsView
        spec={spec}
        variant="export"
        width={width}
        height={300}
        nameWidth={160}
        name="T"
      />,
    );
    const texts = () =>
      [...container.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => t.textContent);
    await waitFor(() => expect(texts().length).toBeGreaterThan(0));
    return texts();
  }

  it('writes every value tick where the plot is wide enough', async () => {
    expect(await valueTicks(1200)).toEqual(['0%', '10%', '20%', '30%', '40%', '50%']);
  });

  it('keeps the last tick and every k-th before it where the plot is narrow', async () => {
    const shown = await valueTicks(420);
    expect(shown.length).toBeLessThan(6);
    expect(shown.at(-1)).toBe('50%');
  });
});

describe('a chart drawn on the screen and in an export', () => {
  const keys = ['actual', 'projection'];
  const lineSpec: LineChartSpec = {
    rows: [0, 1, 2, 3].map((i) => ({
      period: 200 + i,
      label: `0${i + 1}/2020`,
      values: {
        actual: i < 3 ? 0.1 + i * 0.02 : null,
        projection: i >= 2 ? 0.14 + (i - 2) * 0.03 : null,
      },
    })),
    series: keys.map((key, s) => ({
      key,
      label: key,
      color: '#000000',
      weight: s === 0 ? 'main' : 'secondary',
      end: { index: s === 0 ? 2 : 3, text: `End ${key}` },
    })),
    y: Y_TO_30,
    references: [{ value: 0.3, label: 'Target 30%', color: '#aa0000' }],
    valueText: String,
    summary: null,
  };
  const whole = (container: HTMLElement) => ({
    lines: container.querySelectorAll('.recharts-line').length,
    labels: textsIn(container).filter((t) => t?.startsWith('End ')),
    target: textsIn(container).includes('Target 30%'),
  });

  it('is whole in an export as soon as it is rendered: the export copies it at once', () => {
    const { container } = inLocale(
      <LineChartView spec={lineSpec} variant="export" width={800} height={400} name="T" />,
    );
    expect(whole(container)).toEqual({
      lines: 2,
      labels: ['End actual', 'End projection'],
      target: true,
    });
  });

  it('is whole on the screen once its parts are drawn, with the tooltip for the keyboard', async () => {
    const { container } = inLocale(
      <LineChartView spec={lineSpec} variant="screen" width={800} height={400} name="T" />,
    );
    await waitFor(() =>
      expect(whole(container)).toEqual({
        lines: 2,
        labels: ['End actual', 'End projection'],
        target: true,
      }),
    );
    await waitFor(() => expect(container.querySelector('.chart-tooltip')).not.toBeNull());
  });

  it('draws ranked bars whole on the screen once their parts are drawn', async () => {
    const { container } = inLocale(
      <RankedBarsView
        spec={{
          bars: plainBars(['A', 'B'], 0.3),
          gapAfter: null,
          x: { domain: [0, 0.4], ticks: [0, 0.2, 0.4], tickLabels: {} },
          reference: null,
          valueName: 'Level-4 rate',
          summary: 'Summary',
        }}
        variant="screen"
        width={800}
        height={300}
        nameWidth={160}
        name="T"
      />,
    );
    await waitFor(() =>
      expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2),
    );
    expect(textsIn(container)).toEqual(expect.arrayContaining(['1 A', '2 B', '30%', '20%']));
    // The keyboard's tooltip names the unit, then what the bars measure beside its value.
    await waitFor(() => expect(container.querySelector('.chart-tooltip')).not.toBeNull());
    const surface = container.querySelector<SVGElement>('svg.recharts-surface')!;
    act(() => surface.focus());
    fireEvent.keyDown(surface, { key: 'ArrowRight' });
    await waitFor(() =>
      expect(container.querySelector('.chart-tooltip')).toHaveTextContent('1 ALevel-4 rate: 30%'),
    );
  });
});
