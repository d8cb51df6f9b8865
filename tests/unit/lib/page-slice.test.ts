import { describe, expect, it } from 'vitest';
import { pageSlice } from '../../../src/lib/page-slice';

describe('pageSlice', () => {
  const rows = Array.from({ length: 120 }, (_, i) => i);

  it('shows 50 rows a page, never the whole list', () => {
    const first = pageSlice(rows, 0);
    expect([first.visible.length, first.from, first.to, first.pages]).toEqual([50, 1, 50, 3]);
    const last = pageSlice(rows, 2);
    expect([last.visible, last.from, last.to]).toEqual([rows.slice(100), 101, 120]);
  });

  it('clamps a page out of range to the nearest page', () => {
    expect(pageSlice(rows, 9).page).toBe(2);
    expect(pageSlice(rows, -1).page).toBe(0);
    expect(pageSlice([], 0)).toMatchObject({ visible: [], pages: 1, from: 0, to: 0 });
  });
});
