/**
 * Chart colours: Okabe–Ito hues (distinct for the common colour-vision deficiencies), each line
 * also told apart by its dash pattern so it survives greyscale print and a washed-out projector.
 */
export const CHART = {
  actual: '#0b3d6b',
  projection: '#d55e00',
  required: '#6b7280',
  target: '#c8102e',
  grid: '#d4dae1',
  axis: '#4a5360',
} as const;

export const DASH = {
  projection: '8 5',
  required: '2 4',
  target: '12 4 2 4',
} as const;

/**
 * Bar colours by status: Okabe–Ito hues, dark enough to hold on a washed-out projector; every bar
 * also says its status in words at its end, so colour is never the only cue.
 */
export const STATUS_COLOR = {
  met: '#00795a',
  'on-track': '#0072b2',
  'off-track': '#c77c00',
  'not-met': '#b24700',
  unknown: '#6b7280',
  none: '#6b7280',
} as const;

/** A white halo behind a label's letters, so a line crossing it does not cut through them. */
export function labelHalo(font: number) {
  return {
    paintOrder: 'stroke',
    stroke: '#ffffff',
    strokeWidth: font / 3,
    strokeLinejoin: 'round',
  } as const;
}

/** The outline that marks "my unit" among the bars. */
export const MINE_OUTLINE = '#111418';

/**
 * Compared lines (the nation, the region, up to five chosen units): hues apart from the unit's own
 * navy line and the target red, each with its own dash so no line relies on colour alone.
 */
export const COMPARE_STYLE: readonly { color: string; dash?: string }[] = [
  { color: '#000000', dash: '6 3' },
  { color: '#009e73', dash: '10 4' },
  { color: '#cc79a7' },
  { color: '#0072b2', dash: '4 2' },
  { color: '#8a6d00', dash: '14 4' },
  { color: '#56429b', dash: '3 3' },
  { color: '#7a4a2a', dash: '8 3 2 3' },
];
