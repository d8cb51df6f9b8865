/** Past this, the page goes on without waiting for the worker (one that cannot start, say). */
const PATIENCE_MS = 500;

/**
 * Has ICU's data loaded by a worker of its own (icu-warm-up.worker.ts), so that the page's own
 * formatters then cost it next to nothing. Resolves when the worker is done, fails or takes too
 * long; at once where there is no Worker or it cannot start.
 */
export function warmUpIcu(): Promise<void> {
  if (typeof Worker === 'undefined') return Promise.resolve();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./icu-warm-up.worker.ts', import.meta.url), {
      type: 'module',
      name: 'icu',
    });
  } catch {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      worker.terminate();
      resolve();
    };
    const timer = setTimeout(done, PATIENCE_MS);
    worker.addEventListener('message', done, { once: true });
    worker.addEventListener('error', done, { once: true });
  });
}
