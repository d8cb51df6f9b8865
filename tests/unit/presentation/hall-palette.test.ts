import { describe, expect, it } from 'vitest';
import {
  HALL_BACKGROUND,
  HALL_GRID,
  HALL_LINES,
  HALL_TEXT,
} from '../../../src/features/presentation/hall-palette';
import { contrastRatio } from '../../../src/lib/contrast';

describe('contrastRatio', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('the hall palette passes a projector check', () => {
  it.each(Object.entries(HALL_LINES))(
    '%s: its colour reads as text and its line is ≥ 4 px',
    (_, line) => {
      expect(contrastRatio(line.color, HALL_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
      expect(line.width).toBeGreaterThanOrEqual(4);
    },
  );

  it.each(Object.entries(HALL_TEXT))('%s text reaches 4.5:1', (_, color) => {
    expect(contrastRatio(color, HALL_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('the path to the target is neither grey nor dotted', () => {
    const { required } = HALL_LINES;
    const dashes = required.dash.split(' ').map(Number);
    expect(dashes[0]).toBeGreaterThanOrEqual(3 * required.width);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(required.color.slice(i, i + 2), 16));
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeGreaterThan(40);
  });

  it('grid lines stay at least 2 px', () => {
    expect(HALL_GRID.width).toBeGreaterThanOrEqual(2);
  });
});
