import { estimatedLabelWidth } from './end-label-layout';

/** Recharts' tick line (6 px) and the gap before its label. */
const TICK_ROOM = 10;

/**
 * The y axis's width: its widest tick label, the tick, and the rotated title beside them, never
 * narrower than the variant's own. Ranks of 10,000 units ("10.000") did not fit the 52 px a
 * screen chart gives percentages, and ran into the title.
 */
export function yAxisWidth(
  labels: readonly string[],
  font: number,
  minWidth: number,
  titled: boolean,
): number {
  const widest = Math.max(0, ...labels.map((label) => estimatedLabelWidth(label, font)));
  return Math.max(minWidth, Math.ceil(widest + TICK_ROOM + (titled ? font * 1.5 : 0)));
}
