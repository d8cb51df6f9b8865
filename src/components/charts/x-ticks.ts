/** A digit or a slash of the chart's typeface is at most this wide, in ems (Be Vietnam Pro). */
const CHAR_EM = 0.65;

/** How wide a label is at most, reckoned from its length. */
function labelWidth(label: string, font: number): number {
  return label.length * CHAR_EM * font;
}

/** How many slots of `slot` px the widest of the labels takes, with `gap` beside it. */
function slotsPerLabel(labels: readonly string[], slot: number, font: number, gap: number): number {
  return (Math.max(...labels.map((l) => labelWidth(l, font))) + gap) / slot;
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
  const step = Math.max(1, Math.ceil(slotsPerLabel(labels, plotWidth / labels.length, font, gap)));
  const shown: string[] = [];
  for (let i = labels.length - 1; i >= 0; i -= step) shown.push(labels[i]!);
  return shown.reverse();
}

/**
 * Which labels of an evenly spaced value axis (0 %, 10 %, … 50 %) are shown: every k-th from the
 * first, k the smallest of 1, 2, 5, 10, 20, … at which they fit with `gap` between them, so the
 * axis reads 0 %, 20 %, 40 % and never 20 %, 50 %.
 */
export function valueTickLabels(
  labels: readonly string[],
  plotWidth: number,
  font: number,
  gap: number,
): string[] {
  if (labels.length === 0 || plotWidth <= 0) return [];
  const needed = slotsPerLabel(labels, plotWidth / Math.max(1, labels.length - 1), font, gap);
  let step = 1;
  for (let scale = 1; step < needed; scale *= 10) {
    step = [1, 2, 5].map((m) => m * scale).find((k) => k >= needed) ?? 10 * scale;
  }
  return labels.filter((_, i) => i % step === 0);
}

export interface XAxisLayout {
  margin: { top: number; right: number; bottom: number; left: number };
  /** The labels shown; null where the width is not known or too small (the chart then chooses). */
  ticks: string[] | null;
}

/**
 * The x axis of a monthly line chart `width` px wide: the labels shown, and a right margin with
 * room for the right half of the last one, which is centred on the plot's right end.
 */
export function xAxisLayout(
  labels: readonly string[],
  width: number | undefined,
  size: { font: number; tickGap: number; yAxisWidth: number; margin: XAxisLayout['margin'] },
): XAxisLayout {
  const last = labels.at(-1) ?? '';
  const margin = {
    ...size.margin,
    right: Math.max(size.margin.right, Math.ceil(labelWidth(last, size.font) / 2) + 2),
  };
  const plotWidth = (width ?? 0) - margin.left - margin.right - size.yAxisWidth;
  if (plotWidth <= 0) return { margin, ticks: null };
  return { margin, ticks: xTickLabels(labels, plotWidth, size.font, size.tickGap) };
}
