import { useEffect, useState } from 'react';

/**
 * How many of a chart's `stages` to draw: all at once when not `staged`; otherwise the first, then
 * one more in each following task. Recharts' first drawing of a chart (its code run for the first
 * time, every part registered in its store) is one long task; drawn in parts, no part holds the
 * page for long. An export is drawn whole: it is copied as soon as it is rendered.
 */
export function useDrawnInStages(stages: number, staged: boolean): number {
  const [drawn, setDrawn] = useState(staged ? 1 : stages);
  useEffect(() => {
    if (drawn >= stages) return;
    const next = setTimeout(() => setDrawn((d) => d + 1), 0);
    return () => clearTimeout(next);
  }, [drawn, stages]);
  return staged ? drawn : stages;
}
