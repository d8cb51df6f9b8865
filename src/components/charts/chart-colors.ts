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

/** The outline that marks "my unit" among the bars. */
export const MINE_OUTLINE = '#111418';
