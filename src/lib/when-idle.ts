/** The longest `whenIdle` waits for an idle moment before running anyway. */
const IDLE_PATIENCE_MS = 1_000;

/**
 * Runs `run` when the page is next idle (within a second), where the browser says when that is;
 * in the next task elsewhere. Returns a cancel.
 */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => run(), { timeout: IDLE_PATIENCE_MS });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
