/** A point on the page, or null where the month has no value. */
export type PlotPoint = { x: number; y: number } | null;

/**
 * SVG path data for a line with gaps: one path per run of points, so a month with no value
 * breaks the line instead of dropping it to 0.
 */
export function linePaths(points: readonly PlotPoint[]): string[] {
  const paths: string[] = [];
  let current = '';
  for (const p of points) {
    if (p === null) {
      if (current) paths.push(current);
      current = '';
      continue;
    }
    current += `${current ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`;
  }
  if (current) paths.push(current);
  return paths;
}
