/** Ticks of a percentage axis: 0 and four equal steps to its top (a fraction). */
export function percentTicks(top: number): number[] {
  return [0, 1, 2, 3, 4].map((i) => (top * i) / 4);
}

/** Ticks of a rank axis: rank 1, the bottom rank, and whole ranks between, at most five in all. */
export function rankTicks(bottom: number): number[] {
  if (bottom <= 1) return [1];
  const step = Math.max(1, Math.ceil((bottom - 1) / 4));
  const ticks: number[] = [];
  for (let r = 1; r < bottom; r += step) ticks.push(r);
  ticks.push(bottom);
  return ticks;
}
