import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART, MINE_OUTLINE, STATUS_COLOR, labelHalo } from './chart-colors';
import { CHART_SIZE } from './chart-size';
import { estimatedLabelWidth, fittedLabel } from './end-label-layout';
import type { ChartVariant, RankedBar, RankedBarsSpec } from './chart-spec';
import { isolate } from '../../lib/isolate';
import { useDrawnInStages } from './use-drawn-in-stages';
import { valueTickLabels } from './x-ticks';
import { NO_GRID_LINES } from './no-grid-lines';

export interface RankedBarsViewProps {
  spec: RankedBarsSpec;
  variant: ChartVariant;
  /** Fixed size (hall, export); a screen chart fills its box's width at `height`. */
  width?: number;
  height: number;
  /** The chart's accessible name: what it is and how to read it with the keyboard. */
  name: string;
  /** Room for the names on the left, px (narrower on a phone). */
  nameWidth: number;
}

/** Room between a name and the axis, px. */
const TICK_GAP = 6;

/**
 * A unit's name on the axis, led by its rank; "my unit" in bold with a marker. A name too long for
 * the column is cut short: the bar's tooltip and the table have it whole.
 */
function NameTick({
  x,
  y,
  payload,
  bars,
  font,
  room,
}: {
  x?: number;
  y?: number;
  payload?: { value: string; index: number };
  bars: readonly RankedBar[];
  font: number;
  /** The name column's width, px. */
  room: number;
}) {
  const bar = payload ? bars[payload.index] : undefined;
  if (bar === undefined || x === undefined || y === undefined) return null;
  const lead = `${bar.mine ? '• ' : ''}${bar.rankLabel} `;
  const name = fittedLabel(bar.name, room - TICK_GAP - estimatedLabelWidth(lead, font), font);
  return (
    <g
      transform={`translate(${x},${y})`}
      className={bar.mine ? 'bar-name bar-name--mine' : 'bar-name'}
    >
      <text
        x={-TICK_GAP}
        y={0}
        dy="0.35em"
        textAnchor="end"
        fontSize={font}
        fontWeight={bar.mine ? 700 : 400}
        fill={bar.mine ? MINE_OUTLINE : CHART.axis}
      >
        {lead}
        {isolate(name)}
      </text>
    </g>
  );
}

/**
 * The value ticks that fit the plot's width with room between their labels (0 % always shown),
 * or null where the width is not known and Recharts chooses.
 */
function shownValueTicks(
  spec: RankedBarsSpec,
  width: number | undefined,
  margin: { left: number; right: number },
  nameWidth: number,
  font: number,
  gap: number,
): number[] | null {
  const plotWidth = (width ?? 0) - margin.left - margin.right - nameWidth;
  if (plotWidth <= 0) return null;
  const label = (v: number) => spec.x.tickLabels[String(v)] ?? String(v);
  const shown = new Set(valueTickLabels(spec.x.ticks.map(label), plotWidth, font, gap));
  return spec.x.ticks.filter((v) => shown.has(label(v)));
}

/**
 * Units as horizontal bars in rank order, coloured by status and labelled with value and status
 * word, the target as a reference line, "my unit" outlined and marked. Render-ready spec in.
 */
export function RankedBarsView({
  spec,
  variant,
  width,
  height,
  nameWidth,
  name,
}: RankedBarsViewProps) {
  const size = CHART_SIZE[variant];
  const bars = spec.bars as RankedBar[];
  const rowHeight = (height - size.margin.top - 40) / Math.max(1, bars.length);
  const font = Math.max(9, Math.min(size.font, Math.floor(rowHeight * 0.75)));
  // Width 0: a tick label is one short line, and Recharts' Text measures each word of a label in the
  // page (a forced layout per label) only when it is given a width to wrap to.
  const tick = { fontSize: font, fill: CHART.axis, width: 0 };
  const margin = { ...size.margin, right: size.margin.right + font * (nameWidth < 140 ? 8 : 9) };
  const valueTicks = shownValueTicks(spec, width, margin, nameWidth, font, size.tickGap);
  // The chart, then its axes, then the bars and their labels, then the tooltip (first draw).
  const drawn = useDrawnInStages(4, variant === 'screen');
  return (
    <BarChart
      data={bars}
      layout="vertical"
      width={width ?? '100%'}
      height={height}
      responsive={width === undefined}
      margin={margin}
      accessibilityLayer
      title={name}
      barCategoryGap="18%"
      className={`chart chart--bars chart--${variant}`}
    >
      {drawn >= 2 && (
        <>
          <CartesianGrid
            stroke={CHART.grid}
            horizontal={false}
            horizontalCoordinatesGenerator={NO_GRID_LINES}
          />
          <XAxis
            type="number"
            domain={[spec.x.domain[0], spec.x.domain[1]]}
            ticks={valueTicks ?? [...spec.x.ticks]}
            // Ticks chosen from the width: Recharts then measures no label in the DOM.
            interval={valueTicks ? 0 : 'preserveEnd'}
            tickFormatter={(v: number) => spec.x.tickLabels[String(v)] ?? String(v)}
            tick={tick}
            stroke={CHART.axis}
            orientation="top"
          />
          <YAxis
            type="category"
            dataKey="id"
            width={nameWidth}
            interval={0}
            tick={<NameTick bars={bars} font={font} room={nameWidth} />}
            stroke={CHART.axis}
          />
          {spec.reference !== null && (
            <ReferenceLine
              x={spec.reference.value}
              stroke={spec.reference.color}
              strokeWidth={size.secondary}
              strokeDasharray={spec.reference.dash}
              label={{
                value: spec.reference.label,
                position: 'insideBottomRight',
                fill: spec.reference.color,
                fontSize: font,
                fontWeight: 700,
              }}
              ifOverflow="extendDomain"
            />
          )}
        </>
      )}
      {drawn >= 3 && (
        <Bar dataKey="value" name={spec.valueName} isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell
              key={bar.id}
              className={`ranked-bar ranked-bar--${bar.status ?? 'none'}${bar.mine ? ' ranked-bar--mine' : ''}`}
              fill={STATUS_COLOR[bar.status ?? 'none']}
              stroke={bar.mine ? MINE_OUTLINE : undefined}
              strokeWidth={bar.mine ? 3 : 0}
            />
          ))}
          {/* The target line crosses some labels. */}
          <LabelList
            dataKey="valueLabel"
            position="right"
            fontSize={font}
            fill={CHART.axis}
            {...labelHalo(font)}
          />
        </Bar>
      )}
      {drawn >= 4 && variant === 'screen' && (
        <Tooltip
          isAnimationActive={false}
          wrapperClassName="chart-tooltip"
          separator=": "
          labelFormatter={(_, payload) => {
            const bar = payload[0]?.payload as RankedBar | undefined;
            return bar ? (
              <>
                {bar.rankLabel} <bdi>{bar.name}</bdi>
              </>
            ) : (
              ''
            );
          }}
          formatter={(_, __, item) => (item.payload as RankedBar).valueLabel}
        />
      )}
    </BarChart>
  );
}
