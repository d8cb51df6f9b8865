import type { Absence } from '../../domain/value-state';

/**
 * Sequential colours of the tile map, light (low) to dark (high): ColorBrewer's YlGnBu, which
 * stays ordered for the common colour-vision deficiencies and in greyscale, its darker steps
 * deepened so every class is told apart on a washed-out projector. Each fill comes with the
 * text colour that reads on it (contrast ≥ 4.5:1). "No data" is not on this scale at all:
 * white with a hatch and a dashed outline.
 */
export interface TileColor {
  fill: string;
  ink: string;
}

const DARK = '#1b1f24';
const LIGHT = '#ffffff';

const SIX: readonly TileColor[] = [
  { fill: '#edf8b1', ink: DARK },
  { fill: '#c7e9b4', ink: DARK },
  { fill: '#7fcdbb', ink: DARK },
  { fill: '#41b6c4', ink: DARK },
  { fill: '#225ea8', ink: LIGHT },
  { fill: '#0c2c84', ink: LIGHT },
];

const FIVE: readonly TileColor[] = [
  { fill: '#edf8b1', ink: DARK },
  { fill: '#a1dab4', ink: DARK },
  { fill: '#41b6c4', ink: DARK },
  { fill: '#225ea8', ink: LIGHT },
  { fill: '#0c2c84', ink: LIGHT },
];

const TWO: readonly TileColor[] = [
  { fill: '#edf8b1', ink: DARK },
  { fill: '#225ea8', ink: LIGHT },
];

/** The palette for a scale of `count` classes (2, 5 or 6; others fall back to the 6 steps). */
export function paletteFor(count: number): readonly TileColor[] {
  if (count === 2) return TWO;
  if (count === 5) return FIVE;
  return SIX;
}

export const NO_DATA = { fill: '#ffffff', hatch: '#6b7280', outline: '#4a5360', ink: DARK };

/**
 * How a tile without a value looks, one look per reason (contract §6 ★), the same on the screen
 * and in print: a failed feed grey, a feed still loading pale grey, not reported hatched with a
 * dashed outline, no services white with a dotted one. A null fill is the hatch.
 */
export const ABSENCE_LOOK: Record<Absence, { fill: string | null; dash?: string }> = {
  failed: { fill: '#aab3bf' },
  loading: { fill: '#e3e7ec' },
  silent: { fill: null, dash: '4 3' },
  none: { fill: '#ffffff', dash: '1.5 2.5' },
};
