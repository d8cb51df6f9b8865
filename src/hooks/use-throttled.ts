import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * A step of the work before a render; returning true asks to be run again in the next task, and
 * a promise (work done elsewhere, such as in a worker) holds the next step until it settles.
 */
export type PrepareStep = () => boolean | void | Promise<unknown>;

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
    let steps: PrepareStep[] | null = null;
    let dropped = false;
    const step = () => {
      if (steps === null) {
        lastUpdate.current = performance.now();
        steps = prepare?.(value) ?? [];
      }
      const next = steps[0];
      if (next) {
        const done = next();
        if (done !== true) steps.shift();
        if (done instanceof Promise) {
          const resume = () => {
            if (!dropped) timer = setTimeout(step, 0);
          };
          done.then(resume, resume);
        } else timer = setTimeout(step, 0);
        return;
      }
      // In the background, in slices: the screen keeps answering while the new picture renders.
      startTransition(() => setShown(value));
    };
    let timer = setTimeout(step, wait);
    return () => {
      dropped = true;
      clearTimeout(timer);
    };
  }, [value, shown, ms, settled, prepare]);

  return shown;
}
