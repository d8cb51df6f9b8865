import { startTransition, useEffect, useRef, useState } from 'react';
import { runInTasks } from '../lib/run-in-tasks';

/**
 * A step of the work before a value is shown. It keeps what it makes (as cachedBy does); returning
 * true asks to run again, in the next task.
 */
export type PreparingStep<T> = (value: T) => boolean | void;

/**
 * `value` once `steps` have run on it, each in a task of its own, so that the render that shows
 * it finds their work done; the render itself is a transition, done in slices. Until then, the
 * last value prepared, or null. Where `staged` is false, `value` at once.
 */
export function usePreparedInTasks<T>(
  value: T,
  staged: boolean,
  steps: readonly PreparingStep<T>[],
): T | null {
  const [prepared, setPrepared] = useState<T | null>(null);
  // The steps read the view (indicator, sort) they prepare for; a new value starts them again.
  const latestSteps = useRef(steps);
  useEffect(() => {
    latestSteps.current = steps;
  });
  useEffect(() => {
    if (!staged) return;
    return runInTasks(
      () => latestSteps.current.map((run) => () => run(value)),
      () => startTransition(() => setPrepared(() => value)),
    );
  }, [value, staged]);
  return staged ? prepared : value;
}
