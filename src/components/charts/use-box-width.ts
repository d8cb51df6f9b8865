import { startTransition, useCallback, useRef, useState } from 'react';

/**
 * The width of a box, as a ResizeObserver reports it after layout (never read during a render or
 * commit), given to React as a transition. `undefined` where there is no ResizeObserver (jsdom):
 * the chart then sizes itself. `null` until the first report.
 */
export function useBoxWidth(
  active: boolean,
): [(node: HTMLDivElement | null) => void, number | null | undefined] {
  const observing = active && typeof ResizeObserver !== 'undefined';
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!node || !observing) return;
      observer.current = new ResizeObserver((entries) => {
        const next = Math.round(entries[0]?.contentRect.width ?? 0);
        if (next > 0) startTransition(() => setWidth(next));
      });
      observer.current.observe(node);
    },
    [observing],
  );
  if (!active) return [ref, null];
  return [ref, observing ? width : undefined];
}
