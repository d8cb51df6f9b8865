import type { Status } from '../domain/progress';

/** Shapes drawn by LineIcon on a 20 × 20 grid, so each meaning has one drawing everywhere. */
const CHECK = 'M4 10.5l4 4 8-9';
const CROSS = 'M5 5l10 10M15 5L5 15';
/** A warning triangle with an exclamation mark. */
export const WARNING_PATH = 'M10 3l8 14H2L10 3zm0 5v4m0 2.5v.5';

export const STATUS_PATHS: Record<Status, string> = {
  met: CHECK,
  'on-track': 'M4 14l5-5 3 3 5-6M13 6h4v4',
  'off-track': WARNING_PATH,
  'not-met': CROSS,
  unknown: 'M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7M10 15v.5',
};

export const FEED_STATE_PATHS = {
  ok: CHECK,
  warning: WARNING_PATH,
  failed: CROSS,
  pending: 'M10 3a7 7 0 1 0 .01 0M10 6v4l3 2',
} as const;

/** Arrows as drawn on a keyboard's keys. */
export const ARROW_PATHS = {
  right: 'M3 10h14M12 5l5 5-5 5',
  left: 'M17 10H3M8 5l-5 5 5 5',
  up: 'M10 17V3M5 8l5-5 5 5',
  down: 'M10 3v14M5 12l5 5 5-5',
} as const;
