import { describe, expect, it } from 'vitest';
import { valueTickLabels, xAxisLayout, xTickLabels } from '../../../src/components/charts/x-ticks';

const months = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `${String((i % 12) + 1).padStart(2, '0')}/20${18 + Math.floor(i / 12)}`,
  );

describe('xTickLabels', () => {
  it('shows every month when there is room for every label', () => {
    // 6 labels of 7 characters at 13 px: ~59 px each, +24 px gap, in 100 px slots.
    expect(xTickLabels(months(6), 600, 13, 24)).toEqual(months(6));
  });

  it('always shows the last month, then every k-th before it, k the smallest step that fits', () => {
    // 36 slots of 20 px; a label needs ~83 px: every 5th.
    const shown = xTickLabels(months(36), 720, 13, 24);
    const all = months(36);
    expect(shown.at(-1)).toBe(all[35]);
    expect(shown).toEqual([all[0], all[5], all[10], all[15], all[20], all[25], all[30], all[35]]);
  });

  it('needs a wider step for a larger typeface', () => {
    expect(xTickLabels(months(24), 720, 28, 56).length).toBeLessThan(
      xTickLabels(months(24), 720, 13, 24).length,
    );
  });

  it('shows nothing without labels or without room', () => {
    expect(xTickLabels([], 600, 13, 24)).toEqual([]);
    expect(xTickLabels(months(3), 0, 13, 24)).toEqual([]);
  });
});

describe('xAxisLayout', () => {
  const size = {
    font: 13,
    tickGap: 24,
    yAxisWidth: 52,
    margin: { top: 0, right: 24, bottom: 0, left: 4 },
  };

  it('leaves room on the right for half the last label, and picks the labels for the plot left', () => {
    // "12/2020": ~59 px, half of it 30 + 2 px; the plot is 720 − 4 − 32 − 52 = 632 px.
    const layout = xAxisLayout(months(36), 720, size);
    expect(layout.margin.right).toBe(32);
    expect(layout.ticks).toEqual(xTickLabels(months(36), 632, 13, 24));
  });

  it('lets the chart choose where its width is not known', () => {
    expect(xAxisLayout(months(12), undefined, size).ticks).toBeNull();
  });
});

describe('valueTickLabels', () => {
  const percents = ['0%', '10%', '20%', '30%', '40%', '50%'];

  it('shows every label where they fit', () => {
    expect(valueTickLabels(percents, 600, 13, 12)).toEqual(percents);
  });

  it('thins a narrow axis from 0 by a round step, never to 20 % and 50 %', () => {
    // A phone's plot: 160 px for six labels of about 25 px with 12 px between them.
    expect(valueTickLabels(percents, 160, 13, 12)).toEqual(['0%', '20%', '40%']);
    expect(valueTickLabels(percents, 70, 13, 12)).toEqual(['0%', '50%']);
  });

  it('shows nothing without labels or room', () => {
    expect(valueTickLabels([], 600, 13, 12)).toEqual([]);
    expect(valueTickLabels(percents, 0, 13, 12)).toEqual([]);
  });
});
