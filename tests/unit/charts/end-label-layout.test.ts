import { describe, expect, it } from 'vitest';
import {
  endLabelBaselines,
  estimatedLabelWidth,
  fittedLabel,
  spreadBaselines,
} from '../../../src/components/charts/end-label-layout';

/** Smallest distance between any two baselines. */
const closest = (ys: number[]) => {
  const sorted = [...ys].sort((a, b) => a - b);
  return Math.min(...sorted.slice(1).map((y, i) => y - sorted[i]!));
};

describe('spreadBaselines', () => {
  it('leaves labels that do not touch where they want to be', () => {
    expect(spreadBaselines([100, 40, 160], 12, 0, 300)).toEqual([100, 40, 160]);
  });

  it('moves crowded labels apart around the middle of what they want, keeping their order', () => {
    // Four lines ending within 3 px of each other (a comparison of close units).
    const placed = spreadBaselines([101, 100, 102, 103], 12, 0, 300);
    expect(closest(placed)).toBeCloseTo(12);
    // Same order top to bottom as the wishes (ties keep the series' order).
    expect(placed[1]).toBeLessThan(placed[0]!);
    expect(placed[0]).toBeLessThan(placed[2]!);
    expect(placed[2]).toBeLessThan(placed[3]!);
    // Centred: the mean is what they wanted on average.
    const mean = placed.reduce((s, y) => s + y, 0) / 4;
    expect(mean).toBeCloseTo((101 + 100 + 102 + 103) / 4);
  });

  it('keeps labels inside the plot, pushing a crowd down from the top or up from the bottom', () => {
    const nearTop = spreadBaselines([5, 6, 7], 12, 10, 300);
    expect(Math.min(...nearTop)).toBe(10);
    expect(closest(nearTop)).toBeCloseTo(12);
    const nearBottom = spreadBaselines([298, 299, 300], 12, 10, 300);
    expect(Math.max(...nearBottom)).toBe(300);
    expect(closest(nearBottom)).toBeCloseTo(12);
  });

  it('merges a crowd that grows into its neighbour', () => {
    // 50 and 58 collide; spread to 48 and 60, which now touches 66: all three move.
    const placed = spreadBaselines([50, 58, 66], 12, 0, 300);
    expect(closest(placed)).toBeCloseTo(12);
    expect(placed.reduce((s, y) => s + y, 0) / 3).toBeCloseTo(58);
  });

  it('spaces labels evenly from the top when the plot is too short for them all', () => {
    expect(spreadBaselines([20, 20, 20, 20], 12, 10, 40)).toEqual([10, 22, 34, 46]);
  });

  it('gives nothing for no labels', () => {
    expect(spreadBaselines([], 12, 0, 100)).toEqual([]);
  });
});

describe('endLabelBaselines', () => {
  const plot = { top: 10, bottom: 290 };

  it('puts a lone label just above its point', () => {
    expect(endLabelBaselines([{ x: 300, y: 120, width: 80 }], 14, plot)).toEqual([120 - 14 * 0.7]);
  });

  it('moves apart labels that would cover each other, and only those', () => {
    const ends = [
      { x: 300, y: 120, width: 80 },
      { x: 300, y: 122, width: 80 },
      // Ends far to the right, its text clear of the others: not moved.
      { x: 480, y: 121, width: 80 },
    ];
    const [a, b, c] = endLabelBaselines(ends, 14, plot);
    expect(Math.abs(a! - b!)).toBeCloseTo(14 * 1.2);
    expect(c).toBeCloseTo(121 - 14 * 0.7);
  });

  it('moves a label written leftwards over the label of another line (a long projection label)', () => {
    const ends = [
      { x: 300, y: 120, width: 80 },
      // Ends further right, but its long text reaches back over the first label.
      { x: 420, y: 118, width: 200 },
    ];
    const [a, b] = endLabelBaselines(ends, 14, plot);
    expect(Math.abs(a! - b!)).toBeCloseTo(14 * 1.2);
  });
});

describe('estimatedLabelWidth', () => {
  it('grows with the text and the type size', () => {
    expect(estimatedLabelWidth('Thực tế: 16,5%', 14)).toBeGreaterThan(
      estimatedLabelWidth('Hà Nội', 14),
    );
    expect(estimatedLabelWidth('Hà Nội', 28)).toBe(2 * estimatedLabelWidth('Hà Nội', 14));
  });
});

describe('a name fitted to its column', () => {
  it('is kept whole when it fits', () => {
    expect(fittedLabel('Hà Nội', 124, 13)).toBe('Hà Nội');
  });

  it('is cut short with "…" within the room, never wider', () => {
    const name = 'Xã Bình Vĩnh 9590, huyện Phong Điền';
    const fitted = fittedLabel(name, 70, 13);
    expect(fitted.endsWith('…')).toBe(true);
    expect(name.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(estimatedLabelWidth(fitted, 13)).toBeLessThanOrEqual(70);
  });
});
