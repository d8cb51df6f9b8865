/**
 * Runs at most `max` tasks at once; the rest wait in order. Feeds go through one of these so 85 or
 * 10,000 feeds do not all hit the network in the same instant.
 */
export function createLimiter(max: number) {
  let active = 0;
  // A queue read from `head` on: shift() would move every waiting task, 10,000 times over.
  let waiting: ((() => void) | undefined)[] = [];
  let head = 0;

  const acquire = (): Promise<void> => {
    if (active < max) {
      active++;
      return Promise.resolve();
    }
    // The slot is handed over by release(), so `active` stays counted.
    return new Promise((resolve) => waiting.push(resolve));
  };

  const release = () => {
    const next = waiting[head];
    if (next) {
      waiting[head++] = undefined;
      if (head === waiting.length) {
        waiting = [];
        head = 0;
      }
      next();
    } else active--;
  };

  /** `onStart` is told when the task actually begins, after waiting its turn. */
  return async function run<T>(
    task: () => Promise<T>,
    signal?: AbortSignal,
    onStart?: () => void,
  ): Promise<T> {
    await acquire();
    try {
      signal?.throwIfAborted();
      onStart?.();
      return await task();
    } finally {
      release();
    }
  };
}
