import { describe, expect, it } from 'vitest';
import { yAxisWidth } from '../../../src/components/charts/y-axis-width';

describe('the y axis’s width', () => {
  it('is the variant’s own for percentages and the ranks of 63 provinces', () => {
    expect(yAxisWidth(['0%', '7,5%', '15%', '22,5%', '30%'], 13, 52, false)).toBe(52);
    expect(yAxisWidth(['1', '17', '33', '49', '63'], 13, 52, true)).toBe(52);
  });

  it('grows to hold the ranks of 10,000 communes beside the axis’s title', () => {
    const width = yAxisWidth(['1', '2.501', '5.001', '7.501', '10.000'], 13, 52, true);
    // Six characters at 13 px, the tick, and the rotated title's band.
    expect(width).toBeGreaterThanOrEqual(Math.ceil(6 * 13 * 0.62 + 10 + 13 * 1.5));
    expect(yAxisWidth(['1', '10.000'], 13, 52, false)).toBeLessThan(width);
  });
});
