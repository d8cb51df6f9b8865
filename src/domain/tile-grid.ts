/** A tile's place on a grid map: column from the west, row from the north, both from 0. */
export interface GridPosition {
  col: number;
  row: number;
}

export interface PlacedTile extends GridPosition {
  id: string;
}

export interface TilePlacement {
  placed: PlacedTile[];
  /** Ids that have no position in the layout, in the order given: listed beside the map. */
  unplaced: string[];
  /** The layout's size (all its positions, used or not), so the map keeps its shape. */
  columns: number;
  rows: number;
}

/**
 * Puts units on a tile layout keyed by id. Nothing is dropped: a unit without a position (a
 * registry of merged provinces, a test unit) comes back in `unplaced`.
 */
export function placeTiles(
  ids: readonly string[],
  layout: ReadonlyMap<string, GridPosition>,
): TilePlacement {
  let columns = 0;
  let rows = 0;
  for (const p of layout.values()) {
    columns = Math.max(columns, p.col + 1);
    rows = Math.max(rows, p.row + 1);
  }
  const placed: PlacedTile[] = [];
  const unplaced: string[] = [];
  const taken = new Set<string>();
  for (const id of ids) {
    const p = layout.get(id);
    if (!p || taken.has(id)) {
      if (!p) unplaced.push(id);
      continue;
    }
    taken.add(id);
    placed.push({ id, col: p.col, row: p.row });
  }
  return { placed, unplaced, columns, rows };
}
