import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * `value`, updated at most every `ms` while `settled` is false, and in the next task once it is
 * true. Feeds arrive one by one; re-deriving the whole model for each arrival would keep the main
 * thread busy for nothing the eye can follow. `prepare` runs in that task, before React renders
 * the new value: work done there is not part of a render.
 */
export function useThrottled<T>(
  value: T,
  ms: number,
  settled: boolean,
  prepare?: (value: T) => void,
): T {
  const [shown, setShown] = useState(value);
  const lastUpdate = useRef(0);

  useEffect(() => {
    if (Object.is(value, shown)) return;
    // Each new value re-arms the timer, but never later than `ms` after the last update.
    const wait = settled ? 0 : Math.max(0, lastUpdate.current + ms - performance.now());
    const timer = setTimeout(() => {
      lastUpdate.current = performance.now();
      prepare?.(value);
      // In the background, in slices: the screen keeps answering while the new picture renders.
      startTransition(() => setShown(value));
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, ms, settled, prepare]);

  return shown;
}
