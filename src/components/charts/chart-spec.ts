import type { MonthIndex } from '../../domain/period';
import type { Status } from '../../domain/progress';

/** Where a chart is drawn: a screen (fills its box), a hall slide (large type), an export image. */
export type ChartVariant = 'screen' | 'hall' | 'export';

/** One named line of a line chart, told apart by dash pattern and end label as well as colour. */
export interface LineSeriesSpec {
  key: string;
  label: string;
  color: string;
  /** SVG dash array; undefined = solid. */
  dash?: string;
  /** 'main' lines are drawn thicker and with dots at each value. */
  weight: 'main' | 'secondary';
  /** Text written at the line's last value ("Thực tế: 16,5%") and that row's index, or null. */
  end: { index: number; text: string } | null;
}

/** One month of a line chart: its axis label and a value (or null = gap) per series key. */
export interface LineRow {
  period: MonthIndex;
  label: string;
  values: Readonly<Record<string, number | null>>;
}

export interface ReferenceSpec {
  value: number;
  label: string;
  color: string;
  dash?: string;
}

/** Everything a line chart draws, ready: it computes nothing. */
export interface LineChartSpec {
  rows: readonly LineRow[];
  series: readonly LineSeriesSpec[];
  y: {
    domain: readonly [number, number];
    ticks: readonly number[];
    tickLabels: Readonly<Record<string, string>>;
    /** Smaller is higher (ranks: 1 at the top). */
    inverted: boolean;
    title: string | null;
  };
  references: readonly ReferenceSpec[];
  /** A value as the tooltip writes it ("16,5%", "12"). */
  valueText: (value: number) => string;
  /**
   * One sentence that says what the chart shows, for screen readers (the svg's description);
   * null where the page already shows it as text beside the chart.
   */
  summary: string | null;
}

/** One bar of a ranked bar chart, in rank order. */
export interface RankedBar {
  id: string;
  /** "2=" when tied, "2" otherwise. */
  rankLabel: string;
  name: string;
  value: number;
  /** The text written at the bar's end: value and status word ("48,2% · Chậm tiến độ"). */
  valueLabel: string;
  status: Status | null;
  mine: boolean;
}

export interface RankedBarsSpec {
  bars: readonly RankedBar[];
  /** Where the list is cut (top and bottom N shown): the bars before this index are the top. */
  gapAfter: number | null;
  x: {
    domain: readonly [number, number];
    ticks: readonly number[];
    tickLabels: Readonly<Record<string, string>>;
  };
  reference: ReferenceSpec | null;
  /** What the bars measure, as the tooltip names it beside a bar's value. */
  valueName: string;
  summary: string;
}
