import { CHART, DASH } from '../../../components/charts/chart-colors';
import { linePaths, type PlotPoint } from '../../../components/charts/line-paths';
import { roundPercentTicks } from '../../../domain/deck';
import type { MonthIndex } from '../../../domain/period';
import type { TrendChartRow } from '../../../domain/series';
import { useFormatters, useT } from '../../../i18n/use-locale';

const FONT = 28;
const INK = '#1b1f24';
const MARGIN = { top: 56, right: 260, bottom: 64, left: 128 };
/** Room per month label at hall size, so neighbours never touch. */
const X_LABEL_WIDTH = 150;

/** A value written beside its point, haloed in white so lines never cross through it. */
function EndLabel({
  at,
  text,
  color,
  anchor,
}: {
  at: PlotPoint;
  text: string;
  color: string;
  anchor: 'start' | 'end';
}) {
  if (at === null) return null;
  return (
    <text
      x={anchor === 'start' ? at.x + 18 : at.x - 18}
      y={at.y - 18}
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
}

/**
 * The level-4 trend drawn for a hall: fixed size (the stage scales it), 28 px type, thick lines,
 * the last value and the projection written at the ends of their lines, the target labelled on its
 * line. Render-ready rows in (trendChartRows), pixels out: the only arithmetic places them.
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
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const n = rows.length;
  const top = yMax > 0 ? yMax : 1;
  const xAt = (i: number) => MARGIN.left + (n <= 1 ? plotWidth / 2 : (i * plotWidth) / (n - 1));
  const yAt = (v: number) => MARGIN.top + (1 - v / top) * plotHeight;
  const step = Math.max(1, Math.ceil((n * X_LABEL_WIDTH) / plotWidth));
  const pointsOf = (pick: (row: TrendChartRow) => number | null): PlotPoint[] =>
    rows.map((row, i) => {
      const v = pick(row);
      return v === null ? null : { x: xAt(i), y: yAt(v) };
    });
  const actual = pointsOf((r) => r.actual);
  const projected = pointsOf((r) => r.projection);
  const required = pointsOf((r) => r.required);
  const pointAt = (points: PlotPoint[], period: MonthIndex | null) =>
    period === null ? null : (points[rows.findIndex((r) => r.period === period)] ?? null);

  return (
    <div role="img" aria-label={summary} className="slide-chart">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        {roundPercentTicks(top).map((tick) => (
          <g key={tick}>
            <line
              x1={MARGIN.left}
              x2={MARGIN.left + plotWidth}
              y1={yAt(tick)}
              y2={yAt(tick)}
              stroke={CHART.grid}
              strokeWidth={2}
            />
            <text
              x={MARGIN.left - 16}
              y={yAt(tick)}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={FONT}
              fill={INK}
            >
              {f.target(tick)}
            </text>
          </g>
        ))}
        <line
          x1={MARGIN.left}
          x2={MARGIN.left + plotWidth}
          y1={MARGIN.top + plotHeight}
          y2={MARGIN.top + plotHeight}
          stroke={CHART.axis}
          strokeWidth={2}
        />
        {rows.map((row, i) =>
          // Labels count back from the last month, never overlapping.
          (n - 1 - i) % step === 0 ? (
            <text
              key={row.period}
              x={xAt(i)}
              y={MARGIN.top + plotHeight + 44}
              textAnchor="middle"
              fontSize={FONT}
              fill={INK}
            >
              {f.month(row.period)}
            </text>
          ) : null,
        )}
        {target !== null && (
          <g>
            <line
              x1={MARGIN.left}
              x2={MARGIN.left + plotWidth}
              y1={yAt(target.value)}
              y2={yAt(target.value)}
              stroke={CHART.target}
              strokeWidth={5}
              strokeDasharray={DASH.target}
            />
            <text
              x={MARGIN.left + 14}
              y={yAt(target.value) - 14}
              fill={CHART.target}
              fontSize={FONT}
              fontWeight={700}
              paintOrder="stroke"
              stroke="#ffffff"
              strokeWidth={8}
              strokeLinejoin="round"
            >
              {t('trend.target', {
                value: f.target(target.value),
                deadline: f.month(target.deadline),
              })}
            </text>
          </g>
        )}
        {[
          {
            key: 'required',
            points: required,
            color: CHART.required,
            width: 5,
            dash: DASH.required,
          },
          {
            key: 'projection',
            points: projected,
            color: CHART.projection,
            width: 6,
            dash: DASH.projection,
          },
          { key: 'actual', points: actual, color: CHART.actual, width: 7, dash: undefined },
        ].map((line) =>
          linePaths(line.points).map((d) => (
            <path
              key={`${line.key}${d}`}
              d={d}
              fill="none"
              stroke={line.color}
              strokeWidth={line.width}
              strokeDasharray={line.dash}
              strokeLinejoin="round"
              strokeLinecap={line.dash === undefined ? 'round' : 'butt'}
            />
          )),
        )}
        {actual.map((p, i) =>
          p === null ? null : <circle key={i} cx={p.x} cy={p.y} r={7} fill={CHART.actual} />,
        )}
        {projection !== null && (
          <EndLabel
            at={pointAt(projected, deadline)}
            text={t('trend.projectionLabel', { value: f.percent(projection) })}
            color={CHART.projection}
            anchor="start"
          />
        )}
        {last !== null && (
          <EndLabel
            at={pointAt(actual, last.period)}
            text={t('trend.actualLabel', { value: f.percent(last.value) })}
            color={CHART.actual}
            anchor="end"
          />
        )}
      </svg>
    </div>
  );
}
