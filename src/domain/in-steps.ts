/**
 * Work over many units that a page can spread over several short tasks: step() works until
 * `stop()` says so (asked between slices of a few hundred units) and tells whether all is done;
 * finish() does whatever is left and returns the result, the same as doing it all at once.
 */
export interface SteppedBuild<T> {
  step: (stop: () => boolean) => boolean;
  finish: () => T;
}

/** Runs `run(from, to)` over 0…count−1 in slices of `perCheck`, asking `stop()` between them. */
export function inSteps(
  count: number,
  perCheck: number,
  run: (from: number, to: number) => void,
): (stop: () => boolean) => boolean {
  let next = 0;
  return (stop) => {
    while (next < count) {
      const end = Math.min(count, next + perCheck);
      run(next, end);
      next = end;
      if (next < count && stop()) return false;
    }
    return true;
  };
}

/** Never stops: step(NEVER) does all the work in one go. */
export const NEVER = (): boolean => false;
