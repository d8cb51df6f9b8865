import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * `value`, updated at most every `ms` while `settled` is false, and at once when it becomes true.
 * Feeds arrive one by one; re-deriving the whole model for each arrival would keep the main thread
 * busy for nothing the eye can follow.
 */
export function useThrottled<T>(value: T, ms: number, settled: boolean): T {
  const [shown, setShown] = useState(value);
  const lastUpdate = useRef(0);

  useEffect(() => {
    if (settled) return;
    // Each new value re-arms the timer, but never later than `ms` after the last update.
    const wait = Math.max(0, lastUpdate.current + ms - performance.now());
    const timer = setTimeout(() => {
      lastUpdate.current = performance.now();
      // In the background, in slices: the screen keeps answering while the new picture renders.
      startTransition(() => setShown(value));
    }, wait);
    return () => clearTimeout(timer);
  }, [value, ms, settled]);

  return settled ? value : shown;
}
