import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { CHART, DASH } from '../../../components/charts/chart-colors';
import { percentTicks } from '../../../domain/deck';
import type { MonthIndex } from '../../../domain/period';
import type { TrendChartRow } from '../../../domain/series';
import { useFormatters, useT } from '../../../i18n/use-locale';

const FONT = 28;
const INK = '#1b1f24';

/** A label drawn at one row of a line only: its last actual month, or the deadline. */
function endLabel(
  rows: readonly TrendChartRow[],
  at: MonthIndex | null,
  text: string,
  color: string,
  anchor: 'start' | 'end',
) {
  return function renderEndLabel(props: {
    x?: number | string;
    y?: number | string;
    index?: number;
  }) {
    const row = props.index === undefined ? undefined : rows[props.index];
    if (at === null || row?.period !== at) return null;
    const x = Number(props.x);
    const y = Number(props.y);
    return (
      <text
        x={anchor === 'start' ? x + 18 : x - 18}
        y={y - 18}
        textAnchor={anchor}
        fill={color}
        fontSize={FONT}
        fontWeight={700}
        paintOrder="stroke"
        stroke="#ffffff"
        strokeWidth={8}
        strokeLinejoin="round"
      >
        {text}
      </text>
    );
  };
}

/**
 * The level-4 trend drawn for a hall: fixed size (the stage scales it), 28 px type, thick lines,
 * the last value and the projection written at the ends of their lines, the target labelled on its
 * line. Render-ready rows in (trendChartRows), pixels out: it computes nothing.
 */
export function SlideTrendChart({
  rows,
  yMax,
  summary,
  last,
  deadline,
  projection,
  target,
  width,
  height,
}: {
  rows: readonly TrendChartRow[];
  yMax: number;
  summary: string;
  last: { period: MonthIndex; value: number } | null;
  deadline: MonthIndex | null;
  projection: number | null;
  target: { value: number; deadline: MonthIndex } | null;
  width: number;
  height: number;
}) {
  const t = useT('present');
  const f = useFormatters();
  return (
    <div role="img" aria-label={summary} className="slide-chart">
      <LineChart
        width={width}
        height={height}
        data={rows}
        margin={{ top: 56, right: 250, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={CHART.grid} strokeWidth={2} vertical={false} />
        <XAxis
          dataKey="period"
          tickFormatter={(p: number) => f.month(p)}
          stroke={CHART.axis}
          strokeWidth={2}
          tick={{ fontSize: FONT, fill: INK }}
          tickMargin={12}
          tickSize={10}
          minTickGap={48}
          height={64}
        />
        <YAxis
          domain={[0, yMax]}
          ticks={percentTicks(yMax)}
          tickFormatter={(v: number) => f.target(v)}
          stroke={CHART.axis}
          strokeWidth={2}
          tick={{ fontSize: FONT, fill: INK }}
          tickSize={10}
          width={120}
        />
        {target !== null && (
          <ReferenceLine
            y={target.value}
            stroke={CHART.target}
            strokeDasharray={DASH.target}
            strokeWidth={5}
            ifOverflow="extendDomain"
            label={{
              value: t('trend.target', {
                value: f.target(target.value),
                deadline: f.month(target.deadline),
              }),
              position: 'insideTopLeft',
              fill: CHART.target,
              fontSize: FONT,
              fontWeight: 700,
              offset: 14,
            }}
          />
        )}
        <Line
          type="linear"
          dataKey="required"
          stroke={CHART.required}
          strokeWidth={5}
          strokeDasharray={DASH.required}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="projection"
          stroke={CHART.projection}
          strokeWidth={6}
          strokeDasharray={DASH.projection}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        >
          {projection !== null && (
            <LabelList
              dataKey="projection"
              content={endLabel(
                rows,
                deadline,
                t('trend.projectionLabel', { value: f.percent(projection) }),
                CHART.projection,
                'start',
              )}
            />
          )}
        </Line>
        <Line
          type="linear"
          dataKey="actual"
          stroke={CHART.actual}
          strokeWidth={7}
          dot={{ r: 6, strokeWidth: 3, fill: CHART.actual }}
          connectNulls={false}
          isAnimationActive={false}
        >
          {last !== null && (
            <LabelList
              dataKey="actual"
              content={endLabel(
                rows,
                last.period,
                t('trend.actualLabel', { value: f.percent(last.value) }),
                CHART.actual,
                'end',
              )}
            />
          )}
        </Line>
      </LineChart>
    </div>
  );
}
