/**
 * Where each end label of a line chart goes, so that none covers another. Each label wants its
 * baseline just above its line's last point; labels that would cover each other (lines of compared
 * units ending on the same month, a unit's label under the projection's) are moved apart as little
 * as possible, keeping their order and staying inside the plot.
 */
export interface EndLabelWish {
  /** The line's last point. */
  x: number;
  y: number;
  /** The label's width (estimatedLabelWidth). */
  width: number;
}

/**
 * Baselines for labels that each want `want[i]` (px, down is larger), at least `gap` apart and
 * within [top, bottom]. Groups of crowded labels are centred on what their members want.
 * Where the plot is too short for them all, they are spaced evenly from `top`.
 */
export function spreadBaselines(
  want: readonly number[],
  gap: number,
  top: number,
  bottom: number,
): number[] {
  const order = want.map((_, i) => i).sort((a, b) => want[a]! - want[b]! || a - b);
  const n = order.length;
  const placed = new Array<number>(want.length);
  if (n === 0) return placed;
  if ((n - 1) * gap > bottom - top) {
    order.forEach((i, k) => (placed[i] = top + k * gap));
    return placed;
  }
  // Clusters of consecutive labels (in order), each laid out from its first baseline.
  const clusters: { first: number; count: number; start: number }[] = [];
  const fit = (start: number, count: number) =>
    Math.min(Math.max(start, top), bottom - (count - 1) * gap);
  for (let k = 0; k < n; k++) {
    let cluster = { first: k, count: 1, start: fit(want[order[k]!]!, 1) };
    for (;;) {
      const previous = clusters.at(-1);
      if (!previous || previous.start + previous.count * gap <= cluster.start) break;
      clusters.pop();
      const count = previous.count + cluster.count;
      let sum = 0;
      for (let m = 0; m < count; m++) sum += want[order[previous.first + m]!]! - m * gap;
      cluster = { first: previous.first, count, start: fit(sum / count, count) };
    }
    clusters.push(cluster);
  }
  for (const c of clusters)
    for (let m = 0; m < c.count; m++) placed[order[c.first + m]!] = c.start + m * gap;
  return placed;
}

/**
 * Each label's baseline: `font * 0.7` above its point, moved apart from the labels it would
 * cover. A label is written leftwards from its point (text-anchor end); two labels can meet when
 * their horizontal extents overlap, and those are spread as one column.
 */
export function endLabelBaselines(
  ends: readonly EndLabelWish[],
  font: number,
  plot: { top: number; bottom: number },
): number[] {
  const baselines = ends.map((e) => e.y - font * 0.7);
  const columnOf = ends.map((_, i) => i);
  const root = (i: number): number => (columnOf[i] === i ? i : (columnOf[i] = root(columnOf[i]!)));
  const left = (e: EndLabelWish) => e.x - e.width - font / 2;
  for (let i = 0; i < ends.length; i++)
    for (let j = i + 1; j < ends.length; j++) {
      const a = ends[i]!;
      const b = ends[j]!;
      if (left(a) < b.x && left(b) < a.x) columnOf[root(i)] = root(j);
    }
  const columns = new Map<number, number[]>();
  ends.forEach((_, i) => columns.set(root(i), [...(columns.get(root(i)) ?? []), i]));
  for (const members of columns.values()) {
    if (members.length < 2) continue;
    const spread = spreadBaselines(
      members.map((i) => baselines[i]!),
      font * 1.2,
      plot.top + font,
      plot.bottom,
    );
    members.forEach((i, k) => (baselines[i] = spread[k]!));
  }
  return baselines;
}

/** A character's width in ems, generous for bold (the widest measured regular name: 0.60). */
const CHAR_EM = 0.62;

/** About how wide a label is drawn, in bold at `font` px: wide enough never to miss a collision. */
export function estimatedLabelWidth(text: string, font: number): number {
  return text.length * font * CHAR_EM;
}

/**
 * `text` cut short with "…" where, estimated as above, it would be wider than `width` px: a long
 * name ("9.976= Xã Bình Vĩnh…" on a phone) never runs off the chart's edge. The full text stays in
 * the tooltip and the table.
 */
export function fittedLabel(text: string, width: number, font: number): string {
  if (estimatedLabelWidth(text, font) <= width) return text;
  const chars = Math.max(1, Math.floor(width / (font * CHAR_EM)) - 1);
  // Not contract-limits' shortText: a cut after a space would leave "Nam Binh …" on the axis.
  return `${text.slice(0, chars).trimEnd()}…`;
}
