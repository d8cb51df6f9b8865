import { useState, type PointerEvent } from 'react';
import type { MonthIndex } from '../../domain/period';
import { useWidth } from './use-width';
import { CHART } from './chart-colors';
import { linePaths } from './line-paths';
import './line-chart.css';

export interface LineSeries {
  key: string;
  label: string;
  /** One value per month of `x`; null = no value: the line breaks, it never drops to 0. */
  values: readonly (number | null)[];
  color: string;
  strokeWidth: number;
  dash?: string;
  dots?: boolean;
}

export interface ReferenceLine {
  value: number;
  label: string;
  color: string;
  dash?: string;
}

export interface LineChartProps {
  x: readonly MonthIndex[];
  formatX: (period: MonthIndex) => string;
  series: readonly LineSeries[];
  y: {
    min: number;
    max: number;
    /** Values to mark on the axis, from the caller (it knows what is meaningful). */
    ticks: readonly number[];
    format: (value: number) => string;
    /** Smaller is higher (ranks: 1 at the top). */
    inverted?: boolean;
    title?: string;
  };
  references?: readonly ReferenceLine[];
  /** One sentence that says what the chart shows, for screen readers. */
  summary: string;
  height: number;
  /** Fixed width (exports); otherwise the chart follows its container. */
  width?: number;
  legend?: boolean;
}

const MARGIN = { top: 16, right: 40, bottom: 30, left: 64 };
/** Room per month label ("Sept 2019", "08/2020") so neighbours never touch. */
const X_LABEL_WIDTH = 84;

/**
 * A line chart of monthly values in plain SVG: axes, grid, reference lines, lines with gaps where a
 * month has no value, a legend that shows each line's dash, and a hover read-out. Render-ready
 * values in; the only arithmetic is placing them on the page.
 */
export function LineChart({
  x,
  formatX,
  series,
  y,
  references = [],
  summary,
  height,
  width: fixedWidth,
  legend = true,
}: LineChartProps) {
  const { ref, width } = useWidth<HTMLDivElement>(fixedWidth);
  const [hover, setHover] = useState<number | null>(null);
  const plotWidth = Math.max(10, width - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(10, height - MARGIN.top - MARGIN.bottom);
  const n = x.length;
  const xAt = (i: number) => MARGIN.left + (n <= 1 ? plotWidth / 2 : (i * plotWidth) / (n - 1));
  const span = y.max - y.min || 1;
  const yAt = (v: number) => {
    const share = (v - y.min) / span;
    return MARGIN.top + (y.inverted ? share : 1 - share) * plotHeight;
  };
  const step = Math.max(1, Math.ceil((n * X_LABEL_WIDTH) / plotWidth));

  const onMove = (event: PointerEvent<SVGRectElement>) => {
    if (n === 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    const share = (event.clientX - box.left) / box.width;
    setHover(Math.min(n - 1, Math.max(0, Math.round(share * (n - 1)))));
  };

  return (
    <div className="line-chart" ref={ref}>
      <div role="img" aria-label={summary} className="line-chart__canvas">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
          {y.ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={MARGIN.left}
                x2={MARGIN.left + plotWidth}
                y1={yAt(tick)}
                y2={yAt(tick)}
                stroke={CHART.grid}
              />
              <text
                x={MARGIN.left - 8}
                y={yAt(tick)}
                textAnchor="end"
                dominantBaseline="middle"
                className="line-chart__tick"
              >
                {y.format(tick)}
              </text>
            </g>
          ))}
          {y.title && (
            <text
              className="line-chart__tick"
              transform={`translate(14 ${MARGIN.top + plotHeight / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              {y.title}
            </text>
          )}
          <line
            x1={MARGIN.left}
            x2={MARGIN.left + plotWidth}
            y1={MARGIN.top + plotHeight}
            y2={MARGIN.top + plotHeight}
            stroke={CHART.axis}
          />
          {x.map((period, i) =>
            // Labels count back from the last month (the period under review), never overlapping.
            (n - 1 - i) % step === 0 ? (
              <text
                key={period}
                x={xAt(i)}
                y={MARGIN.top + plotHeight + 20}
                textAnchor="middle"
                className="line-chart__tick"
              >
                {formatX(period)}
              </text>
            ) : null,
          )}
          {references.map((r) => (
            <g key={r.label}>
              <line
                x1={MARGIN.left}
                x2={MARGIN.left + plotWidth}
                y1={yAt(r.value)}
                y2={yAt(r.value)}
                stroke={r.color}
                strokeWidth={2}
                strokeDasharray={r.dash}
              />
              <text
                x={MARGIN.left + 6}
                y={yAt(r.value) - 6}
                fill={r.color}
                className="line-chart__reference"
              >
                {r.label}
              </text>
            </g>
          ))}
          {series.map((s) => {
            const points = s.values.map((v, i) => (v === null ? null : { x: xAt(i), y: yAt(v) }));
            const lone = points.filter(
              (p, i) => p !== null && points[i - 1] == null && points[i + 1] == null,
            );
            return (
              <g key={s.key}>
                {linePaths(points).map((d) => (
                  <path
                    key={d}
                    d={d}
                    fill="none"
                    stroke={s.color}
                    strokeWidth={s.strokeWidth}
                    strokeDasharray={s.dash}
                    strokeLinejoin="round"
                    strokeLinecap="round"
                  />
                ))}
                {(s.dots ? points : lone).map((p, i) =>
                  p === null ? null : (
                    <circle key={i} cx={p.x} cy={p.y} r={s.strokeWidth} fill={s.color} />
                  ),
                )}
              </g>
            );
          })}
          {hover !== null && (
            <line
              x1={xAt(hover)}
              x2={xAt(hover)}
              y1={MARGIN.top}
              y2={MARGIN.top + plotHeight}
              stroke={CHART.axis}
              strokeDasharray="3 3"
            />
          )}
          <rect
            x={MARGIN.left}
            y={MARGIN.top}
            width={plotWidth}
            height={plotHeight}
            fill="transparent"
            onPointerMove={onMove}
            onPointerLeave={() => setHover(null)}
          />
        </svg>
        {hover !== null && (
          <div
            className={`line-chart__readout${xAt(hover) > width / 2 ? ' line-chart__readout--left' : ''}`}
            style={{ left: xAt(hover) }}
            aria-hidden="true"
          >
            <strong>{formatX(x[hover]!)}</strong>
            {series.map((s) => {
              const v = s.values[hover];
              return v === null || v === undefined ? null : (
                <span key={s.key}>
                  <i style={{ background: s.color }} /> {s.label}: {y.format(v)}
                </span>
              );
            })}
          </div>
        )}
      </div>
      {legend && (
        <ul className="line-chart__legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key}>
              <svg width="36" height="12" aria-hidden="true">
                <line
                  x1="2"
                  x2="34"
                  y1="6"
                  y2="6"
                  stroke={s.color}
                  strokeWidth={Math.min(s.strokeWidth, 4)}
                  strokeDasharray={s.dash}
                  strokeLinecap="round"
                />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
