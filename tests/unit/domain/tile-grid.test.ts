import { describe, expect, it } from 'vitest';
import { placeTiles, type GridPosition } from '../../../src/domain/tile-grid';

const LAYOUT = new Map<string, GridPosition>([
  ['01', { col: 3, row: 3 }],
  ['31', { col: 6, row: 3 }],
  ['79', { col: 2, row: 15 }],
]);

describe('placeTiles', () => {
  it('places the units the layout knows and lists the others, in the order given', () => {
    const result = placeTiles(['98', '01', '79', '99'], LAYOUT);
    expect(result.placed).toEqual([
      { id: '01', col: 3, row: 3 },
      { id: '79', col: 2, row: 15 },
    ]);
    expect(result.unplaced).toEqual(['98', '99']);
  });

  it('sizes the grid from the whole layout, used or not (columns 0…6, rows 0…15)', () => {
    const result = placeTiles(['01'], LAYOUT);
    expect(result.columns).toBe(7);
    expect(result.rows).toBe(16);
  });

  it('lists every unit when none has a position (a registry of merged provinces)', () => {
    const result = placeTiles(['A', 'B'], LAYOUT);
    expect(result.placed).toEqual([]);
    expect(result.unplaced).toEqual(['A', 'B']);
  });
});
