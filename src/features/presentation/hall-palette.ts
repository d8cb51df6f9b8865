/**
 * The deck's colours and line widths for a projector in a hall (1920 × 1080): every line colour
 * is also the colour of its label, so each must reach 4.5:1 on the slide's white; every line is
 * at least 4 px wide; the path to the target is a solid-looking long dash, not a thin grey dot
 * a projector loses. The same values are CSS variables (`--hall-*`, presentation.css) for styles.
 * tests/unit/presentation/hall-palette.test.ts checks them.
 */
export const HALL_BACKGROUND = '#ffffff';

export const HALL_LINES = {
  actual: { color: '#0b3d6b', width: 7, dash: undefined },
  projection: { color: '#a8461a', width: 6, dash: '18 8' },
  required: { color: '#5b2a86', width: 6, dash: '28 10' },
  target: { color: '#c8102e', width: 5, dash: '24 8 6 8' },
} as const;

export const HALL_TEXT = {
  ink: '#1b1f24',
  muted: '#4a5360',
  axis: '#4a5360',
} as const;

/** Grid lines are not data: they may be light, but still 2 px so they survive scaling. */
export const HALL_GRID = { color: '#c3cbd3', width: 2 } as const;
