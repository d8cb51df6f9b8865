/** A digit or a slash of the chart's typeface is at most this wide, in ems (Be Vietnam Pro). */
const CHAR_EM = 0.65;

/** How wide a label is at most, reckoned from its length. */
export function labelWidth(label: string, font: number): number {
  return label.length * CHAR_EM * font;
}

/**
 * Which month labels the x axis shows: the last one, then every k-th before it, k the smallest
 * step at which labels of this size fit the plot with `gap` between them. Reckoned from the
 * labels' length, not measured in the page: Recharts' own choice ("preserveEnd") measures every
 * label's text in the DOM on each draw, the largest part of a chart's first draw.
 */
export function xTickLabels(
  labels: readonly string[],
  plotWidth: number,
  font: number,
  gap: number,
): string[] {
  if (labels.length === 0 || plotWidth <= 0) return [];
  const widest = Math.max(...labels.map((l) => labelWidth(l, font)));
  const slot = plotWidth / labels.length;
  const step = Math.max(1, Math.ceil((widest + gap) / slot));
  const shown: string[] = [];
  for (let i = labels.length - 1; i >= 0; i -= step) shown.push(labels[i]!);
  return shown.reverse();
}
