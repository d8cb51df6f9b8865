import type { ReactElement } from 'react';
import { legendAbsences, type Absence } from '../../domain/value-state';
import { measureText, wrapText } from '../../export/svg-text';
import type { LegendItem, MapTile } from './tile-map';
import { ABSENCE_LOOK, NO_DATA, paletteFor } from './tile-colors';
import type { ArchipelagoEntry } from './vietnam-tiles';

export type { Absence };

export interface PrintTile extends Pick<
  MapTile,
  'id' | 'col' | 'row' | 'label' | 'city' | 'name' | 'tileText' | 'classIndex'
> {
  absence: Absence | null;
}

export interface PrintArchipelago extends ArchipelagoEntry {
  name: string;
  unitName: string;
}

export interface PrintTileMapProps {
  tiles: readonly PrintTile[];
  columns: number;
  rows: number;
  classCount: number;
  legendTitle: string;
  /** The colour classes, low to high. */
  legend: readonly LegendItem[];
  absence: Record<Absence, string>;
  cityLabel?: string;
  archipelagos: readonly PrintArchipelago[];
  keyTitle: string;
  width: number;
}

const W = 60;
const H = 46;
const GAP = 4;
const ROW = 27;
const KEY_ROW = 19;
const SANS = { size: 13 } as const;

/** The screen's looks, with the print's own hatch. */
const ABSENT = Object.fromEntries(
  Object.entries(ABSENCE_LOOK).map(([kind, look]) => [
    kind,
    { fill: look.fill ?? 'url(#print-hatch)', ink: NO_DATA.ink, dash: look.dash },
  ]),
) as Record<Absence, { fill: string; ink: string; dash: string | undefined }>;

function Swatch({
  x,
  y,
  fill,
  dash,
  city,
}: {
  x: number;
  y: number;
  fill: string;
  dash?: string;
  city?: boolean;
}) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={32}
        height={20}
        rx={3}
        fill={fill}
        stroke={dash || city ? '#4a5360' : 'none'}
        strokeDasharray={dash}
      />
      {city && (
        <rect
          x={x + 3}
          y={y + 3}
          width={26}
          height={14}
          rx={2}
          fill="none"
          stroke="#1b1f24"
          strokeWidth={2}
        />
      )}
    </g>
  );
}

/**
 * The tile map for print: one SVG with the tiles large enough to read their values, both
 * archipelagos named with the unit they belong to, a legend that tells a failed feed, a unit
 * that did not report and a unit without services apart, and a key to every abbreviation.
 * Render-ready props in; its height is what it needs.
 */
export function PrintTileMap(props: PrintTileMapProps) {
  const { tiles, columns, rows, classCount, legend, absence, width, archipelagos } = props;
  const palette = paletteFor(classCount);
  const mapColumns = Math.max(columns, ...archipelagos.map((a) => Math.ceil(a.col + 1.4)));
  const mapWidth = mapColumns * W;
  const sideX = mapWidth + 28;
  const sideWidth = Math.max(200, width - sideX);

  // Legend: title, classes, the three kinds of missing value, the city outline.
  const legendTitle = wrapText(props.legendTitle, { size: 15, weight: 700 }, sideWidth);
  let y = 0;
  const side: ReactElement[] = [];
  legendTitle.forEach((line, i) => {
    side.push(
      <text key={`lt${i}`} x={sideX} y={y + 16} fontSize={15} fontWeight={700} fill="#1b1f24">
        {line}
      </text>,
    );
    y += 20;
  });
  y += 6;
  const entry = (key: string, swatch: ReactElement, label: string) => {
    side.push(
      <g key={key}>
        {swatch}
        <text x={sideX + 42} y={y + 15} fontSize={14} fill="#1b1f24">
          {label}
        </text>
      </g>,
    );
    y += ROW;
  };
  legend.forEach((item) => {
    if (item.classIndex === null) return;
    const color = palette[item.classIndex];
    entry(
      `c${item.classIndex}`,
      <Swatch x={sideX} y={y} fill={color?.fill ?? '#fff'} />,
      item.label,
    );
  });
  legendAbsences(tiles.map((tile) => tile.absence)).forEach((kind) =>
    entry(
      kind,
      <Swatch x={sideX} y={y} fill={ABSENT[kind].fill} dash={ABSENT[kind].dash} />,
      absence[kind],
    ),
  );
  if (props.cityLabel)
    entry('city', <Swatch x={sideX} y={y} fill="#ffffff" city />, props.cityLabel);

  // Key: abbreviation and full name, north to south, in as many columns as fit.
  y += 14;
  side.push(
    <text key="kt" x={sideX} y={y + 16} fontSize={15} fontWeight={700} fill="#1b1f24">
      {props.keyTitle}
    </text>,
  );
  y += 26;
  const ordered = [...tiles].sort((a, b) => a.row - b.row || a.col - b.col);
  const abbrWidth =
    Math.max(...ordered.map((t) => measureText(t.label, { ...SANS, weight: 700 }))) + 8;
  const entryWidth = abbrWidth + Math.max(...ordered.map((t) => measureText(t.name, SANS))) + 18;
  const keyColumns = Math.max(1, Math.min(3, Math.floor(sideWidth / entryWidth)));
  const perColumn = Math.ceil(ordered.length / keyColumns);
  const keyTop = y;
  ordered.forEach((tile, i) => {
    const col = Math.floor(i / perColumn);
    const x = sideX + col * (sideWidth / keyColumns);
    const ty = keyTop + (i % perColumn) * KEY_ROW + 14;
    side.push(
      <text key={`k${tile.id}`} x={x} y={ty} fontSize={13} fill="#1b1f24">
        <tspan fontWeight={700}>{tile.label}</tspan>
        <tspan x={x + abbrWidth}>{tile.name}</tspan>
      </text>,
    );
  });
  const sideHeight = keyTop + perColumn * KEY_ROW + 4;
  const height = Math.ceil(Math.max(rows * H, sideHeight));

  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img">
      <defs>
        <pattern
          id="print-hatch"
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill={NO_DATA.fill} />
          <line x1="0" y1="0" x2="0" y2="8" stroke={NO_DATA.hatch} strokeWidth="2" />
        </pattern>
      </defs>
      {/* The East Sea behind the archipelagos. */}
      <rect
        x={(columns - 0.3) * W}
        y={6.8 * H}
        width={(mapColumns - columns + 0.3) * W}
        height={11 * H}
        rx={10}
        fill="#eaf3fa"
      />
      {tiles.map((tile) => {
        const x = tile.col * W;
        const ty = tile.row * H;
        const color = tile.classIndex === null ? null : palette[tile.classIndex];
        const look = tile.absence ? ABSENT[tile.absence] : null;
        const ink = color?.ink ?? look?.ink ?? NO_DATA.ink;
        return (
          <g key={tile.id}>
            <rect
              x={x + GAP / 2}
              y={ty + GAP / 2}
              width={W - GAP}
              height={H - GAP}
              rx={4}
              fill={color?.fill ?? look?.fill ?? '#ffffff'}
              stroke={look?.dash ? NO_DATA.outline : 'none'}
              strokeDasharray={look?.dash}
            />
            {tile.city && (
              <rect
                x={x + GAP / 2 + 3}
                y={ty + GAP / 2 + 3}
                width={W - GAP - 6}
                height={H - GAP - 6}
                rx={2}
                fill="none"
                stroke={ink}
                strokeWidth={2}
              />
            )}
            <text
              x={x + W / 2}
              y={ty + 19}
              fontSize={13}
              fontWeight={700}
              fill={ink}
              textAnchor="middle"
            >
              {tile.label}
            </text>
            <text x={x + W / 2} y={ty + 36} fontSize={14} fill={ink} textAnchor="middle">
              {tile.tileText}
            </text>
          </g>
        );
      })}
      {archipelagos.map((a) => {
        const cx = a.col * W;
        const cy = a.row * H;
        return (
          <g key={a.id}>
            {a.islets.map(([dx, dy], i) => (
              <circle key={i} cx={cx + dx * W} cy={cy + dy * H} r={2.6} fill="#0b3d6b" />
            ))}
            <text
              x={cx}
              y={cy + 0.75 * H + 12}
              fontSize={12}
              fontWeight={700}
              fill="#0b3d6b"
              textAnchor="middle"
            >
              {a.name}
            </text>
            <text x={cx} y={cy + 0.75 * H + 27} fontSize={12} fill="#0b3d6b" textAnchor="middle">
              {a.unitName}
            </text>
          </g>
        );
      })}
      {side}
    </svg>
  );
}
