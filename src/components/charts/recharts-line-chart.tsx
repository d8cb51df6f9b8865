import {
  CartesianGrid,
  DefaultZIndexes,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts';
import { useMemo } from 'react';
import { CHART, labelHalo } from './chart-colors';
import { CHART_SIZE } from './chart-size';
import type { ChartVariant, LineChartSpec, LineRow } from './chart-spec';
import { endLabelBaselines, estimatedLabelWidth } from './end-label-layout';
import { xAxisLayout } from './x-ticks';
import { yAxisWidth } from './y-axis-width';
import { NO_GRID_LINES } from './no-grid-lines';
import { useDrawnInStages } from './use-drawn-in-stages';

export interface LineChartViewProps {
  spec: LineChartSpec;
  variant: ChartVariant;
  /** Fixed size (hall, export); a screen chart fills its box's width at `height`. */
  width?: number;
  height: number;
  /** The chart's accessible name: what it is and how to read it with the keyboard. */
  name: string;
}

/**
 * The lines' end labels ("Thực tế: 16,5%"), haloed in white so lines never cross through them, and
 * moved apart where lines end close together (end-label-layout.ts).
 */
function EndLabels({ spec, font }: { spec: LineChartSpec; font: number }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const ends = spec.series.flatMap((series) => {
    if (series.end === null) return [];
    const row = spec.rows[series.end.index];
    const value = row?.values[series.key];
    if (!row || value === null || value === undefined) return [];
    const x = xScale(row.label);
    const y = yScale(value);
    if (typeof x !== 'number' || typeof y !== 'number') return [];
    return [
      { series, text: series.end.text, x, y, width: estimatedLabelWidth(series.end.text, font) },
    ];
  });
  const baselines = endLabelBaselines(ends, font, {
    top: plot.y,
    bottom: plot.y + plot.height,
  });
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      {ends.map((end, i) => (
        <text
          key={end.series.key}
          x={end.x - font * 0.4}
          y={baselines[i]}
          textAnchor="end"
          fill={end.series.color}
          fontSize={font}
          fontWeight={700}
          {...labelHalo(font)}
          className="chart-end-label"
        >
          {end.text}
        </text>
      ))}
    </ZIndexLayer>
  );
}

/**
 * Any line chart of monthly values, drawn by Recharts: N named lines (gaps where a month has no
 * value, never zeros), each with its dash pattern and end label, reference lines, a keyboard
 * accessible tooltip (accessibilityLayer). Render-ready spec in; it computes nothing.
 */
export function LineChartView({ spec, variant, width, height, name }: LineChartViewProps) {
  const size = CHART_SIZE[variant];
  // Width 0: a tick label is one short line, and Recharts' Text measures each word of a label in the
  // page (a forced layout per label) only when it is given a width to wrap to.
  const tick = { fontSize: size.font, fill: CHART.axis, width: 0 };
  const rows = spec.rows as LineRow[];
  // Stable per spec: Recharts recomputes its scales when a dataKey changes identity.
  const lines = useMemo(
    () =>
      spec.series.map((s) => ({
        series: s,
        value: (row: LineRow) => row.values[s.key] ?? null,
      })),
    [spec.series],
  );
  const yWidth = useMemo(
    () =>
      yAxisWidth(
        Object.values(spec.y.tickLabels),
        size.font,
        size.yAxisWidth,
        spec.y.title !== null,
      ),
    [spec.y, size],
  );
  const xAxis = useMemo(
    () =>
      xAxisLayout(
        rows.map((r) => r.label),
        width,
        { ...size, yAxisWidth: yWidth },
      ),
    [rows, width, size, yWidth],
  );
  // The chart, then its axes and grid, then the lines, then their labels and the tooltip (first draw).
  const drawn = useDrawnInStages(4, variant === 'screen');
  const tickText = (v: unknown) =>
    typeof v === 'number' ? (spec.y.tickLabels[String(v)] ?? String(v)) : '';
  return (
    <LineChart
      data={rows}
      width={width ?? '100%'}
      height={height}
      responsive={width === undefined}
      margin={xAxis.margin}
      accessibilityLayer
      title={name}
      className={`chart chart--${variant}`}
    >
      {drawn >= 2 && (
        <>
          <CartesianGrid
            stroke={CHART.grid}
            vertical={false}
            verticalCoordinatesGenerator={NO_GRID_LINES}
            strokeWidth={variant === 'hall' ? 2 : 1}
          />
          <XAxis
            dataKey="label"
            tick={tick}
            stroke={CHART.axis}
            ticks={xAxis.ticks ?? undefined}
            interval={xAxis.ticks ? 0 : 'preserveEnd'}
            height={Math.round(size.font * 2.2)}
            minTickGap={size.tickGap}
            tickMargin={size.font / 2}
          />
          <YAxis
            domain={[spec.y.domain[0], spec.y.domain[1]]}
            ticks={[...spec.y.ticks]}
            // Every tick given (axis-ticks.ts spaces them): Recharts then measures no label in the DOM.
            interval={0}
            tickFormatter={tickText}
            reversed={spec.y.inverted}
            allowDecimals={false}
            width={yWidth}
            tick={tick}
            stroke={CHART.axis}
            label={
              spec.y.title === null
                ? undefined
                : {
                    value: spec.y.title,
                    angle: -90,
                    position: 'insideLeft',
                    fontSize: size.font,
                    fill: CHART.axis,
                  }
            }
          />
          {spec.references.map((r) => (
            <ReferenceLine
              key={r.label}
              y={r.value}
              stroke={r.color}
              strokeWidth={size.secondary}
              strokeDasharray={r.dash}
              label={{
                value: r.label,
                position: 'insideTopLeft',
                fill: r.color,
                fontSize: size.font,
                fontWeight: 700,
              }}
            />
          ))}
        </>
      )}
      {drawn >= 3 &&
        lines.map(({ series: s, value }) => {
          const strokeWidth = s.weight === 'main' ? size.main : size.secondary;
          return (
            <Line
              key={s.key}
              name={s.label}
              dataKey={value}
              stroke={s.color}
              strokeWidth={strokeWidth}
              strokeDasharray={s.dash}
              dot={s.weight === 'main' ? { r: size.dot, fill: s.color, strokeWidth: 0 } : false}
              activeDot={{ r: size.dot + 2 }}
              connectNulls={false}
              isAnimationActive={false}
              type="linear"
            />
          );
        })}
      {drawn >= 4 && <EndLabels spec={spec} font={size.font} />}
      {drawn >= 4 && variant === 'screen' && (
        <Tooltip
          formatter={(value) => (typeof value === 'number' ? spec.valueText(value) : '')}
          isAnimationActive={false}
          wrapperClassName="chart-tooltip"
          separator=": "
        />
      )}
    </LineChart>
  );
}
