import type { GridPosition } from '../../domain/tile-grid';

export interface TileLayoutEntry extends GridPosition {
  /** Short label printed on the tile (the full name is the tile's accessible name). */
  label: string;
  /** A centrally-run city (thành phố trực thuộc trung ương): drawn with a heavier outline. */
  city?: boolean;
}

/**
 * The project's own tile grid of Vietnam's 63 provinces (2008–2025), keyed by the General
 * Statistics Office's two-digit code: one equal tile each, placed north to south (row 0 is the
 * far north) and west to east (column 0 is the border with Laos and Cambodia), so the S shape,
 * the Red River and Mekong deltas and the central coast read at a glance. Only the positions
 * live here; which units exist comes from the registry, and a unit with no entry is listed
 * beside the map.
 */
const ROWS: readonly (readonly [
  code: string,
  col: number,
  row: number,
  label: string,
  city?: true,
])[] = [
  ['12', 1, 0, 'LCh'],
  ['10', 2, 0, 'LCa'],
  ['02', 3, 0, 'HG'],
  ['04', 4, 0, 'CB'],
  ['11', 0, 1, 'ĐB'],
  ['14', 1, 1, 'SL'],
  ['15', 2, 1, 'YB'],
  ['08', 3, 1, 'TQ'],
  ['06', 4, 1, 'BK'],
  ['20', 5, 1, 'LS'],
  ['25', 2, 2, 'PT'],
  ['26', 3, 2, 'VP'],
  ['19', 4, 2, 'TN'],
  ['24', 5, 2, 'BG'],
  ['22', 6, 2, 'QNi'],
  ['17', 2, 3, 'HB'],
  ['01', 3, 3, 'HN', true],
  ['27', 4, 3, 'BN'],
  ['30', 5, 3, 'HD'],
  ['31', 6, 3, 'HP', true],
  ['35', 3, 4, 'HNa'],
  ['33', 4, 4, 'HY'],
  ['34', 5, 4, 'TB'],
  ['38', 2, 5, 'TH'],
  ['37', 3, 5, 'NB'],
  ['36', 4, 5, 'NĐ'],
  ['40', 2, 6, 'NA'],
  ['42', 3, 6, 'HT'],
  ['44', 3, 7, 'QB'],
  ['45', 3, 8, 'QT'],
  ['46', 4, 8, 'Huế'],
  ['49', 4, 9, 'QNa'],
  ['48', 5, 9, 'ĐN', true],
  ['62', 4, 10, 'KT'],
  ['51', 5, 10, 'QNg'],
  ['64', 4, 11, 'GL'],
  ['52', 5, 11, 'BĐ'],
  ['66', 4, 12, 'ĐL'],
  ['54', 5, 12, 'PY'],
  ['70', 2, 13, 'BP'],
  ['67', 3, 13, 'ĐNo'],
  ['68', 4, 13, 'LĐ'],
  ['56', 5, 13, 'KH'],
  ['72', 1, 14, 'TNi'],
  ['74', 2, 14, 'BD'],
  ['75', 3, 14, 'ĐNa'],
  ['60', 4, 14, 'BTh'],
  ['58', 5, 14, 'NT'],
  ['80', 1, 15, 'LA'],
  ['79', 2, 15, 'HCM', true],
  ['77', 3, 15, 'VT'],
  ['89', 0, 16, 'AG'],
  ['87', 1, 16, 'ĐT'],
  ['82', 2, 16, 'TG'],
  ['83', 3, 16, 'BT'],
  ['91', 0, 17, 'KG'],
  ['92', 1, 17, 'CT', true],
  ['86', 2, 17, 'VL'],
  ['84', 3, 17, 'TV'],
  ['93', 1, 18, 'HGi'],
  ['94', 2, 18, 'ST'],
  ['96', 0, 19, 'CM'],
  ['95', 1, 19, 'BL'],
];

export const VIETNAM_TILES: ReadonlyMap<string, TileLayoutEntry> = new Map(
  ROWS.map(([code, col, row, label, city]) => [
    code,
    city ? { col, row, label, city } : { col, row, label },
  ]),
);

/** An archipelago drawn beside the tile grid, east of the unit it belongs to. */
export interface ArchipelagoEntry {
  id: 'hoangSa' | 'truongSa';
  /** GSO code of the unit it belongs to (Đà Nẵng, Khánh Hòa). */
  unit: string;
  /** Centre of its islets in grid units (may be fractional; east of the coast). */
  col: number;
  row: number;
  /** Islets as offsets from the centre, in grid units. */
  islets: readonly (readonly [number, number])[];
}

/**
 * The Hoàng Sa archipelago (Đà Nẵng) and the Trường Sa archipelago (Khánh Hòa), as Vietnamese
 * official maps show them: in the East Sea, off the central coast, each named with the unit it
 * belongs to.
 */
export const ARCHIPELAGOS: readonly ArchipelagoEntry[] = [
  {
    id: 'hoangSa',
    unit: '48',
    col: 7.6,
    row: 8.4,
    islets: [
      [-0.35, -0.2],
      [-0.1, -0.3],
      [0.2, -0.15],
      [0.35, 0.1],
      [-0.25, 0.15],
      [0.05, 0.2],
    ],
  },
  {
    id: 'truongSa',
    unit: '56',
    col: 7.9,
    row: 15.2,
    islets: [
      [-0.5, -0.6],
      [-0.2, -0.4],
      [0.15, -0.5],
      [0.45, -0.25],
      [-0.4, -0.05],
      [0.0, 0.05],
      [0.35, 0.2],
      [-0.2, 0.4],
      [0.2, 0.55],
      [0.55, 0.6],
    ],
  },
];
