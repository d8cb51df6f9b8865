import { describe, expect, it } from 'vitest';
import { linePaths } from '../../../src/components/charts/line-paths';

describe('linePaths', () => {
  it('breaks the line at a month with no value instead of drawing it at 0', () => {
    expect(
      linePaths([{ x: 0, y: 10 }, { x: 5, y: 20 }, null, { x: 15, y: 30 }, { x: 20, y: 25.25 }]),
    ).toEqual(['M0.0,10.0L5.0,20.0', 'M15.0,30.0L20.0,25.3']);
  });

  it('gives no path for no values, and a lone point its own path', () => {
    expect(linePaths([null, null])).toEqual([]);
    expect(linePaths([null, { x: 1, y: 2 }, null])).toEqual(['M1.0,2.0']);
  });
});
