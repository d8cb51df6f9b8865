import {
  useId,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useHref, useNavigate, type To } from 'react-router';
import type { Absence } from '../../domain/value-state';
import { ABSENCE_LOOK, NO_DATA, paletteFor, type TileColor } from './tile-colors';
import './tile-map.css';

/** One province's tile, render-ready: position, words and class come from the engine. */
export interface MapTile {
  id: string;
  col: number;
  row: number;
  /** Short label printed on the tile. */
  label: string;
  city: boolean;
  /** Full name in the view's language. */
  name: string;
  /** "14,2%" or "Chưa báo cáo": the hover/focus box. */
  valueText: string;
  /** What fits on the tile: "14,2" or "–" (the hatch and the legend say "not reported"). */
  tileText: string;
  /** The tile's accessible name: "Hà Tĩnh: 14,2%". */
  accessibleName: string;
  /** More words for the hover/focus box (status, rank). */
  detail: string | null;
  /** Colour class; null = no value (its look says why: `absence`). */
  classIndex: number | null;
  /** Why a tile has no value (a failed feed, not reported, …); unset: "not reported". */
  absence?: Absence | null;
  to: To;
  /** The user's own unit ("my unit"): drawn with a heavy outline. */
  mine?: boolean;
}

export interface LegendItem {
  /** Class index, or null for a "no data" swatch. */
  classIndex: number | null;
  label: string;
  /** Which "no data" look the swatch shows; unset: "not reported" (the hatch). */
  absence?: Absence;
}

/** What every variant of the map is told. */
interface BaseTileMapProps {
  columns: number;
  rows: number;
  /** How many colour classes the scale has (2, 5 or 6). */
  classCount: number;
  /** Names the whole map for assistive technology. */
  label: string;
  legendTitle: string;
  legend: readonly LegendItem[];
  /** Legend entry for the heavier outline of centrally-run cities; omitted when none is drawn. */
  cityLabel?: string;
  /** Shown under the legend (units without a position, hints). */
  aside?: ReactNode;
}

/** The screens: every tile a link with a hover/focus box, the user's unit outlined. */
export interface ScreenTileMapProps extends BaseTileMapProps {
  variant?: 'screen';
  tiles: readonly MapTile[];
  /** Said in the box after a tap on a touch screen: a second tap opens the unit's page. */
  tapHint?: string;
  /** Legend entry for the "my unit" outline; omitted when no tile is the user's. */
  mineLabel?: string;
  /** Draw the map at this height (exports): legend beside it whatever the viewport. */
  fit?: { height: number };
}

/** A tile on the hall screen: no link, no box; its value is written on it in 28 px type. */
export type HallTile = Pick<
  MapTile,
  'id' | 'col' | 'row' | 'label' | 'city' | 'accessibleName' | 'tileText' | 'classIndex' | 'absence'
>;

/** What a tile without a value shows in place of it; its look and the legend say the rest. */
export const ABSENCE_MARK: Record<Absence, string> = {
  failed: '!',
  loading: '…',
  silent: '–',
  none: '–',
};

/** The hall (the deck at 1920×1080): wide tiles, no links, no hover; a legend beside. */
export interface HallTileMapProps extends BaseTileMapProps {
  variant: 'hall';
  tiles: readonly HallTile[];
}

export type TileMapProps = ScreenTileMapProps | HallTileMapProps;

const W = 64;
const H = 48;
const GAP = 4;

/** Swatch sizes: the screen's legend, and the hall's at 28 px type. */
const SWATCH = {
  screen: { w: 32, h: 22, hatch: 8, line: 1.5, dash: '3 2', className: 'tile-map__swatch' },
  hall: { w: 56, h: 36, hatch: 10, line: 2, dash: '5 3', className: 'slide-map__swatch' },
} as const;

function Swatch({
  color,
  size,
  city = false,
  mine = false,
  absence,
}: {
  color: TileColor | null;
  size: keyof typeof SWATCH;
  city?: boolean;
  mine?: boolean;
  absence?: Absence;
}) {
  const look = absence ? ABSENCE_LOOK[absence] : null;
  const hatch = useId().replace(/:/g, '');
  const { w, h, line, dash, className } = SWATCH[size];
  const box = { x: line, y: line, width: w - 2 * line, height: h - 2 * line };
  return (
    <svg className={className} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
      {mine ? (
        <rect {...box} rx="3" fill="#ffffff" className="tile-map__mine" />
      ) : city ? (
        <>
          <rect {...box} fill="#ffffff" stroke="#4a5360" strokeWidth={line} />
          <rect
            x={3 * line + 1}
            y={3 * line + 1}
            width={w - 6 * line - 2}
            height={h - 6 * line - 2}
            fill="none"
            stroke={CITY_OUTLINE}
            strokeWidth={2 * line}
          />
        </>
      ) : color === null && look?.fill ? (
        <rect
          {...box}
          fill={look.fill}
          stroke={look.dash ? NO_DATA.outline : 'none'}
          strokeWidth={line}
          strokeDasharray={look.dash}
        />
      ) : color === null ? (
        <>
          <defs>
            <HatchPattern id={hatch} size={SWATCH[size].hatch} />
          </defs>
          <rect
            {...box}
            fill={`url(#${hatch})`}
            stroke={NO_DATA.outline}
            strokeWidth={line}
            strokeDasharray={dash}
          />
        </>
      ) : (
        <rect {...box} fill={color.fill} stroke="#4a5360" strokeWidth={line} />
      )}
    </svg>
  );
}

/** The "not reported" fill: white with grey diagonal lines. */
function HatchPattern({ id, size }: { id: string; size: number }) {
  return (
    <pattern
      id={id}
      width={size}
      height={size}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width={size} height={size} fill={NO_DATA.fill} />
      <line x1="0" y1="0" x2="0" y2={size} stroke={NO_DATA.hatch} strokeWidth="2" />
    </pattern>
  );
}

/** Centrally-run cities: a heavy outline in the tile's ink (the legend's is dark). */
const CITY_OUTLINE = '#1b1f24';

function Tile({
  tile,
  color,
  hatchId,
  shown,
  onShow,
  onHide,
  onTap,
}: {
  tile: MapTile;
  color: TileColor | null;
  hatchId: string;
  /** Its box is open. */
  shown: boolean;
  onShow: (id: string) => void;
  onHide: (id: string) => void;
  onTap: (id: string) => void;
}) {
  const href = useHref(tile.to);
  const navigate = useNavigate();
  const x = tile.col * W;
  const y = tile.row * H;
  const noData = color === null;
  const look = ABSENCE_LOOK[tile.absence ?? 'silent'];
  const ink = color?.ink ?? NO_DATA.ink;
  // A touch has no hover: the first tap shows the unit's figures, a second tap opens its page.
  const touch = useRef(false);
  const open = (e: MouseEvent<Element>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (touch.current && !shown) {
      onTap(tile.id);
      return;
    }
    void navigate(tile.to);
  };
  return (
    <a
      href={href}
      aria-label={tile.accessibleName}
      className={`tile-map__tile${noData ? ' tile-map__tile--no-data' : ''}${tile.mine ? ' tile-map__tile--mine' : ''}`}
      data-mine={tile.mine ? 'true' : undefined}
      onPointerDown={(e) => {
        touch.current = e.pointerType === 'touch' || e.pointerType === 'pen';
      }}
      onClick={open}
      onMouseEnter={() => onShow(tile.id)}
      onMouseLeave={() => onHide(tile.id)}
      onFocus={() => onShow(tile.id)}
      onBlur={() => onHide(tile.id)}
    >
      <rect
        className="tile-map__cell"
        x={x + GAP / 2}
        y={y + GAP / 2}
        width={W - GAP}
        height={H - GAP}
        rx="4"
        fill={noData ? (look.fill ?? `url(#${hatchId})`) : color.fill}
        stroke={noData && look.dash ? NO_DATA.outline : 'none'}
        strokeDasharray={noData ? look.dash : undefined}
      />
      {tile.city && (
        <rect
          className="tile-map__city"
          x={x + GAP / 2 + 3}
          y={y + GAP / 2 + 3}
          width={W - GAP - 6}
          height={H - GAP - 6}
          rx="2"
          fill="none"
          stroke={ink}
          strokeWidth="2"
        />
      )}
      {tile.mine && (
        <rect
          className="tile-map__mine"
          x={x + 1.5}
          y={y + 1.5}
          width={W - 3}
          height={H - 3}
          rx="5"
          fill="none"
        />
      )}
      <text className="tile-map__label" x={x + W / 2} y={y + 21} fill={ink} textAnchor="middle">
        {tile.label}
      </text>
      <text className="tile-map__value" x={x + W / 2} y={y + 38} fill={ink} textAnchor="middle">
        {tile.tileText}
      </text>
      <rect
        className="tile-map__focus"
        x={x + 1}
        y={y + 1}
        width={W - 2}
        height={H - 2}
        rx="5"
        fill="none"
      />
    </a>
  );
}

/** The legend beside the map: the classes, "not reported", the user's unit and the city outline. */
function Legend({
  size,
  id,
  title,
  legend,
  colorOf,
  cityLabel,
  mineLabel,
}: {
  size: keyof typeof SWATCH;
  id?: string;
  title: string;
  legend: readonly LegendItem[];
  colorOf: (classIndex: number | null) => TileColor | null;
  cityLabel?: string;
  mineLabel?: string;
}) {
  const block = size === 'hall' ? 'slide-map' : 'tile-map';
  return (
    <div className={`${block}__legend`} id={id}>
      <p className={`${block}__legend-title`}>{title}</p>
      <ul>
        {legend.map((item) => (
          <li key={item.classIndex ?? item.absence ?? 'none'}>
            <Swatch size={size} color={colorOf(item.classIndex)} absence={item.absence} />
            <span>{item.label}</span>
          </li>
        ))}
        {mineLabel && (
          <li>
            <Swatch size={size} color={null} mine />
            <span>{mineLabel}</span>
          </li>
        )}
        {cityLabel && (
          <li>
            <Swatch size={size} color={null} city />
            <span>{cityLabel}</span>
          </li>
        )}
      </ul>
    </div>
  );
}

/** The column beside the map: its legend (none when no tile is drawn), then the aside. */
function Side({
  size,
  legend,
  aside,
}: {
  size: keyof typeof SWATCH;
  legend: Omit<Parameters<typeof Legend>[0], 'size'> | false;
  aside: ReactNode;
}) {
  return (
    <div className={size === 'hall' ? 'slide-map__side' : 'tile-map__side'}>
      {legend && <Legend size={size} {...legend} />}
      {aside}
    </div>
  );
}

/**
 * A tile-grid map: one equal tile per unit at its grid position, coloured by class, "no data"
 * hatched. Render-ready props in, SVG out: it computes nothing. On the screens every tile is a
 * link (Tab, Enter) whose accessible name carries its value, and hover or focus shows the value
 * in a box; in the hall (`variant="hall"`) the tiles are wide, carry their value in 28 px type and
 * react to nothing.
 */
export function TileMap(props: TileMapProps) {
  return props.variant === 'hall' ? <HallTileMap {...props} /> : <ScreenTileMap {...props} />;
}

/** Wide hall tiles, so that each carries its label and value in one line of 28 px type. */
const HALL_W = 150;
const HALL_H = 40;

function HallTileMap({
  tiles,
  columns,
  rows,
  classCount,
  label,
  legendTitle,
  legend,
  cityLabel,
  aside,
}: HallTileMapProps) {
  const hatchId = useId().replace(/:/g, '');
  const palette = paletteFor(classCount);
  const colorOf = (c: number | null): TileColor | null =>
    c === null ? null : (palette[c] ?? null);
  return (
    <div className="slide-map">
      {tiles.length > 0 && (
        <svg
          className="slide-map__svg"
          width={columns * HALL_W}
          height={rows * HALL_H}
          viewBox={`0 0 ${columns * HALL_W} ${rows * HALL_H}`}
          role="group"
          aria-label={label}
        >
          <defs>
            <HatchPattern id={hatchId} size={10} />
          </defs>
          {tiles.map((tile) => {
            const color = colorOf(tile.classIndex);
            const look = ABSENCE_LOOK[tile.absence ?? 'silent'];
            const x = tile.col * HALL_W;
            const y = tile.row * HALL_H;
            const ink = color?.ink ?? NO_DATA.ink;
            return (
              <g key={tile.id} role="img" aria-label={tile.accessibleName}>
                <rect
                  x={x + GAP / 2}
                  y={y + GAP / 2}
                  width={HALL_W - GAP}
                  height={HALL_H - GAP}
                  rx="4"
                  fill={color === null ? (look.fill ?? `url(#${hatchId})`) : color.fill}
                  stroke={tile.city ? ink : color === null && look.dash ? NO_DATA.outline : 'none'}
                  strokeWidth={tile.city ? 4 : 2}
                  strokeDasharray={color === null && !tile.city ? look.dash : undefined}
                />
                <text
                  className={`slide-map__text${color === null ? ' slide-map__text--no-data' : ''}`}
                  x={x + HALL_W / 2}
                  y={y + HALL_H / 2}
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
      <Side
        size="hall"
        aside={aside}
        legend={tiles.length > 0 && { title: legendTitle, legend, colorOf, cityLabel }}
      />
    </div>
  );
}

function ScreenTileMap({
  tiles,
  columns,
  rows,
  classCount,
  label,
  legendTitle,
  legend,
  cityLabel,
  mineLabel,
  tapHint,
  aside,
  fit,
}: ScreenTileMapProps) {
  const hatchId = useId().replace(/:/g, '');
  const legendId = useId();
  const palette = paletteFor(classCount);
  const [active, setActive] = useState<string | null>(null);
  const [tapped, setTapped] = useState<string | null>(null);
  const shown = active === null ? null : (tiles.find((t) => t.id === active) ?? null);
  const colorOf = (c: number | null): TileColor | null =>
    c === null ? null : (palette[c] ?? null);
  // The box leans inwards near the map's sides so it is never cut off on a phone.
  const edge =
    shown === null
      ? ''
      : shown.col * 3 < columns - 1
        ? 'start'
        : shown.col * 3 > 2 * (columns - 1)
          ? 'end'
          : '';
  const below = shown !== null && shown.row < 2;

  return (
    <div
      className={[
        'tile-map',
        tiles.length === 0 ? 'tile-map--list-only' : '',
        fit ? 'tile-map--fit' : '',
      ].join(' ')}
      style={fit ? ({ '--fit-height': `${fit.height}px` } as CSSProperties) : undefined}
    >
      <Side
        size="screen"
        aside={aside}
        legend={
          tiles.length > 0 && {
            id: legendId,
            title: legendTitle,
            legend,
            colorOf,
            cityLabel,
            mineLabel,
          }
        }
      />
      {tiles.length > 0 && (
        <div className="tile-map__canvas">
          <svg
            className="tile-map__svg"
            viewBox={`0 0 ${columns * W} ${rows * H}`}
            role="group"
            aria-label={label}
            aria-describedby={legendId}
            style={{ aspectRatio: `${columns * W} / ${rows * H}` }}
          >
            <defs>
              <HatchPattern id={hatchId} size={8} />
            </defs>
            {tiles.map((tile) => (
              <Tile
                key={tile.id}
                tile={tile}
                color={colorOf(tile.classIndex)}
                hatchId={hatchId}
                shown={tapped === tile.id}
                onShow={setActive}
                onHide={(id) => {
                  setActive((current) => (current === id ? null : current));
                  setTapped((current) => (current === id ? null : current));
                }}
                onTap={(id) => {
                  setActive(id);
                  setTapped(id);
                }}
              />
            ))}
          </svg>
          {shown && (
            <div
              className={`tile-map__tip${edge ? ` tile-map__tip--${edge}` : ''}${below ? ' tile-map__tip--below' : ''}`}
              aria-hidden="true"
              style={{
                left: `${((shown.col + 0.5) / columns) * 100}%`,
                top: `${((below ? shown.row + 1 : shown.row) / rows) * 100}%`,
              }}
            >
              <strong>
                <bdi>{shown.name}</bdi>
              </strong>
              <span className="tile-map__tip-value">{shown.valueText}</span>
              {shown.detail && <span>{shown.detail}</span>}
              {tapHint && tapped === shown.id && (
                <span className="tile-map__tip-hint">{tapHint}</span>
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
