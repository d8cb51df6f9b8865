import { useId, type ReactNode } from 'react';
import { NO_DATA, paletteFor, type TileColor } from '../../../components/tile-map/tile-colors';

/** One province on the slide's map, render-ready: position, words and colour class. */
export interface SlideTile {
  id: string;
  col: number;
  row: number;
  label: string;
  city: boolean;
  /** "Hà Tĩnh: 14,2%": what a screen reader hears for the tile. */
  accessibleName: string;
  /** What the tile prints after its label: "14,2" or "–". */
  tileText: string;
  /** Colour class; null = not reported (white, hatched). */
  classIndex: number | null;
}

export interface SlideLegendItem {
  classIndex: number | null;
  label: string;
}

/** Wide tiles so that each carries its label and value in one line of 28 px type. */
const W = 150;
/** Centrally-run cities: a heavy outline in the tile's text colour (the legend's is dark). */
const CITY_OUTLINE = '#1b1f24';
const H = 40;
const GAP = 4;

function Swatch({ color }: { color: TileColor | null }) {
  const hatch = useId();
  return (
    <svg className="slide-map__swatch" viewBox="0 0 56 36" aria-hidden="true" focusable="false">
      {color === null ? (
        <>
          <defs>
            <pattern
              id={hatch}
              width="10"
              height="10"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="10" height="10" fill={NO_DATA.fill} />
              <line x1="0" y1="0" x2="0" y2="10" stroke={NO_DATA.hatch} strokeWidth="3" />
            </pattern>
          </defs>
          <rect
            x="2"
            y="2"
            width="52"
            height="32"
            fill={`url(#${hatch})`}
            stroke={NO_DATA.outline}
            strokeWidth="2"
            strokeDasharray="5 3"
          />
        </>
      ) : (
        <rect
          x="2"
          y="2"
          width="52"
          height="32"
          fill={color.fill}
          stroke="#4a5360"
          strokeWidth="2"
        />
      )}
    </svg>
  );
}

/**
 * The provinces as a tile grid for the hall screen: no links, no hover, every tile printing its
 * short label and value in 28 px type; a legend beside it. Render-ready props in, SVG out.
 */
export function SlideTileMap({
  tiles,
  columns,
  rows,
  classCount,
  label,
  legendTitle,
  legend,
  cityLabel,
  aside,
}: {
  tiles: readonly SlideTile[];
  columns: number;
  rows: number;
  classCount: number;
  label: string;
  legendTitle: string;
  legend: readonly SlideLegendItem[];
  cityLabel: string | null;
  aside?: ReactNode;
}) {
  const hatchId = useId();
  const palette = paletteFor(classCount);
  const colorOf = (c: number | null): TileColor | null =>
    c === null ? null : (palette[c] ?? null);
  return (
    <div className="slide-map">
      {tiles.length > 0 && (
        <svg
          className="slide-map__svg"
          width={columns * W}
          height={rows * H}
          viewBox={`0 0 ${columns * W} ${rows * H}`}
          role="group"
          aria-label={label}
        >
          <defs>
            <pattern
              id={hatchId}
              width="10"
              height="10"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="10" height="10" fill={NO_DATA.fill} />
              <line x1="0" y1="0" x2="0" y2="10" stroke={NO_DATA.hatch} strokeWidth="2" />
            </pattern>
          </defs>
          {tiles.map((tile) => {
            const color = colorOf(tile.classIndex);
            const x = tile.col * W;
            const y = tile.row * H;
            const ink = color?.ink ?? NO_DATA.ink;
            return (
              <g key={tile.id} role="img" aria-label={tile.accessibleName}>
                <rect
                  x={x + GAP / 2}
                  y={y + GAP / 2}
                  width={W - GAP}
                  height={H - GAP}
                  rx="4"
                  fill={color === null ? `url(#${hatchId})` : color.fill}
                  stroke={tile.city ? ink : color === null ? NO_DATA.outline : 'none'}
                  strokeWidth={tile.city ? 4 : 2}
                  strokeDasharray={color === null && !tile.city ? '5 3' : undefined}
                />
                <text
                  className={`slide-map__text${color === null ? ' slide-map__text--no-data' : ''}`}
                  x={x + W / 2}
                  y={y + H / 2}
                  fill={ink}
                  textAnchor="middle"
                  dominantBaseline="central"
                >
                  <tspan className="slide-map__label">{tile.label}</tspan> {tile.tileText}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <div className="slide-map__side">
        {tiles.length > 0 && (
          <div className="slide-map__legend">
            <p className="slide-map__legend-title">{legendTitle}</p>
            <ul>
              {legend.map((item) => (
                <li key={item.classIndex ?? 'none'}>
                  <Swatch color={colorOf(item.classIndex)} />
                  <span>{item.label}</span>
                </li>
              ))}
              {cityLabel !== null && (
                <li>
                  <svg
                    className="slide-map__swatch"
                    viewBox="0 0 56 36"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <rect
                      x="3"
                      y="3"
                      width="50"
                      height="30"
                      fill="#ffffff"
                      stroke={CITY_OUTLINE}
                      strokeWidth="4"
                    />
                  </svg>
                  <span>{cityLabel}</span>
                </li>
              )}
            </ul>
          </div>
        )}
        {aside}
      </div>
    </div>
  );
}
