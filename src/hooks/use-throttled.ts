import { startTransition, useEffect, useRef, useState } from 'react';
import { runInTasks, type PrepareStep } from '../lib/run-in-tasks';

/**
 * `value`, updated at most every `ms` while `settled` is false, and in the next task once it is
 * true. Feeds arrive one by one; re-deriving the whole model for each arrival would keep the main
 * thread busy for nothing the eye can follow. `prepare` gives the work to do before React renders
 * the new value, in steps: each runs in a task of its own, and none of it is part of a render.
 */
export function useThrottled<T>(
  value: T,
  ms: number,
  settled: boolean,
  prepare?: (value: T) => PrepareStep[],
): T {
  const [shown, setShown] = useState(value);
  const lastUpdate = useRef(0);

  useEffect(() => {
    if (Object.is(value, shown)) return;
    // Each new value re-arms the timer, but never later than `ms` after the last update.
    const wait = settled ? 0 : Math.max(0, lastUpdate.current + ms - performance.now());
    return runInTasks(
      () => {
        lastUpdate.current = performance.now();
        return prepare?.(value) ?? [];
      },
      // In the background, in slices: the screen keeps answering while the new picture renders.
      () => startTransition(() => setShown(value)),
      wait,
    );
  }, [value, shown, ms, settled, prepare]);

  return shown;
}
