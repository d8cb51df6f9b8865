import {
  useId,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useHref, useNavigate, type To } from 'react-router';
import { NO_DATA, paletteFor, type TileColor } from './tile-colors';
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
  /** Colour class; null = not reported (white, hatched). */
  classIndex: number | null;
  to: To;
  /** The user's own unit ("my unit"): drawn with a heavy outline. */
  mine?: boolean;
}

export interface LegendItem {
  /** Class index, or null for the "no data" swatch. */
  classIndex: number | null;
  label: string;
}

export interface TileMapProps {
  tiles: readonly MapTile[];
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
  /** Said in the box after a tap on a touch screen: a second tap opens the unit's page. */
  tapHint?: string;
  /** Legend entry for the "my unit" outline; omitted when no tile is the user's. */
  mineLabel?: string;
  /** Draw the map at this height (exports): legend beside it whatever the viewport. */
  fit?: { height: number };
}

const W = 64;
const H = 48;
const GAP = 4;

function Swatch({ color, noData }: { color: TileColor | null; noData: boolean }) {
  return (
    <svg className="tile-map__swatch" viewBox="0 0 32 22" aria-hidden="true" focusable="false">
      {noData || !color ? (
        <>
          <rect x="1" y="1" width="30" height="20" fill={NO_DATA.fill} />
          <path
            d="M1 11l10-10M1 21l20-20M11 21l20-20M21 21l10-10"
            stroke={NO_DATA.hatch}
            strokeWidth="1.5"
          />
          <rect
            x="1"
            y="1"
            width="30"
            height="20"
            fill="none"
            stroke={NO_DATA.outline}
            strokeDasharray="3 2"
            strokeWidth="1.5"
          />
        </>
      ) : (
        <rect x="1" y="1" width="30" height="20" fill={color.fill} stroke="#4a5360" />
      )}
    </svg>
  );
}

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
        fill={noData ? `url(#${hatchId})` : color.fill}
        stroke={noData ? NO_DATA.outline : 'none'}
        strokeDasharray={noData ? '4 3' : undefined}
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

/**
 * A tile-grid map: one equal tile per unit at its grid position, coloured by class, "no data"
 * hatched. Every tile is a link (Tab, Enter) whose accessible name carries its value; hover or
 * focus shows the value in a box. Render-ready props in, SVG out: it computes nothing.
 */
export function TileMap({
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
}: TileMapProps) {
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
      <div className="tile-map__side">
        {tiles.length > 0 && (
          <div className="tile-map__legend" id={legendId}>
            <p className="tile-map__legend-title">{legendTitle}</p>
            <ul>
              {legend.map((item) => (
                <li key={item.classIndex ?? 'none'}>
                  <Swatch color={colorOf(item.classIndex)} noData={item.classIndex === null} />
                  <span>{item.label}</span>
                </li>
              ))}
              {mineLabel && (
                <li>
                  <svg
                    className="tile-map__swatch"
                    viewBox="0 0 32 22"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <rect
                      x="2"
                      y="2"
                      width="28"
                      height="18"
                      rx="3"
                      fill="#ffffff"
                      className="tile-map__mine"
                    />
                  </svg>
                  <span>{mineLabel}</span>
                </li>
              )}
              {cityLabel && (
                <li>
                  <svg
                    className="tile-map__swatch"
                    viewBox="0 0 32 22"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <rect x="1" y="1" width="30" height="20" fill="#ffffff" stroke="#4a5360" />
                    <rect
                      x="4"
                      y="4"
                      width="24"
                      height="14"
                      fill="none"
                      stroke="#1b1f24"
                      strokeWidth="2"
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
              <pattern
                id={hatchId}
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="8" height="8" fill={NO_DATA.fill} />
                <line x1="0" y1="0" x2="0" y2="8" stroke={NO_DATA.hatch} strokeWidth="2" />
              </pattern>
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
