/**
 * The positions of grid lines a chart does not draw. Recharts' CartesianGrid works out its
 * vertical (or horizontal) lines even when told not to draw them, and to do so measures every
 * tick label of that axis in the page: a forced layout per label, the largest part of the trend
 * chart's first draw. Given as that direction's coordinates generator, it skips the work.
 */
export const NO_GRID_LINES = (): number[] => [];
