/**
 * A five-pointed star in a 24 × 24 box: the dashboard's emblem, "my unit"'s mark and its button,
 * on screen and in the exports' foot. Drawn, not typed: no font the page or its exports carry has
 * "★", and a machine without one shows a box.
 */
export const STAR_PATH =
  'M12 2.95 14.41 9.63 21.51 9.86 15.9 14.22 17.88 21.04 12 17.05 6.12 21.04 8.1 14.22 2.49 9.86 9.59 9.63Z';
